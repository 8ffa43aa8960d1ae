package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.ui.rules.OclRuleEditor;

/**
 * The rule editor on the extension example's methodology.ocl, as a methodologist uses it: the file opens in it,
 * coloured; a typed syntax error and broken {@code @rule} metadata show at their lines while typing; fixing them
 * clears the findings. Screenshots: target/screenshots/rule-editor-*.png.
 */
class RuleEditorTest {

    private static final long TIMEOUT = 20_000;
    private static final String INVARIANT = "inv hasResidents: self.residentCount > 0";

    private IWorkbenchPage page;
    private IProject project;
    private IFile rules;

    @BeforeEach
    void setUp() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        project = UiTestSupport.extensionExampleProject();
        rules = project.getFile("rules/methodology.ocl");
        assertTrue(rules.exists());
    }

    @AfterEach
    void tearDown() throws CoreException {
        page.closeAllEditors(false);
        UiTestSupport.deleteAllProjects();
    }

    private static int lineOf(IDocument document, String text) throws Exception {
        return document.getLineOfOffset(document.get().indexOf(text)) + 1;
    }

    private static Map<Integer, List<String>> findingsAfterTyping(OclRuleEditor editor, IDocument document,
            String what, String with) throws Exception {
        int before = editor.checks();
        int at = document.get().indexOf(what);
        assertTrue(at >= 0, what);
        document.replace(at, what.length(), with);
        UiTestSupport.spinUntil("the editor checks the typed text", () -> editor.checks() > before, TIMEOUT);
        return editor.findings();
    }

    @Test
    void colouredAndCheckedWhileTyping() throws Exception {
        OclRuleEditor editor = assertInstanceOf(OclRuleEditor.class, IDE.openEditor(page, rules),
                "*.ocl opens in the rule editor");
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        UiTestSupport.spinUntil("the first check", () -> editor.checks() > 0, TIMEOUT);
        assertEquals(Map.of(), editor.findings(), "the example has no problems");

        StyledText text = editor.textWidget();
        String all = text.getText();
        StyleRange keyword = text.getStyleRangeAtOffset(all.indexOf("context Technopark"));
        assertEquals(new RGB(127, 0, 85), keyword.foreground.getRGB(), "keyword colour");
        assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);
        StyleRange metadata = text.getStyleRangeAtOffset(all.indexOf("-- @rule USR-001") + 12);
        assertEquals(new RGB(0, 90, 170), metadata.foreground.getRGB(), "@rule comment colour");
        StyleRange comment = text.getStyleRangeAtOffset(all.indexOf("-- Перед") + 5);
        assertEquals(new RGB(63, 127, 95), comment.foreground.getRGB(), "comment colour");
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "rule-editor-coloured");

        // a syntax error typed into an invariant: at its line, the other rules unaffected
        int invLine = lineOf(document, INVARIANT);
        Map<Integer, List<String>> broken = findingsAfterTyping(editor, document, INVARIANT,
                "inv hasResidents: self.residentCount > )");
        assertEquals(List.of(invLine), List.copyOf(broken.keySet()), broken.toString());

        // broken metadata: a severity that does not exist, an unknown key, an id used twice
        int usr2 = lineOf(document, "@rule USR-002");
        int usr3 = lineOf(document, "@rule USR-003");
        findingsAfterTyping(editor, document, "USR-002 severity=warning", "USR-002 severity=fatal colour=red");
        Map<Integer, List<String>> meta = findingsAfterTyping(editor, document, "@rule USR-003", "@rule USR-001");
        assertEquals(2, meta.get(usr2).size(), meta.toString());
        assertTrue(meta.get(usr2).stream().anyMatch(m -> m.contains("fatal")), meta.toString());
        assertTrue(meta.get(usr2).stream().anyMatch(m -> m.contains("colour")), meta.toString());
        assertTrue(meta.get(usr3).get(0).contains("USR-001"), meta.toString());
        assertTrue(meta.containsKey(invLine), meta.toString());
        text.setTopIndex(0);
        UiTestSupport.spin(20);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "rule-editor-errors");

        // fixed again: nothing left
        findingsAfterTyping(editor, document, "self.residentCount > )", "self.residentCount > 0");
        findingsAfterTyping(editor, document, "@rule USR-001 severity=warning", "@rule USR-003 severity=warning");
        Map<Integer, List<String>> fixed = findingsAfterTyping(editor, document, "severity=fatal colour=red",
                "severity=warning");
        assertEquals(Map.of(), fixed);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "rule-editor-fixed");
        assertTrue(editor.isDirty());
    }
}

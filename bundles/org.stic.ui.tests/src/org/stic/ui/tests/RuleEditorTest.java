package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stic.SticPackage;
import org.stic.ui.metamodel.MetamodelEditor;
import org.stic.ui.rules.OclRuleEditor;

/**
 * The rule editor on the extension example's methodology.ocl, as a methodologist uses it: the file opens in it,
 * coloured; a typed syntax error and broken {@code @rule} metadata show at their lines while typing; fixing them
 * clears the findings; content assist offers the classes after {@code context} and a class's features after
 * {@code self.}; an id used in another rule file of the project is found; a block comment typed in colours the
 * lines below at once; a class added in the extension's editor, not saved, is proposed and known.
 * Screenshots: target/screenshots/rule-editor-*.png.
 */
class RuleEditorTest {

    private static final long TIMEOUT = 20_000;
    private static final String INVARIANT = "inv hasResidents: self.residentCount > 0";

    @RegisterExtension
    final CleanWorkbench workbench = CleanWorkbench.withExtensionExample();
    private final IWorkbenchPage page = workbench.page();
    private IProject project;
    private IFile rules;

    @BeforeEach
    void setUp() throws Exception {
        project = workbench.project();
        rules = project.getFile("rules/methodology.ocl");
        assertTrue(rules.exists());
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
        UiTestSupport.spinUntil("the editor checks the typed text",
                () -> editor.checks() > before && editor.checkedAsIs(), TIMEOUT);
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
        StyleRange mentioned = text.getStyleRangeAtOffset(all.indexOf("--   -- @rule ID") + 8);
        assertEquals(new RGB(63, 127, 95), mentioned.foreground.getRGB(), "a comment that mentions @rule is a comment");
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

    private static final RGB COMMENT = new RGB(63, 127, 95);
    private static final RGB KEYWORD = new RGB(127, 0, 85);

    private OclRuleEditor open() throws Exception {
        OclRuleEditor editor = assertInstanceOf(OclRuleEditor.class, IDE.openEditor(page, rules));
        UiTestSupport.spinUntil("the first check", () -> editor.checks() > 0, TIMEOUT);
        return editor;
    }

    private static IDocument document(OclRuleEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    /** The table of the open content assist popup, or null. */
    private static Table proposalTable() {
        for (Shell shell : Display.getCurrent().getShells()) {
            for (Shell popup : shell.getShells()) {
                if (popup.isVisible()) {
                    Table table = UiTestSupport.find(popup, Table.class);
                    if (table != null && table.getItemCount() > 0) {
                        return table;
                    }
                }
            }
        }
        return null;
    }

    /** Ctrl+Space at {@code offset}, as the user presses it: the texts of the proposals the popup shows. */
    private static List<String> proposalsAt(OclRuleEditor editor, int offset) {
        editor.selectAndReveal(offset, 0);
        editor.getAdapter(ITextOperationTarget.class).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
        UiTestSupport.spinUntil("the proposals popup", () -> proposalTable() != null, TIMEOUT);
        List<String> texts = new ArrayList<>();
        for (TableItem item : proposalTable().getItems()) {
            texts.add(item.getText());
        }
        return texts;
    }

    /**
     * A key typed into the editor's text, through the widget's own key handling (the proposals popup listens there);
     * the X server's keyboard focus, which {@code Display.post} needs, is not dependable under Xvfb.
     */
    private static void press(StyledText text, int key) {
        for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
            Event e = new Event();
            e.type = type;
            e.keyCode = key;
            e.character = key == SWT.CR ? '\r' : key == SWT.ESC ? (char) 27 : '\0';
            e.doit = true;
            text.notifyListeners(type, e);
            UiTestSupport.spin(5);
        }
    }

    private static void closeProposals(OclRuleEditor editor) {
        press(editor.textWidget(), SWT.ESC);
        UiTestSupport.spinUntil("the proposals popup closed", () -> proposalTable() == null, TIMEOUT);
    }

    private static boolean startsWithAny(List<String> proposals, String name) {
        return proposals.stream().anyMatch(p -> p.startsWith(name + " "));
    }

    @Test
    void contentAssistOffersContextClassesAndTheirFeatures() throws Exception {
        OclRuleEditor editor = open();
        IDocument document = document(editor);

        // after "context": the classes of the enclosing package, the extension's, each with its STIC supertype
        String laboratory = "context SharedLaboratory";
        int at = document.get().indexOf(laboratory);
        document.replace(at, laboratory.length(), "context Sha");
        List<String> classes = proposalsAt(editor, at + "context Sha".length());
        assertEquals(1, classes.size(), classes.toString());
        assertTrue(classes.get(0).startsWith("SharedLaboratory : technopark - KeyResource"), classes.toString());
        closeProposals(editor);
        document.replace(at, "context Sha".length(), "context ");
        List<String> all = proposalsAt(editor, at + "context ".length());
        assertTrue(startsWithAny(all, "Technopark") && startsWithAny(all, "SharedLaboratory"), all.toString());
        assertTrue(!startsWithAny(all, "Participant"), "only package technopark's classes: " + all);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "rule-editor-assist-classes");
        press(editor.textWidget(), SWT.CR);
        UiTestSupport.spinUntil("the first proposal inserted", () -> proposalTable() == null, TIMEOUT);
        assertTrue(document.get().contains("context SharedLaboratory\n") || document.get().contains("context Technopark\n"),
                document.get());

        // after "self.": the context class's features, the extension's own and those of its STIC supertype
        String body = "self.residentCount > 0";
        at = document.get().indexOf(body);
        document.replace(at, body.length(), "self.");
        List<String> features = proposalsAt(editor, at + "self.".length());
        assertTrue(startsWithAny(features, "residentCount") && startsWithAny(features, "floorArea"), features.toString());
        assertTrue(startsWithAny(features, "name") && startsWithAny(features, "roles"), features.toString());
        assertTrue(features.get(0).contains("(feature)") && !startsWithAny(features, "accreditation"), features.toString());
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "rule-editor-assist-features");
        closeProposals(editor);

        // the feature typed with a prefix narrows the list; the result parses
        document.replace(at, "self.".length(), "self.resi");
        List<String> narrowed = proposalsAt(editor, at + "self.resi".length());
        assertEquals(1, narrowed.size(), narrowed.toString());
        press(editor.textWidget(), SWT.CR);
        UiTestSupport.spinUntil("the feature inserted", () -> document.get().contains("self.residentCount"), TIMEOUT);
        int before = editor.checks();
        document.replace(document.get().indexOf("self.residentCount") + "self.residentCount".length(), 0, " > 0");
        UiTestSupport.spinUntil("checked", () -> editor.checks() > before && editor.checkedAsIs(), TIMEOUT);
        assertEquals(Map.of(), editor.findings());
    }

    @Test
    void anIdUsedInAnotherRuleFileOfTheProjectIsFound() throws Exception {
        IFile more = project.getFile("rules/more.ocl");
        more.create(new java.io.ByteArrayInputStream("""
                package stic
                context Segment
                -- @rule USR-002 severity=info message="{label}: a second rule with a taken id"
                inv shortName: self.name.size() < 80
                endpackage
                """.getBytes(StandardCharsets.UTF_8)), true, null);
        IFile settings = project.getFile("stic-project.json");
        settings.setContents(new java.io.ByteArrayInputStream("""
                {
                  "extensions": ["metamodel/technopark.ecore"],
                  "rules": ["rules/methodology.ocl", "rules/more.ocl"]
                }
                """.getBytes(StandardCharsets.UTF_8)), true, false, null);
        OclRuleEditor editor = open();
        int usr2 = lineOf(document(editor), "@rule USR-002");
        Map<Integer, List<String>> findings = editor.findings();
        assertEquals(List.of(usr2), List.copyOf(findings.keySet()), findings.toString());
        assertTrue(findings.get(usr2).get(0).contains("rules/more.ocl, line 3"), findings.toString());
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "rule-editor-duplicate-across-files");

        // renamed here: nothing left
        Map<Integer, List<String>> fixed = findingsAfterTyping(editor, document(editor), "@rule USR-002", "@rule USR-005");
        assertEquals(Map.of(), fixed);
    }

    @Test
    void aBlockCommentTypedInColoursTheLinesBelowAtOnce() throws Exception {
        OclRuleEditor editor = open();
        IDocument document = document(editor);
        StyledText text = editor.textWidget();
        String invariant = "inv hasFloorArea";
        assertEquals(KEYWORD, text.getStyleRangeAtOffset(document.get().indexOf(invariant)).foreground.getRGB());

        // "/*" typed two lines above: the invariant's line turns comment-green without any redraw
        int context = document.get().indexOf("context Technopark\n-- @rule USR-002");
        document.replace(context, 0, "/*");
        UiTestSupport.spin(5);
        StyleRange commented = text.getStyleRangeAtOffset(document.get().indexOf(invariant));
        assertEquals(COMMENT, commented.foreground.getRGB(), "the comment reaches the lines below at once");
        assertEquals(COMMENT, text.getStyleRangeAtOffset(document.get().indexOf("context SharedLaboratory"))
                .foreground.getRGB(), "an unclosed comment runs on");
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "rule-editor-comment-typed");

        // closed after the invariant: what follows is code again, the invariant stays comment
        int end = document.get().indexOf("\n", document.get().indexOf(invariant));
        document.replace(end, 0, " */");
        UiTestSupport.spin(5);
        assertEquals(COMMENT, text.getStyleRangeAtOffset(document.get().indexOf(invariant)).foreground.getRGB());
        assertEquals(KEYWORD, text.getStyleRangeAtOffset(document.get().indexOf("context SharedLaboratory"))
                .foreground.getRGB(), "code again after the closing */");

        // the opening "/*" deleted: the invariant is code again at once
        document.replace(document.get().indexOf("/*"), 2, "");
        UiTestSupport.spin(5);
        assertEquals(KEYWORD, text.getStyleRangeAtOffset(document.get().indexOf(invariant)).foreground.getRGB());
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "rule-editor-comment-closed");
    }

    @Test
    void aClassAddedInTheUnsavedExtensionIsProposedAndKnown() throws Exception {
        MetamodelEditor metamodel = assertInstanceOf(MetamodelEditor.class,
                IDE.openEditor(page, project.getFile("metamodel/technopark.ecore")));
        EClass incubator = EcoreFactory.eINSTANCE.createEClass();
        incubator.setName("Incubator");
        incubator.getESuperTypes().add(SticPackage.eINSTANCE.getParticipant());
        EditingDomain domain = metamodel.getEditingDomain();
        domain.getCommandStack().execute(AddCommand.create(domain, metamodel.getPackage(),
                EcorePackage.Literals.EPACKAGE__ECLASSIFIERS, incubator));
        assertTrue(metamodel.isDirty());

        OclRuleEditor editor = open();
        IDocument document = document(editor);
        int at = document.get().indexOf("endpackage");
        document.replace(at, 0, "context Inc");
        List<String> proposals = proposalsAt(editor, at + "context Inc".length());
        assertEquals(1, proposals.size(), proposals.toString());
        assertTrue(proposals.get(0).startsWith("Incubator : technopark - Participant"), proposals.toString());
        closeProposals(editor);
        Map<Integer, List<String>> findings = findingsAfterTyping(editor, document, "context Inc",
                "context Incubator\ninv named: self.name.size() > 0\n");
        assertEquals(Map.of(), findings, "the class of the unsaved extension is known to the check");
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "rule-editor-unsaved-extension");
    }

    @Test
    void theRuleCommentOffersItsSeverities() throws Exception {
        OclRuleEditor editor = open();
        IDocument document = document(editor);
        String severity = "USR-002 severity=warning";
        int at = document.get().indexOf(severity) + "USR-002 severity=".length();
        document.replace(at, "warning".length(), "");
        List<String> proposals = proposalsAt(editor, at);
        assertEquals(List.of("error : severity (rule comment)", "warning : severity (rule comment)",
                "info : severity (rule comment)"), proposals);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "rule-editor-assist-severity");
        press(editor.textWidget(), SWT.CR);
        UiTestSupport.spinUntil("the severity inserted", () -> document.get().contains("USR-002 severity=error "),
                TIMEOUT);
    }
}

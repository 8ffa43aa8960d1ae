package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.stic.examples.ExtensionExample;
import org.stic.ui.rules.OclRuleEditor;
import org.stic.ui.rules.TrialView;
import org.stic.ui.rules.TryItAtOnce;

/**
 * The methodologist's rule editor and Rule Trial view in the workbench started in Russian (the "russian-workbench"
 * execution of this bundle's pom, with {@link RussianWorkbenchTest}): the kinds of content assist's proposals, the
 * trial's summary, column titles and severities hold no English word (the metamodel's own class and feature names,
 * which rules are written in, aside). Screenshot: target/screenshots/rule-trial-russian.png.
 */
class RussianRuleWorkbenchTest {

    /** The English words of the rule editor's and the trial's own texts. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(Tried|unsaved|saved|models?|findings?|from|rules?"
            + "|problems|files|Model|Rule|Severity|Element|Message|error|warning|info|feature|operation|class"
            + "|keyword|line|column|the|of|and|in|at|with)\\b");

    @Test
    void assistKindsAndTheTrialAreRussian() throws Exception {
        assumeTrue("ru".equals(Locale.getDefault().getLanguage()), "runs in the workbench started with -nl ru");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("methodology-ru");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        ExtensionExample.copyTo(project.getLocation().toFile().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        try {
            IFile rules = project.getFile("rules/methodology.ocl");
            OclRuleEditor editor = (OclRuleEditor) IDE.openEditor(page, rules);
            IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());

            // the proposals after "self.": each says what it is in Russian
            String body = "self.residentCount > 0";
            int at = document.get().indexOf(body);
            document.replace(at, body.length(), "self.");
            editor.selectAndReveal(at + "self.".length(), 0);
            editor.getAdapter(ITextOperationTarget.class).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
            List<String> proposals = new ArrayList<>();
            Ui.waitFor("the proposals popup", () -> {
                proposals.clear();
                proposals.addAll(popupRows());
                return !proposals.isEmpty();
            });
            assertTrue(proposals.stream().anyMatch(p -> p.startsWith("residentCount : EInt - Technopark (свойство)")),
                    proposals.toString());
            assertTrue(proposals.stream().allMatch(p -> p.endsWith("(свойство)") || p.endsWith("(операция)")),
                    proposals.toString());
            document.replace(at, "self.".length(), "self.residentCount > 100");
            Ui.settle();

            // the trial of the unsaved rule
            Path file = rules.getLocation().toFile().toPath();
            TrialView view = Ui.trial(page, TryItAtOnce.run(page, file));
            Ui.settle();
            List<String> texts = new ArrayList<>();
            texts.add(view.summary());
            Table table = view.viewer().getTable();
            for (TableColumn c : table.getColumns()) {
                texts.add(c.getText());
            }
            for (List<String> row : view.texts()) {
                texts.add(row.get(2)); // the severity; the model's path, ids, labels and messages are the files'
            }
            List<String> english = texts.stream().filter(t -> ENGLISH.matcher(t).find()).toList();
            assertEquals(List.of(), english, texts.toString());
            assertTrue(view.texts().stream().anyMatch(r -> r.get(1).equals("USR-001") && r.get(2).equals("ошибка")),
                    view.texts().toString());
            assertFalse(view.summary().isBlank());
            Shell shell = page.getWorkbenchWindow().getShell();
            Ui.screenshot(shell, "rule-trial-russian");
        } finally {
            page.closeAllEditors(false);
            project.delete(true, true, null);
        }
    }

    /** The rows of the open content assist popup. */
    private static List<String> popupRows() {
        List<String> rows = new ArrayList<>();
        for (Shell shell : PlatformUI.getWorkbench().getDisplay().getShells()) {
            for (Shell popup : shell.getShells()) {
                if (popup.isVisible() && popup.getChildren().length > 0) {
                    for (Table t : tables(popup)) {
                        for (TableItem item : t.getItems()) {
                            rows.add(item.getText());
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static List<Table> tables(org.eclipse.swt.widgets.Composite parent) {
        List<Table> found = new ArrayList<>();
        for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
            if (c instanceof Table t) {
                found.add(t);
            } else if (c instanceof org.eclipse.swt.widgets.Composite inner) {
                found.addAll(tables(inner));
            }
        }
        return found;
    }
}

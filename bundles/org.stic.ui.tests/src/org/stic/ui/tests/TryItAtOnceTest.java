package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stic.NamedElement;
import org.stic.ui.editor.SticEditor;
import org.stic.ui.rules.OclRuleEditor;
import org.stic.ui.rules.TrialView;
import org.stic.ui.rules.TryItAtOnce;

/**
 * "Try it at once" from the rule editor on the extension example, as a methodologist writing a rule uses it: a rule
 * made stricter in the editor, not saved, finds the technopark on the project's model (Edit > Try Rules Now); the
 * row opens the model with the technopark selected; relaxed again, the finding is gone; the rule file on disk and
 * the model's Problems markers never change. A model with unsaved edits is tried as its editor holds it. Screenshots: target/screenshots/try-it-at-once-*.png.
 */
class TryItAtOnceTest {

    private static final String TECHNOPARK = "Технопарк кластера";

    @RegisterExtension
    final CleanWorkbench workbench = CleanWorkbench.withExtensionExample();
    private final IWorkbenchPage page = workbench.page();

    /** Edit > Try Rules Now, through the command as the menu and Ctrl+Alt+R run it. */
    private TrialView tryItAtOnce() throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(TryItAtOnce.COMMAND, null);
        // a background job: its findings reach the view on the UI thread when it is done
        UiTestSupport.spinUntil("the trial", () -> Job.getJobManager().find(TryItAtOnce.FAMILY).length == 0, 60_000);
        UiTestSupport.spin(10);
        return (TrialView) page.findView(TrialView.ID);
    }

    private static List<List<String>> rowsOf(TrialView view, String ruleId) {
        return view.texts().stream().filter(r -> r.get(1).equals(ruleId)).toList();
    }

    @Test
    void anUnsavedStricterRuleFindsTheTechnoparkAndRelaxedAgainItIsGone() throws Exception {
        IProject project = workbench.project();
        IFile rules = project.getFile("rules/methodology.ocl");
        IFile model = project.getFile("models/technopark-cluster.stic");
        byte[] saved = rules.getContents().readAllBytes();
        OclRuleEditor editor = assertInstanceOf(OclRuleEditor.class, IDE.openEditor(page, rules));
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());

        TrialView view = tryItAtOnce();
        assertEquals(List.of(), rowsOf(view, "USR-001"), "24 residents: the saved rule holds");
        assertEquals(1, rowsOf(view, "USR-002").size(), "no floor area: the example's own finding");
        assertTrue(view.summary().contains("1 model"), view.summary());

        // the rule made stricter in the editor, not saved
        String relaxed = "self.residentCount > 0";
        int at = document.get().indexOf(relaxed);
        document.replace(at, relaxed.length(), "self.residentCount > 100");
        assertTrue(editor.isDirty());
        page.activate(editor);
        view = tryItAtOnce();
        List<List<String>> found = rowsOf(view, "USR-001");
        assertEquals(1, found.size(), view.texts().toString());
        assertEquals(List.of("models/technopark-cluster.stic", "USR-001", "error"), found.get(0).subList(0, 3));
        assertTrue(found.get(0).get(3).contains(TECHNOPARK) && found.get(0).get(4).contains(TECHNOPARK),
                found.toString());
        assertEquals("USR-001", view.texts().get(0).get(1), "the project's own rules come first");
        assertTrue(view.summary().contains("methodology.ocl"), view.summary());
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "try-it-at-once-finding");

        // nothing written: the file on disk and the model's markers are as they were
        assertArrayEquals(saved, rules.getContents().readAllBytes());
        for (IMarker m : model.findMarkers(null, true, IResource.DEPTH_ZERO)) {
            assertTrue(!"USR-001".equals(m.getAttribute("ruleId", "")), "a trial leaves the markers alone");
        }

        // the finding's row opens the model with the technopark selected
        Table table = view.viewer().getTable();
        int row = view.texts().indexOf(found.get(0));
        table.setSelection(row);
        Event doubleClick = new Event();
        doubleClick.item = table.getItem(row);
        table.notifyListeners(SWT.DefaultSelection, doubleClick);
        UiTestSupport.spin(20);
        SticEditor modelEditor = assertInstanceOf(SticEditor.class, page.getActiveEditor());
        Object selected = ((IStructuredSelection) modelEditor.getViewer().getSelection()).getFirstElement();
        assertEquals(TECHNOPARK, assertInstanceOf(NamedElement.class, selected).getName());
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "try-it-at-once-opened");

        // broken while typing: the trial names the line; relaxed again: the finding is gone
        page.activate(editor);
        at = document.get().indexOf("self.residentCount > 100");
        document.replace(at, "self.residentCount > 100".length(), "self.residentCount > )");
        view = tryItAtOnce();
        int line = document.getLineOfOffset(at) + 1;
        assertTrue(view.texts().stream().anyMatch(r -> r.get(0).equals("rules/methodology.ocl")
                && r.get(2).equals("error") && r.get(3).startsWith("line " + line + ", column ")),
                view.texts().toString());
        page.activate(editor);
        document.replace(at, "self.residentCount > )".length(), relaxed);
        view = tryItAtOnce();
        assertEquals(List.of(), rowsOf(view, "USR-001"));
        assertEquals(1, rowsOf(view, "USR-002").size());
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "try-it-at-once-fixed");
        assertArrayEquals(saved, rules.getContents().readAllBytes());
    }

    @Test
    void aTrialIsAUserJobAndANewTrialCancelsTheOneStillRunning() throws Exception {
        Path rules = workbench.project().getFile("rules/methodology.ocl").getLocation().toFile().toPath();
        // a job cancelled before it ran has no result: its end is told to listeners only
        Map<Job, IStatus> ended = new ConcurrentHashMap<>();
        JobChangeAdapter listener = new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getJob().belongsTo(TryItAtOnce.FAMILY)) {
                    ended.put(event.getJob(), event.getResult());
                }
            }
        };
        Job.getJobManager().addJobChangeListener(listener);
        try {
            Job first = TryItAtOnce.run(page, rules);
            Job second = TryItAtOnce.run(page, rules);
            assertTrue(first.isUser() && first.belongsTo(TryItAtOnce.FAMILY),
                    "a user job: the workbench shows its progress and the user may cancel it");
            UiTestSupport.spinUntil("both ended", () -> ended.containsKey(first) && ended.containsKey(second), 60_000);
            assertEquals(IStatus.CANCEL, ended.get(first).getSeverity(), "the first was cancelled by the second");
            assertEquals(IStatus.OK, ended.get(second).getSeverity());
        } finally {
            Job.getJobManager().removeJobChangeListener(listener);
        }
        UiTestSupport.spin(10);
        TrialView view = (TrialView) page.findView(TrialView.ID);
        assertEquals(1, rowsOf(view, "USR-002").size(), view.texts().toString());
    }

    @Test
    void aModelWithUnsavedEditsIsTriedAsItsEditorHoldsIt() throws Exception {
        IProject project = workbench.project();
        IFile model = project.getFile("models/technopark-cluster.stic");
        byte[] savedModel = model.getContents().readAllBytes();
        SticEditor modelEditor = assertInstanceOf(SticEditor.class, IDE.openEditor(page, model, SticEditor.ID));
        EObject technopark = null;
        for (var i = modelEditor.getResource().getAllContents(); i.hasNext();) {
            EObject o = i.next();
            if (o instanceof NamedElement n && TECHNOPARK.equals(n.getName())) {
                technopark = o;
            }
        }
        EditingDomain domain = modelEditor.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, technopark,
                technopark.eClass().getEStructuralFeature("residentCount"), 0));
        assertTrue(modelEditor.isDirty());

        IDE.openEditor(page, project.getFile("rules/methodology.ocl"));
        TrialView view = tryItAtOnce();
        assertEquals(1, rowsOf(view, "USR-001").size(), "no residents in the editor: " + view.texts());
        assertTrue(view.summary().contains("technopark-cluster.stic"), view.summary());
        assertArrayEquals(savedModel, model.getContents().readAllBytes(), "the model file is not written");
        assertTrue(modelEditor.isDirty());
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "try-it-at-once-unsaved-model");
    }
}

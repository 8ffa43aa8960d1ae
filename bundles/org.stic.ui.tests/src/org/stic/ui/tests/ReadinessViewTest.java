package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stic.AvailabilityStatus;
import org.stic.Cluster;
import org.stic.KeyResource;
import org.stic.SticPackage;
import org.stic.ui.analysis.ReadinessView;
import org.stic.ui.editor.SticEditor;
import org.stic.ui.wizards.ModelTemplate;
import org.stic.ui.wizards.NewSticProjectWizard;

/**
 * The Readiness view follows the model the user works on: the active editor's, another model when another editor
 * comes forward, nothing when every editor is closed; several commands in one go give one update. Figures from the
 * examples' README table: Kaluga 6 of 9 needs ready in 2026, Созвездие 4 of 8.
 */
class ReadinessViewTest {

    private static final long TIMEOUT = 20_000;
    @RegisterExtension
    final CleanWorkbench workbench = CleanWorkbench.empty();
    private final IWorkbenchPage page = workbench.page();
    private ReadinessView view;


    @AfterEach
    void tearDown() throws CoreException {
        if (view != null) {
            page.hideView(view);
        }
    }

    private static IFile example(String name) throws CoreException {
        ModelTemplate template = ModelTemplate.all().stream()
                .filter(t -> t.example() != null && t.example().contains(name)).findFirst().orElseThrow();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        return NewSticProjectWizard.create(project, null, template, null);
    }

    private void await(String figureStart) {
        UiTestSupport.spinUntil("the view says " + figureStart, () -> view.figure().startsWith(figureStart), TIMEOUT);
    }

    @Test
    void followsTheActiveModelAndItsChanges() throws Exception {
        IEditorPart kaluga = IDE.openEditor(page, example("kaluga"), SticEditor.ID);
        view = (ReadinessView) page.showView(ReadinessView.ID);
        await("Readiness in 2026: 6 of 9 needs ready (66 %)");

        IEditorPart defence = IDE.openEditor(page, example("defence"), SticEditor.ID);
        await("Readiness in 2026: 4 of 8 needs ready (50 %)");
        page.activate(kaluga);
        await("Readiness in 2026: 6 of 9 needs ready");

        // three commands in one event-loop turn: one update, showing the last state
        Cluster cluster = (Cluster) ((SticEditor) kaluga).getResource().getContents().get(0);
        EditingDomain domain = ((SticEditor) kaluga).getEditingDomain();
        int before = view.updates();
        for (KeyResource r : cluster.getInternalContour().getKeyResources().subList(0, 3)) {
            domain.getCommandStack().execute(SetCommand.create(domain, r, SticPackage.Literals.KEY_RESOURCE__STATUS,
                    AvailabilityStatus.MISSING));
        }
        UiTestSupport.spinUntil("the view updated", () -> view.updates() > before, TIMEOUT);
        UiTestSupport.spin(5);
        assertEquals(before + 1, view.updates(), "one update for the three commands");
        String missing = view.figure();
        assertTrue(!missing.startsWith("Readiness in 2026: 6 of 9"), "three resources missing cost readiness: "
                + missing);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "readiness-three-missing");
        domain.getCommandStack().undo();
        domain.getCommandStack().undo();
        domain.getCommandStack().undo();
        await("Readiness in 2026: 6 of 9 needs ready");

        // a rename changes no readiness, yet the row shows the new name
        org.stic.SegmentNeed need = cluster.getExternalContour().getSegments().get(0).getNeeds().get(0);
        domain.getCommandStack().execute(SetCommand.create(domain, need, SticPackage.Literals.NAMED_ELEMENT__NAME,
                "Переименованная потребность"));
        UiTestSupport.spinUntil("the row shows the new name", () -> {
            StringBuilder rows = new StringBuilder();
            collect(((Tree) view.readinessViewer().getControl()).getItems(), rows);
            return rows.toString().contains("Переименованная потребность | ready");
        }, TIMEOUT);

        // closing the model shown shows the model of the editor that comes forward, then nothing
        page.closeEditor(kaluga, false);
        await("Readiness in 2026: 4 of 8 needs ready");
        page.closeEditor(defence, false);
        await("Open a STIC model");
    }

    @Test
    void speaksRussianInARussianWorkbench() throws Exception {
        Locale english = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ru"));
        try {
            IEditorPart kaluga = IDE.openEditor(page, example("kaluga"), SticEditor.ID);
            view = (ReadinessView) page.showView(ReadinessView.ID);
            page.activate(kaluga);
            await("Готовность в 2026 г.: обеспечено потребностей — 6 из 9 (66 %) · в 2028 г.: 7 из 9 (77 %)");
            StringBuilder texts = new StringBuilder();
            collect(((Tree) view.readinessViewer().getControl()).getItems(), texts);
            assertTrue(texts.toString().contains("Ускоренная регистрация лекарственных средств | не обеспечена"),
                    texts::toString);
            assertTrue(texts.toString().contains("обеспечено 2 из 3"), texts::toString);
            page.toggleZoom(page.findViewReference(ReadinessView.ID));
            UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "readiness-russian");
            page.toggleZoom(page.findViewReference(ReadinessView.ID));
        } finally {
            if (view != null) {
                page.hideView(view); // its texts were made in Russian
                view = null;
            }
            Locale.setDefault(english);
        }
    }

    private static void collect(TreeItem[] items, StringBuilder into) {
        for (TreeItem item : items) {
            into.append(item.getText(0)).append(" | ").append(item.getText(1)).append('\n');
            collect(item.getItems(), into);
        }
    }
}

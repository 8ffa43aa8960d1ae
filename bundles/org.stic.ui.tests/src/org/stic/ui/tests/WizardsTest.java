package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stic.Cluster;
import org.stic.model.io.SticResources;
import org.stic.tests.support.SwtTesting;
import org.stic.ui.editor.SticEditor;
import org.stic.ui.wizards.FirstRun;
import org.stic.ui.wizards.ModelTemplate;
import org.stic.ui.wizards.NewSticProjectWizard;

/** The first-run offer and the wizards behind it, driven like a user would click through them. */
class WizardsTest {

    @RegisterExtension
    final CleanWorkbench workbench = CleanWorkbench.empty();
    private final IWorkbenchPage page = workbench.page();



    @Test
    void firstRunCreatesAProjectFromAnExample() throws Exception {
        Display display = Display.getCurrent();
        List<String> dialogs = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 30_000;
        // Answers the modal dialogs as they come up: Yes to the offer, Finish in the wizard.
        Runnable driver = new Runnable() {
            @Override
            public void run() {
                Shell shell = display.getActiveShell();
                String title = shell == null ? "" : shell.getText();
                if (title.equals("Welcome to STIC Workbench") && !dialogs.contains(title)) {
                    dialogs.add(title);
                    click(shell, "Yes");
                } else if (title.equals("New STIC Project") && !dialogs.contains(title)) {
                    dialogs.add(title);
                    click(shell, "Finish");
                    return;
                }
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, this);
                }
            }
        };
        display.timerExec(100, driver);
        FirstRun.offer(PlatformUI.getWorkbench(), page.getWorkbenchWindow().getShell());

        assertEquals(List.of("Welcome to STIC Workbench", "New STIC Project"), dialogs);
        IProject[] projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
        assertEquals(1, projects.length);
        ModelTemplate example = ModelTemplate.all().get(1);
        IFile model = projects[0].getFile(example.defaultFileName());
        assertTrue(model.exists(), "the example model is in the new project: " + Arrays.toString(projects[0].members()));
        SticEditor editor = assertInstanceOf(SticEditor.class, page.getActiveEditor(), "and open in the editor");
        assertNull(editor.getLoadError());
    }

    @Test
    void emptyModelHasBothContoursAndSavesAs() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("empty");
        IFile file = NewSticProjectWizard.create(project, null, ModelTemplate.EMPTY, null);
        Cluster cluster = SticResources.load(file.getLocation().toFile().toPath());
        assertEquals("cluster", cluster.getName());
        assertTrue(cluster.getExternalContour() != null && cluster.getInternalContour() != null);

        SticEditor editor = (SticEditor) IDE.openEditor(page, file, SticEditor.ID);
        IFile copy = project.getFile("copy.stic");
        editor.saveAs(copy);
        assertTrue(copy.exists());
        assertEquals(copy, editor.getFile());
        assertEquals("copy.stic", editor.getTitle());
    }

    private static void click(Shell shell, String label) {
        SwtTesting.button(shell, label).notifyListeners(SWT.Selection, new Event());
    }
}

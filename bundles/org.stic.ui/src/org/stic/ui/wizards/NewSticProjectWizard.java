package org.stic.ui.wizards;

import org.stic.ui.Messages;
import java.net.URI;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.stic.ui.editor.SticEditor;

/** File > New > STIC Project: a project with a first model, empty or copied from an example; opens the model. */
public class NewSticProjectWizard extends Wizard implements INewWizard {

    public static final String ID = "org.stic.ui.wizards.newProject";

    private IWorkbench workbench;
    private WizardNewProjectCreationPage projectPage;
    private TemplatePage templatePage;
    private final ModelTemplate initial;

    public NewSticProjectWizard() {
        this(ModelTemplate.EMPTY);
    }

    /** A wizard with this template preselected (the first-run offer preselects an example). */
    public NewSticProjectWizard(ModelTemplate initial) {
        this.initial = initial;
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        setWindowTitle(Messages.get("wizard.newProject.title"));
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        projectPage = new WizardNewProjectCreationPage("project");
        projectPage.setTitle(Messages.get("wizard.newProject.page"));
        projectPage.setDescription(Messages.get("wizard.newProject.description"));
        projectPage.setInitialProjectName(initial.example() == null ? "cluster" : initial.defaultFileName().replace(".stic", ""));
        addPage(projectPage);
        templatePage = new TemplatePage(initial);
        addPage(templatePage);
    }

    @Override
    public boolean performFinish() {
        IProject project = projectPage.getProjectHandle();
        ModelTemplate template = templatePage.selected();
        IFile model = project.getFile(template.defaultFileName());
        URI location = projectPage.useDefaults() ? null : projectPage.getLocationURI();
        try {
            getContainer().run(false, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException {
                    create(project, location, template, monitor);
                }
            });
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), model, SticEditor.ID);
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            ErrorDialog.openError(getShell(), Messages.get("wizard.newProject.title"),
                    Messages.get("wizard.newProject.failed"),
                    cause instanceof CoreException ce ? ce.getStatus() : Status.error(String.valueOf(cause), cause));
            return false;
        } catch (InterruptedException | PartInitException e) {
            return true;
        }
    }

    /** Creates and opens the project and its first model (location null: in the workspace folder). */
    public static IFile create(IProject project, URI location, ModelTemplate template, IProgressMonitor monitor)
            throws CoreException {
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
        description.setLocationURI(location);
        project.create(description, monitor);
        project.open(monitor);
        IFile model = project.getFile(template.defaultFileName());
        template.create(model, monitor);
        return model;
    }
}

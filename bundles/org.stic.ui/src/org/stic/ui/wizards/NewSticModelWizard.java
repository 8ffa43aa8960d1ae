package org.stic.ui.wizards;

import org.stic.ui.Messages;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.IProgressMonitor;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.stic.ui.editor.SticEditor;

/** File > New > STIC Model: a .stic file in a workspace folder, empty or copied from an example; opens it. */
public class NewSticModelWizard extends Wizard implements INewWizard {

    public static final String ID = "org.stic.ui.wizards.newModel";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage filePage;
    private TemplatePage templatePage;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection;
        setWindowTitle(Messages.get("wizard.newModel.title"));
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        filePage = new WizardNewFileCreationPage("file", selection);
        filePage.setTitle(Messages.get("wizard.newModel.page"));
        filePage.setDescription(Messages.get("wizard.newModel.description"));
        filePage.setFileExtension("stic");
        filePage.setFileName(ModelTemplate.EMPTY.defaultFileName());
        addPage(filePage);
        templatePage = new TemplatePage(ModelTemplate.EMPTY);
        addPage(templatePage);
    }

    @Override
    public boolean performFinish() {
        IPath path = filePage.getContainerFullPath().append(filePage.getFileName());
        if (path.getFileExtension() == null) {
            path = path.addFileExtension("stic");
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
        ModelTemplate template = templatePage.selected();
        try {
            getContainer().run(false, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException {
                    template.create(file, monitor);
                }
            });
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, SticEditor.ID);
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            ErrorDialog.openError(getShell(), Messages.get("wizard.newModel.title"),
                    Messages.get("wizard.newModel.failed"),
                    cause instanceof CoreException ce ? ce.getStatus()
                            : Status.error(String.valueOf(cause), cause));
            return false;
        } catch (InterruptedException | PartInitException e) {
            return true;
        }
    }
}

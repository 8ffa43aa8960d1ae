package org.stic.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.stic.extensions.MetamodelFiles;
import org.stic.extensions.ProjectSettings;
import org.stic.extensions.SticProject;
import org.stic.ui.Messages;
import org.stic.ui.metamodel.MetamodelEditor;
import org.stic.ui.metamodel.MetamodelTemplate;

/**
 * File > New > STIC Extension: an extension metamodel ({@code .ecore}) with its package, nsURI and a first class
 * specialising a chosen STIC class, written as the metamodel editor writes it (plain EMF, STIC by nsURI), declared
 * under {@code "extensions"} in the project's {@code stic-project.json} (the one found from the new file's folder
 * up, else a new one in the project's folder), and opened in the metamodel editor.
 */
public class NewSticExtensionWizard extends Wizard implements INewWizard {

    public static final String ID = "org.stic.ui.wizards.newExtension";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage filePage;
    private ExtensionPage extensionPage;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection;
        setWindowTitle(Messages.get("wizard.newExtension.title"));
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        filePage = new WizardNewFileCreationPage("file", selection);
        filePage.setTitle(Messages.get("wizard.newExtension.filePage"));
        filePage.setDescription(Messages.get("wizard.newExtension.description"));
        filePage.setFileExtension("ecore");
        filePage.setFileName("methodology.ecore");
        addPage(filePage);
        extensionPage = new ExtensionPage(this::others);
        addPage(extensionPage);
    }

    /** The extensions the project of the chosen folder already declares. */
    private List<EPackage> others() {
        IPath folder = filePage.getContainerFullPath();
        IResource container = folder == null ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(folder);
        if (container == null || container.getLocation() == null) {
            return List.of();
        }
        return SticProject.forModel(container.getLocation().toFile().toPath().resolve("new.ecore")).extensions();
    }

    @Override
    public boolean performFinish() {
        IPath path = filePage.getContainerFullPath().append(filePage.getFileName());
        if (path.getFileExtension() == null) {
            path = path.addFileExtension("ecore");
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
        MetamodelTemplate template = extensionPage.template();
        try {
            getContainer().run(false, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException {
                    create(file, template, others());
                }
            });
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, MetamodelEditor.ID);
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            ErrorDialog.openError(getShell(), Messages.get("wizard.newExtension.title"),
                    Messages.get("wizard.newExtension.failed"),
                    cause instanceof CoreException ce ? ce.getStatus() : Status.error(String.valueOf(cause), cause));
            return false;
        } catch (InterruptedException | PartInitException e) {
            return true;
        }
    }

    /**
     * Writes the extension file (its folders made as needed) and declares it in the project's settings file; the
     * workspace is told of both. Returns the settings file written.
     */
    public static Path create(IFile file, MetamodelTemplate template, List<EPackage> others) throws CoreException {
        try {
            if (file.getParent() instanceof IFolder folder && !folder.exists()) {
                createFolders(folder);
            }
            Path target = file.getLocation().toFile().toPath();
            Resource resource = MetamodelFiles.create(target, others);
            resource.getContents().add(template.build());
            MetamodelFiles.save(resource);
            Path settings = ProjectSettings.find(target).orElse(file.getProject().getLocation().toFile().toPath()
                    .resolve(ProjectSettings.FILE_NAME));
            ProjectSettings.register(settings, ProjectSettings.EXTENSIONS, target);
            file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
            return settings;
        } catch (IOException e) {
            throw new CoreException(Status.error(Messages.get("wizard.newExtension.failedBecause", file.getName(),
                    e.getMessage()), e));
        }
    }

    private static void createFolders(IContainer container) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            createFolders(folder.getParent());
            folder.create(true, true, null);
        }
    }

    /** The second page (for tests that fill it as the user would). */
    public ExtensionPage extensionPage() {
        return extensionPage;
    }

    public WizardNewFileCreationPage filePage() {
        return filePage;
    }
}

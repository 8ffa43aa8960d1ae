package org.stic.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.stic.extensions.ProjectSettings;
import org.stic.extensions.SticProject;
import org.stic.ui.Messages;
import org.stic.ui.rules.OclRuleEditor;
import org.stic.validation.Rule;

/**
 * File > New > STIC Rule File: a Complete OCL rule file with one example invariant (on participants, with its
 * {@code -- @rule} comment under an id the project does not use yet), named in the project's
 * {@value ProjectSettings#FILE_NAME} (created in the project's folder when there is none), then opened in the rule
 * editor. The project's models are checked with it from then on, in the workbench and by {@code stic validate}.
 */
public class NewRuleFileWizard extends Wizard implements INewWizard {

    public static final String ID = "org.stic.ui.wizards.newRuleFile";

    private static final Pattern USER_ID = Pattern.compile("USR-(\\d+)");

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage filePage;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection;
        setWindowTitle(Messages.get("wizard.newRuleFile.title"));
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        filePage = new WizardNewFileCreationPage("file", selection) {
            @Override
            protected InputStream getInitialContents() {
                return new ByteArrayInputStream(new byte[0]);
            }
        };
        filePage.setTitle(Messages.get("wizard.newRuleFile.page"));
        filePage.setDescription(Messages.get("wizard.newRuleFile.description"));
        filePage.setFileExtension("ocl");
        filePage.setFileName("rules.ocl");
        addPage(filePage);
    }

    /** The page where the folder and file name are chosen (for tests, which fill it in as a user does). */
    public WizardNewFileCreationPage filePage() {
        return filePage;
    }

    @Override
    public boolean performFinish() {
        IPath path = filePage.getContainerFullPath().append(filePage.getFileName());
        if (path.getFileExtension() == null) {
            path = path.addFileExtension("ocl");
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
        try {
            getContainer().run(false, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException, InvocationTargetException {
                    create(file, monitor);
                }
            });
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, OclRuleEditor.ID);
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            ErrorDialog.openError(getShell(), Messages.get("wizard.newRuleFile.title"),
                    Messages.get("wizard.newRuleFile.failed"), cause instanceof CoreException ce ? ce.getStatus()
                            : Status.error(String.valueOf(cause.getMessage()), cause));
            return false;
        } catch (InterruptedException | PartInitException e) {
            return true;
        }
    }

    /**
     * Creates the rule file with its example, then names it in the project's settings file (written atomically); if
     * the settings file cannot be written, the rule file is removed again and nothing has changed.
     */
    public static void create(IFile file, IProgressMonitor monitor) throws CoreException, InvocationTargetException {
        Path location = file.getLocation().toFile().toPath();
        Path settings = ProjectSettings.find(location)
                .orElse(file.getProject().getLocation().toFile().toPath().resolve(ProjectSettings.FILE_NAME));
        String text = example(nextFreeId(settings));
        try {
            file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, monitor);
            ProjectSettings.register(settings, ProjectSettings.RULES, location);
        } catch (IOException e) {
            file.delete(true, monitor);
            throw new InvocationTargetException(e);
        }
        IFile settingsFile = ResourcesPlugin.getWorkspace().getRoot()
                .getFileForLocation(org.eclipse.core.runtime.Path.fromOSString(settings.toString()));
        if (settingsFile != null) {
            settingsFile.refreshLocal(IResource.DEPTH_ZERO, monitor);
        }
    }

    /** {@code USR-nnn} after the highest the project's rules use (USR-001 in a project without). */
    static String nextFreeId(Path settings) {
        int highest = 0;
        ProjectSettings read = settings.toFile().isFile() ? ProjectSettings.read(settings) : ProjectSettings.none();
        for (Rule r : SticProject.of(read).catalogue().rules()) {
            Matcher m = USER_ID.matcher(r.id());
            if (m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return String.format("USR-%03d", highest + 1);
    }

    /** The new file's text: a few lines on the format, then one invariant that runs on every model. */
    static String example(String id) {
        return Messages.get("wizard.newRuleFile.example", id);
    }
}

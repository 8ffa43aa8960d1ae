package org.stic.ui.wizards;

import org.stic.ui.Messages;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * The first-run experience: when the workbench starts on a workspace without projects it offers to create a
 * project from an example, so a new user sees a real cluster model at once. {@code -Dstic.firstRun=false}
 * turns the offer off (automated tests, scripted starts).
 */
public class FirstRun implements IStartup {

    public static final String DISABLE_PROPERTY = "stic.firstRun";

    @Override
    public void earlyStartup() {
        if ("false".equals(System.getProperty(DISABLE_PROPERTY))
                || ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window != null && ResourcesPlugin.getWorkspace().getRoot().getProjects().length == 0) {
                offer(workbench, window.getShell());
            }
        });
    }

    /** Asks whether to create a project from an example and, if so, runs the New STIC Project wizard. */
    public static void offer(IWorkbench workbench, Shell shell) {
        ModelTemplate example = ModelTemplate.all().stream().filter(t -> t.example() != null).findFirst()
                .orElse(ModelTemplate.EMPTY);
        boolean yes = MessageDialog.openQuestion(shell, Messages.get("firstRun.title"),
                Messages.get("firstRun.question", ModelTemplate.title(example.example())));
        if (yes) {
            NewSticProjectWizard wizard = new NewSticProjectWizard(example);
            wizard.init(workbench, StructuredSelection.EMPTY);
            new WizardDialog(shell, wizard).open();
        }
    }
}

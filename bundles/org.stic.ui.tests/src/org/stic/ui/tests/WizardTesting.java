package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.dialogs.IPageChangeProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.stic.tests.support.SwtTesting;

/**
 * Driving wizards as a user does: a wizard opened in its dialog over the workbench window, or a modal one the
 * workbench opens (File > Import...) taken through its pages step by step; buttons pressed by their labels.
 */
final class WizardTesting {

    private WizardTesting() {
    }

    /** {@code wizard}, initialised with {@code selection}, in its dialog over the workbench window, open without blocking. */
    static WizardDialog open(IWorkbenchWizard wizard, IStructuredSelection selection) {
        wizard.init(PlatformUI.getWorkbench(), selection);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiTestSupport.spin(5);
        return dialog;
    }

    /** The button labelled {@code label} in the dialog (mnemonics ignored). */
    static Button button(Shell dialog, String label) {
        return SwtTesting.button(dialog, label);
    }

    /** Presses the button labelled {@code label}, as a user can only when it is enabled. */
    static void click(Shell dialog, String label) {
        assertTrue(clickWhenEnabled(dialog, label), label + " is enabled");
    }

    /** Presses the button labelled {@code label} if it is enabled; false (try again later) while it is not. */
    static boolean clickWhenEnabled(Shell dialog, String label) {
        Button button = button(dialog, label);
        if (!button.isEnabled()) {
            return false;
        }
        button.notifyListeners(SWT.Selection, new Event());
        return true;
    }

    /** Whether the dialog shows the page named {@code name}. */
    static boolean onPage(Shell dialog, String name) {
        IWizardPage current = (IWizardPage) ((IPageChangeProvider) dialog.getData()).getSelectedPage();
        return current != null && name.equals(current.getName());
    }

    /** On the platform's first page of File > New, Import or Export: the wizard with this name, then Next. */
    static boolean pickWizard(Shell dialog, String name) {
        Tree tree = UiTestSupport.find(dialog, Tree.class);
        for (TreeItem category : tree.getItems()) {
            Event expand = new Event();
            expand.item = category;
            tree.notifyListeners(SWT.Expand, expand);
            category.setExpanded(true);
            for (TreeItem wizard : category.getItems()) {
                if (name.equals(wizard.getText())) {
                    tree.setSelection(wizard);
                    Event select = new Event();
                    select.item = wizard;
                    tree.notifyListeners(SWT.Selection, select);
                    UiTestSupport.spin(5);
                    return clickWhenEnabled(dialog, "Next >");
                }
            }
        }
        return false;
    }

    /** One step on a modal wizard dialog: true once done, false to try again on the next turn of the event loop. */
    interface Step {
        boolean attempt(Shell dialog) throws Exception;
    }

    /**
     * Runs {@code open}, which opens a modal wizard dialog and returns when it closes, and takes {@code steps} in
     * turn on that dialog from the event loop the dialog runs. A failing step closes the dialog and fails the test.
     */
    static void run(UiTesting.Action open, Step... steps) throws Exception {
        Display display = Display.getCurrent();
        int[] next = {0};
        Throwable[] failure = {null};
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                Shell dialog = dialog(display);
                if (dialog != null && next[0] < steps.length && failure[0] == null) {
                    try {
                        if (steps[next[0]].attempt(dialog)) {
                            next[0]++;
                        }
                    } catch (Throwable t) {
                        failure[0] = t;
                        dialog.close();
                        return;
                    }
                }
                if (next[0] < steps.length || dialog != null) {
                    display.timerExec(100, this);
                }
            }
        };
        display.timerExec(100, poll);
        try {
            open.run();
        } finally {
            display.timerExec(-1, poll);
        }
        UiTestSupport.spin(10);
        if (failure[0] != null) {
            throw new AssertionError("step " + (next[0] + 1) + " failed", failure[0]);
        }
        assertEquals(steps.length, next[0], "every step was taken");
        assertTrue(dialog(display) == null, "the wizard closed");
    }

    private static Shell dialog(Display display) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof WizardDialog) {
                return shell;
            }
        }
        return null;
    }
}

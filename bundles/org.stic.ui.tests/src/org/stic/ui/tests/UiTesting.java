package org.stic.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.stic.tests.support.SwtTesting;

/** Helpers for tests that run on the workbench's UI thread. */
final class UiTesting {

    private UiTesting() {
    }

    /** Runs the event loop until the condition holds or the time is up; never sleeps the UI thread blindly. */
    static boolean waitFor(BooleanSupplier condition, long timeoutMillis) {
        return SwtTesting.waitFor(condition, timeoutMillis);
    }

    /** "&Save All\tCtrl+Shift+S" becomes "Save All". */
    static String label(String text) {
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "").strip();
    }

    /** The labels of a menu's items, after letting its managers fill it as when the user opens it. */
    static List<String> labels(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                labels.add(label(item.getText()));
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return labels;
    }

    /** The item of a menu with this label, after letting the menu fill itself as when it opens. */
    static MenuItem item(Menu menu, String label) {
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            if (label(item.getText()).equals(label)) {
                return item;
            }
        }
        throw new AssertionError("no '" + label + "' in " + labels(menu));
    }

    /**
     * Runs {@code action}, which may open a dialog titled {@code title}; answers it with a real mouse click on its
     * button labelled {@code button} (mnemonics ignored). Returns the dialog's texts, or null if none was shown. A
     * click rather than a mnemonic key: under Xvfb a key can reach the dialog before its focus is set, and be lost.
     */
    static String answering(String title, Action action, String button) throws Exception {
        return answering(title, action, button, shell -> { });
    }

    /** {@link #answering} that hands the dialog to {@code beforeAnswer} (e.g. for a screenshot) just before the click. */
    static String answering(String title, Action action, String button, Consumer<Shell> beforeAnswer) throws Exception {
        Display display = Display.getCurrent();
        Shell window = display.getActiveShell();
        StringBuilder said = new StringBuilder();
        boolean[] asked = { false };
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (!asked[0] && shell.isVisible() && title.equals(shell.getText())) {
                        if (display.getActiveShell() != shell) {
                            // no window manager under Xvfb: bring the dialog up before clicking it
                            shell.forceActive();
                            break;
                        }
                        Button answer = button(shell, button);
                        if (answer == null) {
                            shell.close();
                            throw new AssertionError("no button " + button + " in the dialog " + title);
                        }
                        asked[0] = true;
                        collectTexts(shell, said);
                        beforeAnswer.accept(shell);
                        Point centre = answer.toDisplay(answer.getSize().x / 2, answer.getSize().y / 2);
                        postMouse(SWT.MouseMove, centre, 0);
                        postMouse(SWT.MouseDown, centre, 1);
                        postMouse(SWT.MouseUp, centre, 1);
                        return;
                    }
                }
                display.timerExec(50, this);
            }
        };
        display.timerExec(50, poll);
        try {
            action.run();
        } finally {
            display.timerExec(-1, poll);
        }
        // the workbench's handlers follow the active shell, which no window manager gives back under Xvfb
        if (window != null && !window.isDisposed()) {
            window.forceActive();
            IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
            waitFor(() -> handlers.getCurrentState().getVariable(ISources.ACTIVE_SHELL_NAME) == window, 5_000);
        }
        return asked[0] ? said.toString() : null;
    }

    private static Button button(Composite parent, String label) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Button b && label.equals(b.getText().replace("&", ""))) {
                return b;
            }
            if (c instanceof Composite child) {
                Button found = button(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void postMouse(int type, Point at, int button) {
        Event e = new Event();
        e.type = type;
        e.x = at.x;
        e.y = at.y;
        e.button = button;
        if (!Display.getCurrent().post(e)) {
            throw new AssertionError("Display.post refused a mouse event");
        }
    }

    /** What a test does that may open a dialog. */
    interface Action {
        void run() throws Exception;
    }

    /** All texts shown by a widget tree (labels, the status line's too, text fields, styled text, table rows). */
    static void collectTexts(Control control, StringBuilder into) {
        if (control instanceof StyledText styled) {
            into.append(styled.getText()).append('\n');
        } else if (control instanceof Text text) {
            into.append(text.getText()).append('\n');
        } else if (control instanceof Label label) {
            into.append(label.getText()).append('\n');
        } else if (control instanceof CLabel label && label.getText() != null) {
            into.append(label.getText()).append('\n');
        } else if (control instanceof Table table) {
            for (TableItem item : table.getItems()) {
                for (int i = 0; i < table.getColumnCount(); i++) {
                    into.append(item.getText(i)).append(i + 1 < table.getColumnCount() ? " | " : "\n");
                }
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTexts(child, into);
            }
        }
    }
}

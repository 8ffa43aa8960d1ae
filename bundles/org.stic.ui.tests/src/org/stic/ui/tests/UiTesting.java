package org.stic.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
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

/** Helpers for tests that run on the workbench's UI thread. */
final class UiTesting {

    private UiTesting() {
    }

    /** Runs the event loop until the condition holds or the time is up; never sleeps the UI thread blindly. */
    static boolean waitFor(BooleanSupplier condition, long timeoutMillis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return true;
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
     * Runs an action that opens a modal dialog titled {@code title} and answers it with real keys pressed together
     * into it (a button's mnemonic with {@link SWT#ALT}, or {@link SWT#ESC}); returns what the dialog said (labels,
     * table rows), or null when no such dialog opened.
     */
    static String answering(String title, Action action, int... keys) throws Exception {
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
                            // no window manager under Xvfb: the keys go to the focused window only
                            shell.forceActive();
                            break;
                        }
                        asked[0] = true;
                        collectTexts(shell, said);
                        for (int key : keys) {
                            post(SWT.KeyDown, key);
                        }
                        for (int i = keys.length - 1; i >= 0; i--) {
                            post(SWT.KeyUp, keys[i]);
                        }
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

    /** What a test does that may open a dialog. */
    interface Action {
        void run() throws Exception;
    }

    private static void post(int type, int key) {
        Event e = new Event();
        e.type = type;
        e.keyCode = key;
        e.character = key < 0x10000 && Character.isLetter(key) ? (char) key : key == SWT.ESC ? '\u001b' : '\0';
        if (!Display.getCurrent().post(e)) {
            throw new AssertionError("Display.post refused key " + key);
        }
    }

    /** All texts shown by a widget tree (labels, text fields, styled text, table rows). */
    static void collectTexts(Control control, StringBuilder into) {
        if (control instanceof StyledText styled) {
            into.append(styled.getText()).append('\n');
        } else if (control instanceof Text text) {
            into.append(text.getText()).append('\n');
        } else if (control instanceof Label label) {
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

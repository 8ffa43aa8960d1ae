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
import org.eclipse.swt.widgets.Text;

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

    /** All texts shown by a widget tree (labels, text fields, styled text). */
    static void collectTexts(Control control, StringBuilder into) {
        if (control instanceof StyledText styled) {
            into.append(styled.getText()).append('\n');
        } else if (control instanceof Text text) {
            into.append(text.getText()).append('\n');
        } else if (control instanceof Label label) {
            into.append(label.getText()).append('\n');
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTexts(child, into);
            }
        }
    }
}

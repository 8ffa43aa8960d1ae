package org.stic.diagram.ui.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import org.eclipse.core.runtime.jobs.Job;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.stic.ui.rules.TrialView;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.ui.editor.DiagramViewer;
import org.stic.diagram.ui.swt.SwtResources;
import org.stic.tests.support.SwtTesting;

/** Real input (XTest mouse, {@link Display#post(Event)} keys), bounded waiting on the event loop, and screenshots. */
final class Ui {

    private Ui() {
    }

    /** Runs the event loop until the condition holds; fails naming what was awaited. */
    static void waitFor(String what, BooleanSupplier condition) {
        if (!SwtTesting.waitFor(condition, 10_000)) {
            throw new AssertionError("timed out waiting for: " + what);
        }
    }

    /** Lets queued events, asyncExecs and repaints run. */
    static void settle() {
        SwtTesting.settle(150);
    }

    /** Waits for a "try it at once" job, then for its findings to reach the Rule Trial view; returns the view. */
    static TrialView trial(IWorkbenchPage page, Job job) {
        waitFor("the trial", () -> job.getResult() != null);
        settle();
        return (TrialView) page.findView(TrialView.ID);
    }

    /** The first control of a type below {@code parent}, depth first; null when there is none. */
    static <T extends Control> T find(Composite parent, Class<T> type) {
        for (Control c : parent.getChildren()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Composite k) {
                T below = find(k, type);
                if (below != null) {
                    return below;
                }
            }
        }
        return null;
    }

    private static void post(Event e) {
        if (!Display.getCurrent().post(e)) {
            throw new AssertionError("Display.post refused event type " + e.type);
        }
    }

    /**
     * The X server's test extension, the way xdotool drives a desktop: SWT's own {@link Display#post(Event)} on GTK 3
     * synthesises mouse events with wrong coordinates and has no wheel, so the mouse goes through XTest; keys go
     * through {@code Display.post}, which handles them right.
     */
    private interface X11 extends Library {
        X11 LIB = Native.load("X11", X11.class);

        Pointer XOpenDisplay(String name);

        int XFlush(Pointer display);

        byte XKeysymToKeycode(Pointer display, NativeLong keysym);
    }

    private interface XTest extends Library {
        XTest LIB = Native.load("Xtst", XTest.class);

        int XTestFakeMotionEvent(Pointer display, int screen, int x, int y, NativeLong delay);

        int XTestFakeButtonEvent(Pointer display, int button, boolean press, NativeLong delay);

        int XTestFakeKeyEvent(Pointer display, int keycode, boolean press, NativeLong delay);
    }

    private static Pointer xDisplay;

    private static Pointer x() {
        if (xDisplay == null) {
            xDisplay = X11.LIB.XOpenDisplay(null);
            if (xDisplay == null) {
                throw new AssertionError("cannot open the X display " + System.getenv("DISPLAY"));
            }
        }
        return xDisplay;
    }

    static void mouseMove(Control c, int x, int y) {
        Point p = c.toDisplay(x, y);
        XTest.LIB.XTestFakeMotionEvent(x(), -1, p.x, p.y, new NativeLong(0));
        X11.LIB.XFlush(x());
        settle();
    }

    /** Presses ({@code down}) or releases an X mouse button (1 left, 2 middle, 3 right, 4/5 wheel up/down). */
    static void mouseButton(int button, boolean down) {
        XTest.LIB.XTestFakeButtonEvent(x(), button, down, new NativeLong(0));
        X11.LIB.XFlush(x());
        settle();
    }

    static void click(Control c, int x, int y) {
        mouseMove(c, x, y);
        mouseButton(1, true);
        mouseButton(1, false);
    }

    /** Two clicks at once, within the double-click time (no settling between them). */
    static void doubleClick(Control c, int x, int y) {
        mouseMove(c, x, y);
        for (int i = 0; i < 2; i++) {
            XTest.LIB.XTestFakeButtonEvent(x(), 1, true, new NativeLong(0));
            XTest.LIB.XTestFakeButtonEvent(x(), 1, false, new NativeLong(0));
        }
        X11.LIB.XFlush(x());
        settle();
    }

    /** A click with Shift held (both through XTest: one input stream, so the click sees the key down). */
    static void shiftClick(Control c, int x, int y) {
        mouseMove(c, x, y);
        int shift = X11.LIB.XKeysymToKeycode(x(), new NativeLong(0xFFE1)) & 0xFF; // XK_Shift_L
        XTest.LIB.XTestFakeKeyEvent(x(), shift, true, new NativeLong(0));
        X11.LIB.XFlush(x());
        settle();
        mouseButton(1, true);
        mouseButton(1, false);
        XTest.LIB.XTestFakeKeyEvent(x(), shift, false, new NativeLong(0));
        X11.LIB.XFlush(x());
        settle();
    }

    /** What the window's status line shows (every label of it, one a line). */
    static String statusLine(Shell shell) {
        StringBuilder sb = new StringBuilder();
        statusTexts(shell, false, sb);
        return sb.toString();
    }

    private static void statusTexts(Control c, boolean inStatusLine, StringBuilder sb) {
        boolean in = inStatusLine || c.getClass().getSimpleName().equals("StatusLine");
        if (in && c instanceof CLabel label && label.getText() != null) {
            sb.append(label.getText()).append('\n');
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                statusTexts(child, in, sb);
            }
        }
    }

    /** Presses at one point, moves in steps (as a hand does) and releases at another. */
    static void drag(Control c, int x0, int y0, int x1, int y1, int button) {
        mouseMove(c, x0, y0);
        mouseButton(button, true);
        for (int i = 1; i <= 5; i++) {
            mouseMove(c, x0 + (x1 - x0) * i / 5, y0 + (y1 - y0) * i / 5);
        }
        mouseButton(button, false);
    }

    static void key(int keyCode, char character, int... modifiers) {
        for (int m : modifiers) {
            keyEvent(SWT.KeyDown, m, '\0');
        }
        keyEvent(SWT.KeyDown, keyCode, character);
        keyEvent(SWT.KeyUp, keyCode, character);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            keyEvent(SWT.KeyUp, modifiers[i], '\0');
        }
        settle();
    }

    private static void keyEvent(int type, int keyCode, char character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        post(e);
    }

    /** One notch of the mouse wheel away from the user, with Ctrl held (both through XTest: one input stream). */
    static void ctrlWheelUp(Control c, int x, int y) {
        mouseMove(c, x, y);
        int ctrl = X11.LIB.XKeysymToKeycode(x(), new NativeLong(0xFFE3)) & 0xFF; // XK_Control_L
        XTest.LIB.XTestFakeKeyEvent(x(), ctrl, true, new NativeLong(0));
        mouseButton(4, true);
        mouseButton(4, false);
        XTest.LIB.XTestFakeKeyEvent(x(), ctrl, false, new NativeLong(0));
        X11.LIB.XFlush(x());
        settle();
    }

    /** The test bundle's target folder (tycho-surefire runs in target/work). */
    static Path target() {
        return SwtTesting.targetFolder();
    }

    /** A picture of the window as the screen shows it. */
    static Path screenshot(Shell shell, String name) throws IOException {
        settle();
        return SwtTesting.screenshot(shell, name);
    }

    /** The whole diagram painted off-screen by the editor's SWT back end, at most {@code maxSide} pixels a side. */
    static Path diagramPicture(Scene scene, String name, int maxSide) throws IOException {
        Display display = Display.getCurrent();
        double zoom = Math.min(1.5, maxSide / Math.max(scene.width(), scene.height()));
        int w = (int) Math.ceil(scene.width() * zoom);
        int h = (int) Math.ceil(scene.height() * zoom);
        Image image = new Image(display, w, h);
        SwtResources resources = new SwtResources(display);
        GC gc = new GC(image);
        try {
            DiagramViewer.paintScene(gc, scene, resources, zoom, 0, 0, new Rectangle(0, 0, w, h));
        } finally {
            gc.dispose();
            resources.dispose();
        }
        return save(image, name);
    }

    private static Path save(Image image, String name) throws IOException {
        return SwtTesting.savePng(image, name);
    }
}

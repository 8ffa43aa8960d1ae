package org.stic.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * What every UI test fragment needs on the SWT event loop, in one place (as Archi keeps its test support bundle):
 * bounded waiting, letting the loop settle, finding widgets, and screenshots into the fragment's
 * {@code target/screenshots/}. UI thread only.
 */
public final class SwtTesting {

    private SwtTesting() {
    }

    /** Runs the event loop until the condition holds or the time is up; never sleeps the UI thread blindly. */
    public static boolean waitFor(BooleanSupplier condition, long timeoutMillis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
        return true;
    }

    /** Lets queued events, asyncExecs and repaints run for about {@code millis}, then drains what is left. */
    public static void settle(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            while (display.readAndDispatch()) {
                // drain
            }
            display.timerExec(10, () -> {
            });
            display.sleep();
        }
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Every widget of a type below a composite, depth first. */
    public static <T extends Control> List<T> all(Composite parent, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                result.add(type.cast(child));
            } else if (child instanceof Composite c) {
                result.addAll(all(c, type));
            }
        }
        return result;
    }

    /** The button labelled {@code label} below {@code parent} (mnemonics ignored); fails naming the shell if none. */
    public static Button button(Composite parent, String label) {
        return all(parent, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + parent.getShell().getText()));
    }

    /** The running test fragment's target folder (tycho-surefire runs in target/work). */
    /**
     * Waits until the X server has drawn what was asked before: a pixel of the control read back from the screen,
     * which the server answers only after the drawing requests before it (painting on GTK only queues them).
     */
    public static void drawnOnScreen(Control control) {
        org.eclipse.swt.graphics.Point origin = control.toDisplay(0, 0);
        Image pixel = new Image(control.getDisplay(), 1, 1);
        GC gc = new GC(control.getDisplay());
        try {
            gc.copyArea(pixel, origin.x, origin.y);
            pixel.getImageData();
        } finally {
            gc.dispose();
            pixel.dispose();
        }
    }

    public static Path targetFolder() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("target")) {
                return p;
            }
        }
        return Path.of(System.getProperty("user.dir"), "target");
    }

    /** A picture of the window as the screen shows it, saved as {@code target/screenshots/<name>.png}. */
    public static Path screenshot(Shell shell, String name) throws IOException {
        Rectangle b = shell.getBounds();
        Image image = new Image(shell.getDisplay(), b.width, b.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, b.x, b.y);
        } finally {
            gc.dispose();
        }
        return savePng(image, name);
    }

    /** Saves (and disposes) an image as {@code target/screenshots/<name>.png}; returns its path. */
    public static Path savePng(Image image, String name) throws IOException {
        ImageData data = image.getImageData();
        image.dispose();
        Path dir = targetFolder().resolve("screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        System.out.println("Screenshot: " + file.toAbsolutePath());
        return file;
    }
}

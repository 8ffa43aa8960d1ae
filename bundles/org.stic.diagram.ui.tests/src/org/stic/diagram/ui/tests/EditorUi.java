package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.stic.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.stic.diagram.LinkKind;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.ui.editor.Palette;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.editor.DiagramEditor;
import org.stic.diagram.ui.handlers.OpenDiagramHandler;

/** Editors and dialogs as a user meets them: open a diagram, find a node, answer the dialogs an action opens. */
final class EditorUi {

    private EditorUi() {
    }

    /** Opens the diagram of a file and holds the zoom it fitted, so that points computed on it stay valid. */
    static DiagramEditor openDiagram(IWorkbenchPage page, IFile file, View view) throws Exception {
        DiagramEditor editor = OpenDiagramHandler.open(page, file, view);
        Ui.waitFor("the diagram is drawn", () -> editor.getViewer().getScene() != null);
        editor.setFocus();
        Ui.settle();
        editor.getViewer().setZoom(editor.getViewer().getZoom());
        Ui.settle();
        return editor;
    }

    static void pick(DiagramEditor editor, Object tool) {
        Palette palette = editor.getTools().palette();
        Rectangle r = palette.bounds(tool);
        Ui.click(palette.canvas(), r.x + r.width / 2, r.y + r.height / 2);
        assertEquals(tool, editor.getTools().tool(), "the palette click chose the tool");
    }

    /** A click at a point of the diagram (diagram coordinates), scrolled into view first as the user would. */
    static void clickAt(DiagramEditor editor, double x, double y) {
        editor.getViewer().reveal(new Bounds(x - 20, y - 20, 40, 40));
        Ui.settle();
        Rectangle r = editor.getViewer().toScreen(new Bounds(x, y, 1, 1));
        Ui.click(editor.getViewer().getControl(), r.x, r.y);
    }

    /** A click in the middle of an element's node, scrolled into view first as the user would. */
    static void clickOn(DiagramEditor editor, EObject element) {
        Bounds b = editor.getViewer().getScene().node(element).bounds();
        editor.getViewer().reveal(b);
        clickAt(editor, b.centerX(), b.centerY());
    }

    static void link(DiagramEditor editor, LinkKind kind, EObject source, EObject target) {
        pick(editor, kind);
        clickOn(editor, source);
        clickOn(editor, target);
        assertNull(editor.getTools().tool(), () -> kind + " made: back to the selection tool; refused: "
                + editor.getTools().bubble() + "; nodes " + editor.getViewer().getScene().nodes().stream()
                        .map(n -> n.label() + " " + n.bounds()).toList() + " zoom " + editor.getViewer().getZoom()
                + " origin " + editor.getViewer().getOriginX() + "," + editor.getViewer().getOriginY());
    }

    static SceneNode node(DiagramEditor editor, String name) {
        return editor.getViewer().getScene().nodes().stream()
                .filter(n -> n.element() instanceof NamedElement ne && name.equals(ne.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + name));
    }

    /** The node's centre in canvas pixels. */
    static Point centre(DiagramEditor editor, SceneNode n) {
        Rectangle r = editor.getViewer().toScreen(n.bounds());
        return new Point(r.x + r.width / 2, r.y + r.height / 2);
    }

    /** Drags a node by its centre with the mouse. */
    static void dragNode(DiagramEditor editor, SceneNode n, int dx, int dy) {
        Point c = centre(editor, n);
        Ui.drag(editor.getViewer().getControl(), c.x, c.y, c.x + dx, c.y + dy, 1);
    }

    /** Clicks the editor's tool-bar button labelled {@code text} with the mouse. */
    static void clickToolItem(DiagramEditor editor, String text) {
        Composite body = editor.getViewer().getControl().getParent().getParent();
        org.eclipse.swt.widgets.ToolItem item = toolItem(body, text);
        if (item == null) {
            throw new AssertionError("no tool-bar button " + text);
        }
        Rectangle r = item.getBounds();
        Ui.click(item.getParent(), r.x + r.width / 2, r.y + r.height / 2);
    }

    static org.eclipse.swt.widgets.ToolItem toolItem(Composite parent, String text) {
        for (Control c : parent.getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.ToolBar bar) {
                for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                    if (text.equals(item.getText())) {
                        return item;
                    }
                }
            } else if (c instanceof Composite comp) {
                org.eclipse.swt.widgets.ToolItem found = toolItem(comp, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A modal dialog as it was shown: its title and every label and text in it, one a line. */
    record Dialog(String title, String text) {
    }

    /**
     * Runs an action that may open modal dialogs and answers each with a real click on the button labelled
     * {@code answer} (mnemonics ignored), first calling {@code look} (e.g. for a screenshot); returns the dialogs.
     */
    static List<Dialog> answering(String answer, ShellAction look, Runnable action) {
        Display display = Display.getCurrent();
        List<Dialog> seen = new ArrayList<>();
        Set<Shell> answered = new HashSet<>();
        boolean[] running = { true };
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                if (!running[0]) {
                    return;
                }
                for (Shell shell : display.getShells()) {
                    // the workbench's "waiting for background work" progress dialog asks nothing: let it pass
                    if (shell.isVisible() && !answered.contains(shell) && !"Progress Information".equals(shell.getText())
                            && (shell.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL)) != 0) {
                        answered.add(shell);
                        Ui.settle();
                        seen.add(new Dialog(shell.getText(), texts(shell)));
                        try {
                            look.accept(shell);
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                        Button button = button(shell, answer);
                        if (button == null) {
                            shell.close();
                            throw new AssertionError("no button " + answer + " in " + seen.get(seen.size() - 1));
                        }
                        Rectangle b = button.getBounds();
                        Ui.click(button, b.width / 2, b.height / 2);
                    }
                }
                display.timerExec(50, this);
            }
        };
        display.timerExec(50, poll);
        try {
            action.run();
            Ui.settle();
        } finally {
            running[0] = false;
        }
        return seen;
    }

    /** Something done with a dialog's shell before it is answered. */
    interface ShellAction {
        void accept(Shell shell) throws Exception;
    }

    /** The texts of a dialog's labels, text fields and tables, one a line. */
    static String texts(Composite parent) {
        StringBuilder sb = new StringBuilder();
        for (Control c : parent.getChildren()) {
            if (c instanceof Label l && !l.getText().isEmpty()) {
                sb.append(l.getText()).append('\n');
            } else if (c instanceof Text t) {
                sb.append(t.getText()).append('\n');
            } else if (c instanceof org.eclipse.swt.widgets.Table table) {
                for (var item : table.getItems()) {
                    for (int i = 0; i < Math.max(1, table.getColumnCount()); i++) {
                        sb.append(item.getText(i)).append(i + 1 < table.getColumnCount() ? " | " : "\n");
                    }
                }
            } else if (c instanceof Composite comp) {
                sb.append(texts(comp));
            }
        }
        return sb.toString();
    }

    private static Button button(Composite parent, String label) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Button b && b.getText().replace("&", "").equals(label)) {
                return b;
            }
            if (c instanceof Composite comp) {
                Button found = button(comp, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

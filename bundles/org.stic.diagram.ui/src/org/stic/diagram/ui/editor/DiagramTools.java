package org.stic.diagram.ui.editor;

import org.stic.diagram.ui.Messages;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.actions.ActionFactory;
import org.stic.Cluster;
import org.stic.diagram.Creation;
import org.stic.diagram.Creation.Placement;
import org.stic.diagram.LinkKind;
import org.stic.diagram.NodeType;
import org.stic.diagram.Verdict;
import org.stic.diagram.View;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneNode;

/**
 * The palette's tools on the canvas. A creation tool shows at the pointer whether the element may go there (cross
 * or "not allowed" cursor, and the reason beside the pointer and in the status line), creates it on a click with
 * its default name where it was clicked, and starts editing the name. A link tool takes a source, then a target,
 * saying which nodes fit while hovering; a refusal changes nothing. Both hand over to the selection tool when done,
 * unless kept: a double-click on the palette keeps a tool until Esc, the selection tool or another tool, and Shift
 * held on a click keeps it after that click (as in GEF); a kept creation tool names its elements by default instead
 * of starting to edit the name, so that the next click can create the next. Esc goes back to the selection tool at
 * any time. With the selection tool, F2 or a slow second click on the selected node edits its name. Every element
 * and link is one command on the editor's editing domain, so undo takes it back.
 */
public final class DiagramTools implements DiagramViewer.Tool {

    private static final int OK = 0x2E7D32;
    private static final int REFUSED = 0xD32F2F;
    private static final int RUBBER_BAND = 0x1565C0;
    private static final int BUBBLE_BACKGROUND = 0xFFF4E5;
    private static final int BUBBLE_BORDER = 0xB26A00;
    private static final int BUBBLE_WIDTH = 420;

    private final DiagramEditor editor;
    private final DiagramViewer viewer;
    private final Palette palette;
    private final DirectEdit directEdit;

    /** null: the selection tool; else a {@link NodeType} or a {@link LinkKind}. */
    private Object tool;
    /** The tool stays after each element or link it makes. */
    private boolean kept;
    /** The link tool's chosen source. */
    private EObject source;
    private EObject hovered;
    private Verdict verdict;
    private int px;
    private int py;
    private String bubble;
    private Rectangle painted;

    private final Action rename = new Action(Messages.get("menu.rename")) {
        @Override
        public void run() {
            editSelected();
        }
    };
    private boolean armed;
    private int downX;
    private int downY;
    private Runnable pendingEdit;

    DiagramTools(DiagramEditor editor, Composite parent) {
        this.editor = editor;
        viewer = editor.getViewer();
        palette = new Palette(parent, this::choose);
        directEdit = new DirectEdit(editor);
        viewer.setTool(this);
        rename.setActionDefinitionId(ActionFactory.RENAME.getCommandId());
        editor.getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        viewShown();
    }

    public Palette palette() {
        return palette;
    }

    public DirectEdit directEdit() {
        return directEdit;
    }

    /** The tool in use: null for selection, else a {@link NodeType} or a {@link LinkKind}. */
    public Object tool() {
        return tool;
    }

    /** Greys what the view shown cannot take, and drops a tool that became unusable. */
    void viewShown() {
        palette.setUnavailable(this::unavailable);
        if (tool != null && unavailable(tool) != null) {
            choose(null);
        }
    }

    private String unavailable(Object t) {
        View view = editor.getView();
        if (t instanceof NodeType type && !type.createdIn(view)) {
            return Messages.get("tool.notInView", Creation.belongsIn(type));
        }
        if (t instanceof LinkKind kind && !kind.inView(view)) {
            return Messages.get("tool.linkNotInView", kind.noun());
        }
        return null;
    }

    /** Whether the tool in use stays after each element or link (a double-click on the palette). */
    public boolean kept() {
        return kept;
    }

    /** Takes a tool for one element or link, as a click on the palette does (null: selection). */
    public void choose(Object next) {
        choose(next, false);
    }

    /** Takes a tool; {@code keep}: for any number of elements or links, as a double-click on the palette does. */
    public void choose(Object next, boolean keep) {
        directEdit.cancel();
        tool = next;
        kept = keep && next != null;
        source = null;
        hovered = null;
        verdict = null;
        bubble = null;
        palette.select(next, kept);
        viewer.getControl().setCursor(null);
        status(false, toolMessage());
        repaintFeedback();
        viewer.getControl().setFocus();
    }

    /** What the status line says while the tool waits for its first click. */
    private String toolMessage() {
        String end = Messages.get(kept ? "tool.kept" : "tool.once");
        if (tool instanceof NodeType type) {
            return Messages.get(kept ? "tool.createEach" : "tool.create", Creation.belongsIn(type), end);
        }
        if (tool instanceof LinkKind kind) {
            return Messages.get(kept ? "tool.linkEach" : "tool.link", kind.noun(), end);
        }
        return null;
    }

    // ---- events from the canvas

    @Override
    public boolean handle(Event e) {
        if (tool == null) {
            return selectionTool(e);
        }
        switch (e.type) {
            case SWT.MouseMove -> {
                px = e.x;
                py = e.y;
                feedback();
            }
            case SWT.MouseDown -> {
                if (e.button == 1) {
                    px = e.x;
                    py = e.y;
                    click((e.stateMask & SWT.SHIFT) != 0);
                } else if (e.button == 3) {
                    choose(null);
                    return false; // the context menu still opens
                }
            }
            case SWT.KeyDown -> {
                if (e.keyCode != SWT.ESC) {
                    return false;
                }
                if (source != null) {
                    source = null;
                    feedback();
                } else {
                    choose(null);
                }
            }
            default -> {
                // mouse up, double click: the tool's click was the press
            }
        }
        return true;
    }

    /** Passes everything on, watching for F2 and for a slow second click on the one selected node. */
    private boolean selectionTool(Event e) {
        switch (e.type) {
            case SWT.MouseDown -> {
                cancelPendingEdit();
                SceneNode n = viewer.nodeAt(e.x, e.y);
                armed = e.button == 1 && (e.stateMask & SWT.MODIFIER_MASK) == 0 && n != null
                        && viewer.getSelection().equals(List.of(n.element()));
                downX = e.x;
                downY = e.y;
            }
            case SWT.MouseUp -> {
                SceneNode n = viewer.nodeAt(e.x, e.y);
                if (armed && n != null && Math.abs(e.x - downX) <= 2 && Math.abs(e.y - downY) <= 2) {
                    EObject element = n.element();
                    // a double click is not a slow second click: wait until it can no longer be one
                    pendingEdit = () -> {
                        pendingEdit = null;
                        if (viewer.getSelection().equals(List.of(element))) {
                            directEdit.start(element);
                        }
                    };
                    e.display.timerExec(e.display.getDoubleClickTime() + 50, pendingEdit);
                }
                armed = false;
            }
            case SWT.MouseDoubleClick -> cancelPendingEdit();
            case SWT.KeyDown -> {
                if (e.keyCode == SWT.F2) {
                    editSelected();
                    return true;
                }
            }
            default -> {
            }
        }
        return false;
    }

    private void cancelPendingEdit() {
        if (pendingEdit != null) {
            viewer.getControl().getDisplay().timerExec(-1, pendingEdit);
            pendingEdit = null;
        }
    }

    /** Rename (F2) in the context menu, for a single selected node. */
    void fillContextMenu(IMenuManager menu) {
        Action item = new Action(rename.getText()) {
            @Override
            public void run() {
                editSelected();
            }
        };
        item.setActionDefinitionId(rename.getActionDefinitionId()); // shows the key, F2
        item.setEnabled(viewer.getSelection().size() == 1);
        menu.add(item);
    }

    /** Direct edit of the selected node's name (F2, Rename). */
    void editSelected() {
        List<EObject> selection = viewer.getSelection();
        if (selection.size() == 1) {
            directEdit.start(selection.get(0));
        }
    }

    // ---- creation and link tools

    private void feedback() {
        Scene scene = viewer.getScene();
        if (scene == null) {
            return;
        }
        SceneNode n = viewer.nodeAt(px, py);
        hovered = n == null ? null : n.element();
        if (hovered != null && hovered == source) {
            hovered = null; // the chosen source is no candidate target: no verdict while on it
            n = null;
        }
        if (tool instanceof NodeType type) {
            verdict = placement(type).verdict();
        } else if (tool instanceof LinkKind kind) {
            verdict = n == null ? null : source == null ? kind.acceptsSource(n.element())
                    : kind.accepts(source, n.element());
        }
        bubble = verdict == null || verdict.allowed() ? null : verdict.reason();
        int cursor = verdict == null ? SWT.CURSOR_CROSS : verdict.allowed()
                ? (tool instanceof LinkKind ? SWT.CURSOR_HAND : SWT.CURSOR_CROSS) : SWT.CURSOR_NO;
        viewer.getControl().setCursor(viewer.getControl().getDisplay().getSystemCursor(cursor));
        repaintFeedback();
    }

    private Placement placement(NodeType type) {
        return Creation.place(editor.getCluster(), viewer.getScene(), type, viewer.diagramX(px), viewer.diagramY(py));
    }

    /** A click with the tool; {@code keep}: the tool stays after it even when not kept (Shift held). */
    private void click(boolean keep) {
        Cluster cluster = editor.getCluster();
        if (cluster == null || viewer.getScene() == null) {
            return;
        }
        if (tool instanceof NodeType type) {
            Placement p = placement(type);
            if (!p.verdict().allowed()) {
                refuse(p.verdict().reason());
                return;
            }
            create(cluster, type, p, keep || kept);
        } else if (tool instanceof LinkKind kind) {
            SceneNode n = viewer.nodeAt(px, py);
            EObject at = n == null ? null : n.element();
            if (source == null) {
                Verdict v = kind.acceptsSource(at);
                if (!v.allowed()) {
                    refuse(v.reason());
                    return;
                }
                source = at;
                status(false, Messages.get("tool.linkTarget", kind.noun()));
                feedback();
                return;
            }
            Verdict v = kind.accepts(source, at);
            if (!v.allowed()) {
                refuse(v.reason());
                return;
            }
            EditingDomain domain = editor.getEditingDomain();
            domain.getCommandStack().execute(ModelCommands.link(domain, cluster, kind, source, at));
            if (keep || kept) {
                source = null;
                status(false, toolMessage());
                feedback();
            } else {
                choose(null);
            }
        }
    }

    /** Creates the element (one command); {@code keep}: the tool stays, and the name is not edited. */
    private void create(Cluster cluster, NodeType type, Placement p, boolean keep) {
        EditingDomain domain = editor.getEditingDomain();
        Command create = ModelCommands.create(domain, cluster, type, p.owner(), p.name());
        EObject element = (EObject) create.getResult().iterator().next();
        CompoundCommand placed = new CompoundCommand(create.getLabel());
        placed.append(create);
        placed.append(editor.boundsCommand(element, p.bounds()));
        domain.getCommandStack().execute(placed);
        if (keep) {
            status(false, toolMessage()); // a refusal before may still be shown
        } else {
            choose(null);
        }
        // the diagram is rebuilt after the model change (queued before this): then the new node is there to edit
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed() && viewer.getScene().node(element) != null) {
                viewer.setSelection(List.of(element), true);
                editor.selectionChanged();
                if (!keep) {
                    directEdit.start(element);
                }
            }
        });
    }

    private void refuse(String reason) {
        bubble = reason;
        verdict = Verdict.no(reason);
        status(true, reason);
        viewer.getControl().setCursor(viewer.getControl().getDisplay().getSystemCursor(SWT.CURSOR_NO));
        repaintFeedback();
    }

    private void status(boolean error, String message) {
        IStatusLineManager line = editor.getEditorSite().getActionBars().getStatusLineManager();
        line.setErrorMessage(error ? message : null);
        if (!error) {
            line.setMessage(message);
        }
    }

    /** The message shown beside the pointer, or null. */
    public String bubble() {
        return bubble;
    }

    // ---- feedback painting

    private void repaintFeedback() {
        Canvas canvas = viewer.getControl();
        if (painted != null) {
            canvas.redraw(painted.x, painted.y, painted.width, painted.height, false);
        }
        painted = feedbackArea();
        if (painted != null) {
            canvas.redraw(painted.x, painted.y, painted.width, painted.height, false);
        }
    }

    private Rectangle feedbackArea() {
        Rectangle area = null;
        for (EObject e : new EObject[] { hovered, source }) {
            SceneNode n = e == null || viewer.getScene() == null ? null : viewer.getScene().node(e);
            if (n != null) {
                Rectangle r = viewer.toScreen(n.bounds());
                area = union(area, new Rectangle(r.x - 5, r.y - 5, r.width + 10, r.height + 10));
                if (e == source) {
                    area = union(area, new Rectangle(Math.min(r.x, px) - 3, Math.min(r.y, py) - 3,
                            Math.abs(px - r.x) + r.width + 6, Math.abs(py - r.y) + r.height + 6));
                }
            }
        }
        if (bubble != null) {
            area = union(area, bubbleBox(null));
        }
        return area;
    }

    private static Rectangle union(Rectangle a, Rectangle b) {
        return a == null ? b : a.union(b);
    }

    /** The message's lines, wrapped at word boundaries to fit the bubble's width. */
    private List<String> bubbleLines(GC gc) {
        int max = Math.max(120, Math.min(BUBBLE_WIDTH, viewer.getControl().getClientArea().width - 24));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : bubble.split(" ")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && gc.textExtent(next).x > max) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Where the message goes: below and right of the pointer, kept inside the canvas. */
    private Rectangle bubbleBox(GC gc) {
        GC measure = gc != null ? gc : new GC(viewer.getControl());
        try {
            int w = 0;
            List<String> lines = bubbleLines(measure);
            for (String l : lines) {
                w = Math.max(w, measure.textExtent(l).x);
            }
            int h = lines.size() * measure.getFontMetrics().getHeight();
            Rectangle client = viewer.getControl().getClientArea();
            w += 12;
            h += 8;
            int x = Math.max(2, Math.min(px + 16, client.width - w - 2));
            int y = py + 22 + h > client.height ? py - h - 8 : py + 22;
            return new Rectangle(x, y, w + 1, h + 1);
        } finally {
            if (gc == null) {
                measure.dispose();
            }
        }
    }

    @Override
    public void paint(GC gc) {
        if (tool == null || viewer.getScene() == null) {
            return;
        }
        gc.setAntialias(SWT.ON);
        SceneNode from = source == null ? null : viewer.getScene().node(source);
        if (from != null) {
            Rectangle r = viewer.toScreen(from.bounds());
            outline(gc, r, RUBBER_BAND);
            gc.setForeground(viewer.getResources().color(RUBBER_BAND));
            gc.setLineWidth(2);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine(r.x + r.width / 2, r.y + r.height / 2, px, py);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        SceneNode over = hovered == null ? null : viewer.getScene().node(hovered);
        if (over != null && verdict != null && tool instanceof LinkKind && over != from) {
            outline(gc, viewer.toScreen(over.bounds()), verdict.allowed() ? OK : REFUSED);
        }
        if (bubble != null) {
            gc.setFont(viewer.getControl().getFont());
            Rectangle b = bubbleBox(gc);
            gc.setBackground(viewer.getResources().color(BUBBLE_BACKGROUND));
            gc.fillRoundRectangle(b.x, b.y, b.width - 1, b.height - 1, 6, 6);
            gc.setForeground(viewer.getResources().color(BUBBLE_BORDER));
            gc.setLineWidth(1);
            gc.drawRoundRectangle(b.x, b.y, b.width - 1, b.height - 1, 6, 6);
            gc.setForeground(viewer.getResources().color(0x1A1A1A));
            int lineHeight = gc.getFontMetrics().getHeight();
            List<String> lines = bubbleLines(gc);
            for (int i = 0; i < lines.size(); i++) {
                gc.drawText(lines.get(i), b.x + 6, b.y + 4 + i * lineHeight, true);
            }
        }
    }

    private void outline(GC gc, Rectangle r, int rgb) {
        gc.setForeground(viewer.getResources().color(rgb));
        gc.setLineWidth(3);
        gc.drawRoundRectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6, 8, 8);
    }
}

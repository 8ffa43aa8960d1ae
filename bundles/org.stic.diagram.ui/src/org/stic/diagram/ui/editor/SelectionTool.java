package org.stic.diagram.ui.editor;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.stic.diagram.CanvasLayout;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.Link;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.Messages;

/**
 * The selection tool, in use whenever no palette tool takes an event: clicks and the marquee select nodes or one
 * link, dragging moves the selection or resizes the one selected node by its handles, the middle button or Space
 * pans, arrow keys move (Shift: resize), Ctrl with the wheel or +/-/0 zooms, a double-click on a region's header
 * (on the canvas, a block's title) collapses it, hovering shows the tooltip. Moves and resizes are previewed through the viewer's {@link
 * DiagramViewer.Host} and committed to it as one command when the mouse is released.
 */
final class SelectionTool implements DiagramViewer.Tool {

    private static final double MIN_WIDTH = 40;
    private static final double MIN_HEIGHT = 24;

    private enum Drag {
        NONE, PRESS, MOVE, RESIZE, MARQUEE, PAN
    }

    private final DiagramViewer viewer;
    private final DiagramViewer.Host host;
    private final Canvas canvas;

    private Drag drag = Drag.NONE;
    private int pressX;
    private int pressY;
    private int handle;
    private final Map<EObject, Bounds> dragStart = new LinkedHashMap<>();
    private Map<EObject, Bounds> dragBounds = Map.of();
    private Rectangle marquee;
    private boolean spaceHeld;
    /** What the tooltip is about: an element or a {@link Link}. */
    private Object hovered;

    SelectionTool(DiagramViewer viewer, DiagramViewer.Host host) {
        this.viewer = viewer;
        this.host = host;
        canvas = viewer.getControl();
    }

    @Override
    public boolean handle(Event e) {
        switch (e.type) {
            case SWT.MouseDown -> mouseDown(e);
            case SWT.MouseMove -> mouseMove(e);
            case SWT.MouseUp -> mouseUp(e);
            case SWT.MouseDoubleClick -> doubleClick(e);
            case SWT.KeyDown -> keyDown(e);
            case SWT.KeyUp -> {
                if (e.character == ' ') {
                    spaceHeld = false;
                }
            }
            case SWT.MouseVerticalWheel -> wheel(e);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The marquee while it is dragged. */
    @Override
    public void paint(GC gc) {
        if (marquee != null) {
            gc.setLineWidth(1);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawRectangle(normalised(marquee));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    // ---- mouse

    private void mouseDown(Event e) {
        canvas.setFocus();
        // no tooltip over what is being dragged; hovering shows it again
        canvas.setToolTipText(null);
        hovered = null;
        if (viewer.getScene() == null) {
            return;
        }
        pressX = e.x;
        pressY = e.y;
        if (e.button == 2 || (e.button == 1 && spaceHeld)) {
            drag = Drag.PAN;
            return;
        }
        Set<EObject> selection = viewer.selection();
        if (e.button != 1) {
            // the context menu acts on what is under the pointer
            SceneNode n = viewer.nodeAt(e.x, e.y);
            SceneEdge edge = n == null ? viewer.edgeAt(e.x, e.y) : null;
            if (n != null && !selection.contains(n.element())) {
                viewer.select(Set.of(n.element()));
            } else if (edge != null) {
                viewer.selectLink(edge);
            }
            return;
        }
        handle = handleAt(e.x, e.y);
        if (handle >= 0) {
            drag = Drag.RESIZE;
            rememberStart();
            return;
        }
        SceneNode n = viewer.nodeAt(e.x, e.y);
        boolean toggle = (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
        SceneEdge edge = n == null ? viewer.edgeAt(e.x, e.y) : null;
        if (edge != null) {
            viewer.selectLink(edge);
            return;
        }
        if (n == null) {
            if (!toggle) {
                viewer.select(Set.of());
            }
            drag = Drag.MARQUEE;
            marquee = new Rectangle(e.x, e.y, 0, 0);
            return;
        }
        Set<EObject> next = new LinkedHashSet<>(selection);
        if (toggle) {
            if (!next.remove(n.element())) {
                next.add(n.element());
            }
        } else if (!next.contains(n.element())) {
            next = new LinkedHashSet<>(List.of(n.element()));
        }
        viewer.select(next);
        if (viewer.selection().contains(n.element())) {
            drag = Drag.PRESS;
            rememberStart();
        }
    }

    private void rememberStart() {
        dragStart.clear();
        for (EObject e : viewer.selection()) {
            dragStart.put(e, viewer.getScene().node(e).bounds());
        }
    }

    private void mouseMove(Event e) {
        double zoom = viewer.getZoom();
        switch (drag) {
            case NONE -> hover(e);
            case PAN -> {
                int dx = e.x - pressX;
                int dy = e.y - pressY;
                pressX = e.x;
                pressY = e.y;
                viewer.scrollTo(viewer.getOriginX() - dx, viewer.getOriginY() - dy);
            }
            case PRESS -> {
                if (Math.abs(e.x - pressX) > 2 || Math.abs(e.y - pressY) > 2) {
                    drag = Drag.MOVE;
                    mouseMove(e);
                }
            }
            case MOVE -> {
                double dx = Math.round((e.x - pressX) / zoom);
                double dy = Math.round((e.y - pressY) / zoom);
                Map<EObject, Bounds> moved = new LinkedHashMap<>();
                dragStart.forEach((el, b) -> moved.put(el, b.translate(dx, dy)));
                preview(moved);
            }
            case RESIZE -> {
                EObject el = dragStart.keySet().iterator().next();
                double dx = Math.round((e.x - pressX) / zoom);
                double dy = Math.round((e.y - pressY) / zoom);
                preview(Map.of(el, resized(dragStart.get(el), handle, dx, dy)));
            }
            case MARQUEE -> {
                Rectangle old = normalised(marquee);
                marquee.width = e.x - marquee.x;
                marquee.height = e.y - marquee.y;
                Rectangle now = normalised(marquee);
                Rectangle u = old.union(now);
                canvas.redraw(u.x - 1, u.y - 1, u.width + 3, u.height + 3, false);
            }
        }
    }

    private void preview(Map<EObject, Bounds> bounds) {
        dragBounds = bounds;
        viewer.redraw(host.preview(bounds));
    }

    /** New bounds when handle {@code h} (clockwise from the top-left corner) is dragged by dx, dy. */
    static Bounds resized(Bounds b, int h, double dx, double dy) {
        double x0 = b.x();
        double y0 = b.y();
        double x1 = b.maxX();
        double y1 = b.maxY();
        if (h == 0 || h == 6 || h == 7) {
            x0 = Math.min(x0 + dx, x1 - MIN_WIDTH);
        }
        if (h >= 2 && h <= 4) {
            x1 = Math.max(x1 + dx, x0 + MIN_WIDTH);
        }
        if (h <= 2) {
            y0 = Math.min(y0 + dy, y1 - MIN_HEIGHT);
        }
        if (h >= 4 && h <= 6) {
            y1 = Math.max(y1 + dy, y0 + MIN_HEIGHT);
        }
        return new Bounds(x0, y0, x1 - x0, y1 - y0);
    }

    private void mouseUp(Event e) {
        Drag was = drag;
        drag = Drag.NONE;
        switch (was) {
            case MOVE, RESIZE -> {
                Map<EObject, Bounds> done = dragBounds;
                dragBounds = Map.of();
                host.preview(null);
                if (!done.isEmpty() && !done.equals(dragStart)) {
                    host.commit(Messages.get(was == Drag.MOVE ? "command.move" : "command.resize"), done);
                }
            }
            case MARQUEE -> {
                Rectangle m = normalised(marquee);
                marquee = null;
                double zoom = viewer.getZoom();
                Bounds area = new Bounds(viewer.diagramX(m.x), viewer.diagramY(m.y), m.width / zoom, m.height / zoom);
                Set<EObject> next = new LinkedHashSet<>((e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0
                        ? viewer.selection() : Set.of());
                for (SceneNode n : viewer.getScene().nodes()) {
                    if (area.contains(n.bounds())) {
                        next.add(n.element());
                    }
                }
                canvas.redraw(m.x - 1, m.y - 1, m.width + 3, m.height + 3, false);
                viewer.select(next);
            }
            default -> {
            }
        }
    }

    /** The index of the selection handle at a canvas point (clockwise from the top-left corner), or -1. */
    private int handleAt(int x, int y) {
        Set<EObject> selection = viewer.selection();
        if (selection.size() != 1) {
            return -1;
        }
        SceneNode n = viewer.getScene().node(selection.iterator().next());
        Rectangle[] hs = DiagramViewer.handles(viewer.toScreen(n.bounds()));
        for (int i = 0; i < hs.length; i++) {
            Rectangle h = hs[i];
            if (x >= h.x - 2 && x <= h.x + h.width + 2 && y >= h.y - 2 && y <= h.y + h.height + 2) {
                return i;
            }
        }
        return -1;
    }

    private void hover(Event e) {
        SceneNode n = viewer.nodeAt(e.x, e.y);
        SceneEdge edge = n == null ? viewer.edgeAt(e.x, e.y) : null;
        Object element = n != null ? n.element() : edge != null ? Link.of(edge) : null;
        int h = handleAt(e.x, e.y);
        canvas.setCursor(h < 0 ? null : canvas.getDisplay().getSystemCursor(switch (h) {
            case 0, 4 -> SWT.CURSOR_SIZENWSE;
            case 2, 6 -> SWT.CURSOR_SIZENESW;
            case 1, 5 -> SWT.CURSOR_SIZENS;
            default -> SWT.CURSOR_SIZEWE;
        }));
        if (!Objects.equals(element, hovered)) {
            hovered = element;
            canvas.setToolTipText(n != null ? host.tooltip(n.element()) : edge != null ? tooltip(edge) : null);
        }
    }

    /** "Лаборатория → Трансфер технологий (supports link)". */
    private static String tooltip(SceneEdge edge) {
        return edge.source().label() + " \u2192 " + edge.target().label() + " (" + Link.of(edge).noun() + ")";
    }

    private void doubleClick(Event e) {
        if (viewer.getScene() == null || viewer.nodeAt(e.x, e.y) != null) {
            return;
        }
        double dx = viewer.diagramX(e.x);
        double dy = viewer.diagramY(e.y);
        // on the canvas a block's title comes first: the blocks' titles lie just under their contour's
        boolean canvas = viewer.getScene().view() == View.CANVAS;
        for (SceneContainer c : viewer.getScene().containers()) {
            if (canvas && c.kind() == SceneContainer.Kind.GROUP && inTitle(c, dx, dy, CanvasLayout.BLOCK_HEADER)) {
                host.toggleCollapsed(c.type());
                return;
            }
        }
        for (SceneContainer c : viewer.getScene().containers()) {
            if (c.kind() == SceneContainer.Kind.REGION && inTitle(c, dx, dy, DiagramLayout.REGION_HEADER)) {
                host.toggleCollapsed(c.region());
                return;
            }
        }
    }

    private static boolean inTitle(SceneContainer c, double x, double y, double titleHeight) {
        Bounds b = c.bounds();
        return x >= b.x() && x <= b.maxX() && y >= b.y() && y <= b.y() + titleHeight;
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            viewer.setZoom(viewer.getZoom() * (e.count > 0 ? 1.1 : 1 / 1.1), e.x, e.y);
        }
    }

    // ---- keys

    private void keyDown(Event e) {
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        double zoom = viewer.getZoom();
        Set<EObject> selection = viewer.selection();
        if (e.character == ' ') {
            spaceHeld = true;
            return;
        }
        if (ctrl && (e.character == '=' || e.character == '+' || e.keyCode == SWT.KEYPAD_ADD)) {
            viewer.setZoom(zoom * 1.25);
        } else if (ctrl && (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT)) {
            viewer.setZoom(zoom / 1.25);
        } else if (ctrl && e.character == '0') {
            viewer.setZoom(1);
        } else if (ctrl && (e.keyCode == 'a' || e.character == 1)) {
            Set<EObject> all = new LinkedHashSet<>();
            viewer.getScene().nodes().forEach(n -> all.add(n.element()));
            viewer.select(all);
        } else if (e.keyCode == SWT.ESC) {
            viewer.select(Set.of());
        } else if (isArrow(e.keyCode) && !selection.isEmpty()) {
            double step = ctrl ? 1 : 8;
            double dx = e.keyCode == SWT.ARROW_LEFT ? -step : e.keyCode == SWT.ARROW_RIGHT ? step : 0;
            double dy = e.keyCode == SWT.ARROW_UP ? -step : e.keyCode == SWT.ARROW_DOWN ? step : 0;
            Map<EObject, Bounds> next = new LinkedHashMap<>();
            for (EObject el : selection) {
                Bounds b = viewer.getScene().node(el).bounds();
                // Shift resizes from the bottom-right corner, plain arrows move
                next.put(el, shift ? resized(b, 4, dx, dy) : b.translate(dx, dy));
            }
            host.commit(Messages.get(shift ? "command.resize" : "command.move"), next);
            e.doit = false;
        }
    }

    private static boolean isArrow(int key) {
        return key == SWT.ARROW_LEFT || key == SWT.ARROW_RIGHT || key == SWT.ARROW_UP || key == SWT.ARROW_DOWN;
    }

    private static Rectangle normalised(Rectangle r) {
        return new Rectangle(Math.min(r.x, r.x + r.width), Math.min(r.y, r.y + r.height), Math.abs(r.width),
                Math.abs(r.height));
    }
}

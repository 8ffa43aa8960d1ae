package org.stic.diagram.ui.editor;

import org.stic.diagram.ui.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.Creation;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.Link;
import org.stic.diagram.render.ScenePainter;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Point;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.swt.SwtResources;
import org.stic.diagram.ui.swt.SwtSurface;

/**
 * The diagram canvas: paints a scene through the engine's painter on an SWT back end, with zoom and scrolling, and
 * turns mouse and keys into selection, marquee, move, resize and pan. Either nodes are selected or one link (a click
 * on its route or label). It owns no model: what the user does goes to its {@link Host}, which changes the diagram
 * state and tells the viewer what to repaint.
 */
public final class DiagramViewer {

    /** What the viewer asks of the editor that owns it. */
    public interface Host {
        /** Temporary bounds while dragging (null: none); returns the area that changed, in diagram coordinates. */
        Bounds preview(Map<EObject, Bounds> bounds);

        /** Makes bounds permanent as one undoable command. */
        void commit(String label, Map<EObject, Bounds> bounds);

        void selectionChanged();

        /** The tooltip of an element (name, documentation, findings). */
        String tooltip(EObject element);

        void toggleCollapsed(ContourRegion region);

        void zoomChanged();
    }

    /** Takes the canvas's mouse and key events before the viewer does: the palette's tools, direct edit. */
    public interface Tool {
        /** @return true when the tool used the event, which the viewer then ignores */
        boolean handle(Event e);

        /** Paints the tool's feedback over the diagram, in canvas pixels. */
        void paint(GC gc);
    }

    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4;
    private static final int HANDLE = 7;
    private static final int SELECTION = 0x1565C0;
    private static final double MIN_WIDTH = 40;
    private static final double MIN_HEIGHT = 24;
    private static final int MARGIN = 8;
    /** How near a link's route a click selects it, in canvas pixels whatever the zoom. */
    public static final int LINK_TOLERANCE = 4;

    private enum Drag {
        NONE, PRESS, MOVE, RESIZE, MARQUEE, PAN
    }

    private final Canvas canvas;
    private final Host host;
    private final SwtResources resources;
    private Scene scene;
    private double zoom = 1;
    private int ox;
    private int oy;
    private final Set<EObject> selection = new LinkedHashSet<>();
    /** The selected link (null: none), and its edge in the scene shown. */
    private Link link;
    private SceneEdge linkEdge;

    private Drag drag = Drag.NONE;
    private int pressX;
    private int pressY;
    private int handle;
    private final Map<EObject, Bounds> dragStart = new LinkedHashMap<>();
    private Map<EObject, Bounds> dragBounds = Map.of();
    private Rectangle marquee;
    private boolean spaceHeld;
    /** Zoomed to fit, and kept so when the window is resized until the user picks another zoom. */
    private boolean fitting;
    /** What the tooltip is about: an element or a {@link Link}. */
    private Object hovered;
    private Tool tool;

    public DiagramViewer(Composite parent, Host host) {
        this.host = host;
        canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
        resources = new SwtResources(canvas.getDisplay());
        canvas.addListener(SWT.Paint, e -> paint(e.gc, new Rectangle(e.x, e.y, e.width, e.height)));
        canvas.addListener(SWT.Resize, e -> {
            if (fitting) {
                fit();
            } else {
                updateScrollBars();
            }
        });
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrollTo(canvas.getHorizontalBar().getSelection(), oy));
        canvas.getVerticalBar().addListener(SWT.Selection, e -> scrollTo(ox, canvas.getVerticalBar().getSelection()));
        canvas.addListener(SWT.MouseDown, unlessTool(this::mouseDown));
        canvas.addListener(SWT.MouseMove, unlessTool(this::mouseMove));
        canvas.addListener(SWT.MouseUp, unlessTool(this::mouseUp));
        canvas.addListener(SWT.MouseDoubleClick, unlessTool(this::doubleClick));
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, unlessTool(this::keyDown));
        canvas.addListener(SWT.KeyUp, e -> {
            if (e.character == ' ') {
                spaceHeld = false;
            }
        });
        canvas.addListener(SWT.Dispose, e -> resources.dispose());
    }

    private Listener unlessTool(Listener own) {
        return e -> {
            if (tool == null || !tool.handle(e)) {
                own.handleEvent(e);
            }
        };
    }

    /** The tool that sees events first (null: none). */
    public void setTool(Tool tool) {
        this.tool = tool;
        canvas.redraw();
    }

    public Canvas getControl() {
        return canvas;
    }

    public Scene getScene() {
        return scene;
    }

    /** Shows a (new) scene; the selection keeps the elements and the link still drawn. */
    public void setScene(Scene newScene) {
        scene = newScene;
        selection.removeIf(e -> scene.node(e) == null);
        linkEdge = link == null ? null : link.in(scene);
        if (linkEdge == null) {
            link = null;
        }
        updateScrollBars();
        canvas.redraw();
    }

    // ---- viewport

    public double getZoom() {
        return zoom;
    }

    /** Zooms keeping the diagram point under the given canvas point where it is. */
    public void setZoom(double newZoom, int anchorX, int anchorY) {
        fitting = false;
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        double dx = (anchorX + ox) / zoom;
        double dy = (anchorY + oy) / zoom;
        zoom = z;
        ox = (int) Math.round(dx * zoom - anchorX);
        oy = (int) Math.round(dy * zoom - anchorY);
        updateScrollBars();
        canvas.redraw();
        host.zoomChanged();
    }

    public void setZoom(double newZoom) {
        Rectangle c = canvas.getClientArea();
        setZoom(newZoom, c.width / 2, c.height / 2);
    }

    /** Zoom so that the whole diagram fits the window. */
    public void fit() {
        if (scene == null) {
            return;
        }
        Rectangle c = canvas.getClientArea();
        fitting = true;
        if (c.width < 16 || c.height < 16) {
            return; // not laid out yet: the first resize fits
        }
        // never enlarged beyond 100 %: a small model stays at its natural size
        double z = Math.min(1, Math.min((c.width - 8) / scene.width(), (c.height - 8) / scene.height()));
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        ox = 0;
        oy = 0;
        updateScrollBars();
        canvas.redraw();
        host.zoomChanged();
    }

    public int getOriginX() {
        return ox;
    }

    public int getOriginY() {
        return oy;
    }

    public void scrollTo(int x, int y) {
        ox = x;
        oy = y;
        updateScrollBars();
        canvas.redraw();
    }

    private void updateScrollBars() {
        if (scene == null || canvas.isDisposed()) {
            return;
        }
        Rectangle c = canvas.getClientArea();
        int w = (int) Math.ceil(scene.width() * zoom) + MARGIN;
        int h = (int) Math.ceil(scene.height() * zoom) + MARGIN;
        ox = Math.max(0, Math.min(ox, w - c.width));
        oy = Math.max(0, Math.min(oy, h - c.height));
        ScrollBar hb = canvas.getHorizontalBar();
        hb.setValues(ox, 0, Math.max(w, 1), Math.max(1, Math.min(c.width, w)), 16, Math.max(1, c.width - 16));
        ScrollBar vb = canvas.getVerticalBar();
        vb.setValues(oy, 0, Math.max(h, 1), Math.max(1, Math.min(c.height, h)), 16, Math.max(1, c.height - 16));
    }

    /** Canvas pixels of a diagram rectangle. */
    public Rectangle toScreen(Bounds b) {
        int x = (int) Math.floor(b.x() * zoom) - ox;
        int y = (int) Math.floor(b.y() * zoom) - oy;
        return new Rectangle(x, y, (int) Math.ceil(b.maxX() * zoom) - ox - x, (int) Math.ceil(b.maxY() * zoom) - oy - y);
    }

    /** The diagram x of a canvas pixel. */
    public double diagramX(int x) {
        return (x + ox) / zoom;
    }

    /** The diagram y of a canvas pixel. */
    public double diagramY(int y) {
        return (y + oy) / zoom;
    }

    /** Repaints the canvas where a diagram area is, with room for borders and selection handles. */
    public void redraw(Bounds damage) {
        if (damage == null) {
            return;
        }
        Rectangle r = toScreen(damage);
        int pad = HANDLE + 2;
        canvas.redraw(r.x - pad, r.y - pad, r.width + 2 * pad, r.height + 2 * pad, false);
    }

    // ---- painting

    /** Paints the part {@code clip} (canvas pixels) of the diagram, then the selection on top. */
    public void paint(GC gc, Rectangle clip) {
        gc.setBackground(resources.color(0xFFFFFF));
        gc.fillRectangle(clip);
        if (scene == null) {
            return;
        }
        paintScene(gc, scene, resources, zoom, ox, oy, clip);
        gc.setClipping(clip);
        gc.setAntialias(SWT.OFF);
        gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes(1));
        gc.setForeground(resources.color(SELECTION));
        for (EObject e : selection) {
            SceneNode n = scene.node(e);
            if (n == null) {
                continue;
            }
            Rectangle r = toScreen(n.bounds());
            gc.setLineWidth(2);
            gc.drawRectangle(r.x - 2, r.y - 2, r.width + 3, r.height + 3);
            if (selection.size() == 1) {
                gc.setBackground(resources.color(0xFFFFFF));
                gc.setLineWidth(1);
                for (Rectangle h : handles(r)) {
                    gc.fillRectangle(h);
                    gc.drawRectangle(h);
                }
            }
        }
        if (linkEdge != null) {
            paintSelectedLink(gc);
        }
        if (marquee != null) {
            gc.setLineWidth(1);
            gc.setLineStyle(SWT.LINE_DASH);
            Rectangle m = normalised(marquee);
            gc.drawRectangle(m);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        if (tool != null) {
            tool.paint(gc);
        }
    }

    /** The selected link's route drawn over it, thicker and in the selection colour, with a handle at each end. */
    private void paintSelectedLink(GC gc) {
        List<Point> route = linkEdge.route();
        if (route.size() < 2) {
            return;
        }
        int[] xy = new int[2 * route.size()];
        for (int i = 0; i < route.size(); i++) {
            xy[2 * i] = (int) Math.round(route.get(i).x() * zoom) - ox;
            xy[2 * i + 1] = (int) Math.round(route.get(i).y() * zoom) - oy;
        }
        gc.setAntialias(SWT.ON);
        gc.setLineWidth(3);
        gc.drawPolyline(xy);
        gc.setAntialias(SWT.OFF);
        gc.setLineWidth(1);
        gc.setBackground(resources.color(0xFFFFFF));
        int h = HANDLE - 1;
        for (int i : new int[] { 0, xy.length - 2 }) {
            gc.fillRectangle(xy[i] - h / 2, xy[i + 1] - h / 2, h, h);
            gc.drawRectangle(xy[i] - h / 2, xy[i + 1] - h / 2, h, h);
        }
    }

    /**
     * Paints a scene on any GC (the canvas, or an off-screen image for the benchmark and screenshots): diagram
     * coordinates scaled by {@code zoom} and shifted by the origin, only what touches {@code clip}.
     */
    public static void paintScene(GC gc, Scene scene, SwtResources resources, double zoom, int ox, int oy,
            Rectangle clip) {
        gc.setClipping(clip);
        Transform t = new Transform(gc.getDevice());
        try {
            t.translate(-ox, -oy);
            t.scale((float) zoom, (float) zoom);
            gc.setTransform(t);
            Bounds diagramClip = new Bounds((clip.x + ox) / zoom, (clip.y + oy) / zoom, clip.width / zoom,
                    clip.height / zoom);
            ScenePainter.paint(scene, new SwtSurface(gc, resources), diagramClip);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // SWT painting does no I/O
        } finally {
            gc.setTransform(null);
            t.dispose();
        }
    }

    private static Rectangle[] handles(Rectangle r) {
        int h = HANDLE;
        int x0 = r.x - h / 2 - 2;
        int x1 = r.x + r.width / 2 - h / 2;
        int x2 = r.x + r.width - h / 2 + 1;
        int y0 = r.y - h / 2 - 2;
        int y1 = r.y + r.height / 2 - h / 2;
        int y2 = r.y + r.height - h / 2 + 1;
        // clockwise from the top-left corner
        return new Rectangle[] { new Rectangle(x0, y0, h, h), new Rectangle(x1, y0, h, h), new Rectangle(x2, y0, h, h),
                new Rectangle(x2, y1, h, h), new Rectangle(x2, y2, h, h), new Rectangle(x1, y2, h, h),
                new Rectangle(x0, y2, h, h), new Rectangle(x0, y1, h, h) };
    }

    private static Rectangle normalised(Rectangle r) {
        return new Rectangle(Math.min(r.x, r.x + r.width), Math.min(r.y, r.y + r.height), Math.abs(r.width),
                Math.abs(r.height));
    }

    // ---- selection

    /** The selected elements, in the order they were selected (none while a link is selected). */
    public List<EObject> getSelection() {
        return List.copyOf(selection);
    }

    /** The selected link, or null. */
    public Link getSelectedLink() {
        return link;
    }

    /** Selects nodes (and no link). */
    public void setSelection(List<? extends EObject> elements, boolean reveal) {
        Set<EObject> next = new LinkedHashSet<>();
        for (EObject e : elements) {
            if (scene != null && scene.node(e) != null) {
                next.add(e);
            }
        }
        if (next.equals(selection) && link == null) {
            return;
        }
        link = null;
        linkEdge = null;
        selection.clear();
        selection.addAll(next);
        canvas.redraw();
        if (reveal && !next.isEmpty()) {
            reveal(scene.node(next.iterator().next()).bounds());
        }
    }

    /** Selects a link (and no node) if the scene draws it; returns whether it does. */
    public boolean setSelectedLink(Link next, boolean reveal) {
        SceneEdge edge = scene == null ? null : next.in(scene);
        if (edge == null) {
            return false;
        }
        showLink(edge);
        if (reveal) {
            reveal(ScenePainter.extent(edge));
        }
        return true;
    }

    /** Selects the edge's link instead of anything else; false when it was selected already. */
    private boolean showLink(SceneEdge edge) {
        Link next = Link.of(edge);
        if (next.equals(link)) {
            return false;
        }
        selection.clear();
        link = next;
        linkEdge = edge;
        canvas.redraw();
        return true;
    }

    private void select(Set<EObject> elements) {
        if (!elements.equals(selection) || link != null) {
            link = null;
            linkEdge = null;
            selection.clear();
            selection.addAll(elements);
            canvas.redraw();
            host.selectionChanged();
        }
    }

    private void selectLink(SceneEdge edge) {
        if (showLink(edge)) {
            host.selectionChanged();
        }
    }

    /** Scrolls so that a diagram area is in view. */
    public void reveal(Bounds b) {
        Rectangle c = canvas.getClientArea();
        Rectangle r = toScreen(b);
        int nx = ox;
        int ny = oy;
        if (r.x < 0 || r.x + r.width > c.width) {
            nx = ox + r.x - Math.max(0, (c.width - r.width) / 2);
        }
        if (r.y < 0 || r.y + r.height > c.height) {
            ny = oy + r.y - Math.max(0, (c.height - r.height) / 2);
        }
        if (nx != ox || ny != oy) {
            scrollTo(nx, ny);
        }
    }

    /** The topmost node at a canvas point, or null. */
    public SceneNode nodeAt(int x, int y) {
        return scene == null ? null : Creation.nodeAt(scene, diagramX(x), diagramY(y));
    }

    /** The edge whose route or label is at a canvas point (within {@link #LINK_TOLERANCE}), or null. */
    public SceneEdge edgeAt(int x, int y) {
        return scene == null ? null : Link.edgeAt(scene, diagramX(x), diagramY(y), LINK_TOLERANCE / zoom);
    }

    private int handleAt(int x, int y) {
        if (selection.size() != 1) {
            return -1;
        }
        SceneNode n = scene.node(selection.iterator().next());
        Rectangle[] hs = handles(toScreen(n.bounds()));
        for (int i = 0; i < hs.length; i++) {
            Rectangle h = hs[i];
            if (x >= h.x - 2 && x <= h.x + h.width + 2 && y >= h.y - 2 && y <= h.y + h.height + 2) {
                return i;
            }
        }
        return -1;
    }

    // ---- mouse

    private void mouseDown(Event e) {
        canvas.setFocus();
        // no tooltip over what is being dragged; hovering shows it again
        canvas.setToolTipText(null);
        hovered = null;
        if (scene == null) {
            return;
        }
        pressX = e.x;
        pressY = e.y;
        if (e.button == 2 || (e.button == 1 && spaceHeld)) {
            drag = Drag.PAN;
            return;
        }
        if (e.button != 1) {
            // the context menu acts on what is under the pointer
            SceneNode n = nodeAt(e.x, e.y);
            SceneEdge edge = n == null ? edgeAt(e.x, e.y) : null;
            if (n != null && !selection.contains(n.element())) {
                select(Set.of(n.element()));
            } else if (edge != null) {
                selectLink(edge);
            }
            return;
        }
        handle = handleAt(e.x, e.y);
        if (handle >= 0) {
            drag = Drag.RESIZE;
            rememberStart();
            return;
        }
        SceneNode n = nodeAt(e.x, e.y);
        boolean toggle = (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
        SceneEdge edge = n == null ? edgeAt(e.x, e.y) : null;
        if (edge != null) {
            selectLink(edge);
            return;
        }
        if (n == null) {
            if (!toggle) {
                select(Set.of());
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
        select(next);
        if (selection.contains(n.element())) {
            drag = Drag.PRESS;
            rememberStart();
        }
    }

    private void rememberStart() {
        dragStart.clear();
        for (EObject e : selection) {
            dragStart.put(e, scene.node(e).bounds());
        }
    }

    private void mouseMove(Event e) {
        switch (drag) {
            case NONE -> hover(e);
            case PAN -> {
                int dx = e.x - pressX;
                int dy = e.y - pressY;
                pressX = e.x;
                pressY = e.y;
                scrollTo(ox - dx, oy - dy);
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
        redraw(host.preview(bounds));
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
                Bounds area = new Bounds(diagramX(m.x), diagramY(m.y), m.width / zoom, m.height / zoom);
                Set<EObject> next = new LinkedHashSet<>((e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0
                        ? selection : Set.of());
                for (SceneNode n : scene.nodes()) {
                    if (area.contains(n.bounds())) {
                        next.add(n.element());
                    }
                }
                canvas.redraw(m.x - 1, m.y - 1, m.width + 3, m.height + 3, false);
                select(next);
            }
            default -> {
            }
        }
    }

    private void hover(Event e) {
        SceneNode n = nodeAt(e.x, e.y);
        SceneEdge edge = n == null ? edgeAt(e.x, e.y) : null;
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
        if (scene == null || nodeAt(e.x, e.y) != null) {
            return;
        }
        double dx = diagramX(e.x);
        double dy = diagramY(e.y);
        for (SceneContainer c : scene.containers()) {
            Bounds b = c.bounds();
            if (c.kind() == SceneContainer.Kind.REGION && dx >= b.x() && dx <= b.maxX() && dy >= b.y()
                    && dy <= b.y() + DiagramLayout.REGION_HEADER) {
                host.toggleCollapsed(c.region());
                return;
            }
        }
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            setZoom(zoom * (e.count > 0 ? 1.1 : 1 / 1.1), e.x, e.y);
        }
    }

    // ---- keys

    private void keyDown(Event e) {
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        if (e.character == ' ') {
            spaceHeld = true;
            return;
        }
        if (ctrl && (e.character == '=' || e.character == '+' || e.keyCode == SWT.KEYPAD_ADD)) {
            setZoom(zoom * 1.25);
        } else if (ctrl && (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT)) {
            setZoom(zoom / 1.25);
        } else if (ctrl && e.character == '0') {
            setZoom(1);
        } else if (ctrl && (e.keyCode == 'a' || e.character == 1)) {
            Set<EObject> all = new LinkedHashSet<>();
            scene.nodes().forEach(n -> all.add(n.element()));
            select(all);
        } else if (e.keyCode == SWT.ESC) {
            select(Set.of());
        } else if (isArrow(e.keyCode) && !selection.isEmpty()) {
            double step = ctrl ? 1 : 8;
            double dx = e.keyCode == SWT.ARROW_LEFT ? -step : e.keyCode == SWT.ARROW_RIGHT ? step : 0;
            double dy = e.keyCode == SWT.ARROW_UP ? -step : e.keyCode == SWT.ARROW_DOWN ? step : 0;
            Map<EObject, Bounds> next = new LinkedHashMap<>();
            for (EObject el : selection) {
                Bounds b = scene.node(el).bounds();
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

    /** The selected nodes of the current scene. */
    public List<SceneNode> selectedNodes() {
        List<SceneNode> nodes = new ArrayList<>();
        for (EObject e : selection) {
            SceneNode n = scene.node(e);
            if (n != null) {
                nodes.add(n);
            }
        }
        return nodes;
    }

    public SwtResources getResources() {
        return resources;
    }
}

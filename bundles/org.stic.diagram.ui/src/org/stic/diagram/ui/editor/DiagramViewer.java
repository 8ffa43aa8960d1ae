package org.stic.diagram.ui.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Region;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.NodeType;
import org.stic.diagram.Creation;
import org.stic.diagram.Link;
import org.stic.diagram.render.ScenePainter;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Point;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.swt.SwtResources;
import org.stic.diagram.ui.swt.SwtSurface;

/**
 * The diagram canvas: paints a scene through the engine's painter on an SWT back end, with zoom and scrolling, and
 * keeps the selection: either nodes or one link. Mouse and key events go to the palette's {@link Tool} first, then to
 * the {@link SelectionTool} (select, marquee, move, resize, pan). It owns no model: what the user does goes to its
 * {@link Host}, which changes the diagram state and tells the viewer what to repaint.
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

        /** Collapses a block of the canvas to its title, or restores it. */
        void toggleCollapsed(NodeType block);

        void zoomChanged();
    }

    /** Takes the canvas's mouse and key events before the selection tool does: the palette's tools, direct edit. */
    public interface Tool {
        /** @return true when the tool used the event, which the selection tool then does not see */
        boolean handle(Event e);

        /** Paints the tool's feedback over the diagram, in canvas pixels. */
        void paint(GC gc);
    }

    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4;
    private static final int HANDLE = 7;
    private static final int SELECTION = 0x1565C0;
    private static final int HIGHLIGHT = 0xFFD600;
    private static final int HIGHLIGHT_CURRENT = 0xFF6D00;
    private static final int MARGIN = 8;
    /** Above this many separate areas to repaint, the whole canvas is painted once instead. */
    private static final int MAX_AREAS = 256;
    /** Areas covering more than this share of the canvas (overlaps counted twice) are painted as the whole canvas. */
    private static final double MAX_COVER = 0.5;
    /** How near a link's route a click selects it, in canvas pixels whatever the zoom. */
    public static final int LINK_TOLERANCE = 4;

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
    /** Zoomed to fit, and kept so when the window is resized until the user picks another zoom. */
    private boolean fitting;
    private Tool tool;
    private final SelectionTool selectionTool;
    /**
     * The diagram as last painted (without selection, Find's highlights and tool feedback), the canvas's size: a paint
     * copies from it, and only what changed in the scene is painted into it again, so that a what-if step or a
     * selection costs the areas that changed, not the whole diagram.
     */
    private Image buffer;
    /** The whole buffer is to be painted again (another scene, zoom, scroll position or canvas size). */
    private boolean bufferStale = true;
    /** Areas of the buffer (canvas pixels) where the scene changed since it was painted. */
    private final List<Rectangle> staleAreas = new ArrayList<>();
    private List<Rectangle> lastPainted = List.of();
    /** What Find matched, and the match shown (drawn stronger). */
    private List<EObject> highlighted = List.of();
    private EObject highlightedCurrent;

    public DiagramViewer(Composite parent, Host host) {
        this.host = host;
        canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
        resources = new SwtResources(canvas.getDisplay());
        canvas.addListener(SWT.Paint, this::paintEvent);
        canvas.addListener(SWT.Resize, e -> {
            if (fitting) {
                fit();
            } else {
                updateScrollBars();
            }
        });
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrollTo(canvas.getHorizontalBar().getSelection(), oy));
        canvas.getVerticalBar().addListener(SWT.Selection, e -> scrollTo(ox, canvas.getVerticalBar().getSelection()));
        selectionTool = new SelectionTool(this, host);
        Listener toolsInTurn = e -> {
            if (tool == null || !tool.handle(e)) {
                selectionTool.handle(e);
            }
        };
        for (int type : new int[] { SWT.MouseDown, SWT.MouseMove, SWT.MouseUp, SWT.MouseDoubleClick, SWT.KeyDown }) {
            canvas.addListener(type, toolsInTurn);
        }
        // zooming by the wheel and releasing Space are the selection tool's whatever tool is in use
        canvas.addListener(SWT.MouseVerticalWheel, selectionTool::handle);
        canvas.addListener(SWT.KeyUp, selectionTool::handle);
        canvas.addListener(SWT.Dispose, e -> {
            resources.dispose();
            if (buffer != null) {
                buffer.dispose();
            }
        });
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
        setScene(newScene, null);
    }

    /**
     * Shows a new scene that is drawn differently from the one shown only in the areas {@code damage} (diagram
     * coordinates, {@link org.stic.diagram.render.SceneDamage}), which alone are painted again; null: everywhere.
     */
    public void setScene(Scene newScene, List<Bounds> damage) {
        scene = newScene;
        boolean selectionKept = !selection.removeIf(e -> scene.node(e) == null);
        SceneEdge edgeBefore = linkEdge;
        linkEdge = link == null ? null : link.in(scene);
        if (linkEdge == null) {
            link = null;
        }
        updateScrollBars();
        if (damage == null) {
            repaintAll();
        } else {
            redraw(damage);
            if (!selectionKept || edgeBefore != null && linkEdge == null) {
                canvas.redraw(); // a selection that went (a deleted element or link) is erased: from the buffer
            }
        }
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
        repaintAll();
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
        repaintAll();
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
        repaintAll();
    }

    /** Paints the whole diagram again (another scene, zoom or scroll position; or a test's full repaint). */
    public void repaintAll() {
        bufferStale = true;
        staleAreas.clear();
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
        Rectangle area = new Rectangle(r.x - pad, r.y - pad, r.width + 2 * pad, r.height + 2 * pad);
        staleAreas.add(area);
        canvas.redraw(area.x, area.y, area.width, area.height, false);
    }

    /**
     * Repaints the canvas where these diagram areas are, and nowhere else: the areas in view are taken to canvas
     * pixels, and the next paint draws all of them in one pass clipped to them, so that scattered changes (the nodes
     * a what-if step turns red) cost what is in them rather than the rectangle around all of them. Many areas, or
     * areas covering most of the canvas, are painted as one whole canvas.
     */
    public void redraw(List<Bounds> damage) {
        Rectangle client = canvas.getClientArea();
        List<Rectangle> areas = new ArrayList<>(staleAreas);
        for (Bounds b : damage) {
            Rectangle r = toScreen(b);
            // a pixel more each side: anti-aliased borders round outwards
            r = new Rectangle(r.x - 1, r.y - 1, r.width + 2, r.height + 2).intersection(client);
            if (!r.isEmpty()) {
                areas.add(r);
            }
        }
        long painted = 0;
        for (Rectangle r : areas) {
            painted += (long) r.width * r.height;
        }
        if (areas.size() > MAX_AREAS || painted > (long) client.width * client.height * MAX_COVER) {
            repaintAll();
            return;
        }
        staleAreas.clear();
        staleAreas.addAll(areas);
        for (Rectangle r : areas) {
            canvas.redraw(r.x, r.y, r.width, r.height, false);
        }
    }

    // ---- painting

    /**
     * Paints what the window system asks: first the buffer brought up to date (the whole of it, or only the areas where
     * the scene changed), then the asked rectangle copied from it, with the selection, Find's highlights and the tools'
     * feedback drawn over it.
     */
    private void paintEvent(Event e) {
        Rectangle client = canvas.getClientArea();
        if (buffer != null && !buffer.getBounds().equals(new Rectangle(0, 0, client.width, client.height))) {
            buffer.dispose();
            buffer = null;
        }
        if (buffer == null) {
            buffer = new Image(canvas.getDisplay(), Math.max(1, client.width), Math.max(1, client.height));
            bufferStale = true;
        }
        List<Rectangle> stale = bufferStale ? List.of(buffer.getBounds()) : List.copyOf(staleAreas);
        if (!stale.isEmpty()) {
            GC bufferGc = new GC(buffer);
            try {
                paintDiagram(bufferGc, stale);
            } finally {
                bufferGc.dispose();
            }
        }
        bufferStale = false;
        staleAreas.clear();
        lastPainted = stale;
        Rectangle asked = new Rectangle(e.x, e.y, e.width, e.height).intersection(buffer.getBounds());
        if (!asked.isEmpty()) {
            e.gc.drawImage(buffer, asked.x, asked.y, asked.width, asked.height, asked.x, asked.y, asked.width,
                    asked.height);
        }
        paintFeedback(e.gc, new Rectangle(e.x, e.y, e.width, e.height));
    }

    /**
     * The areas of the diagram the last paint drew again (canvas pixels; empty when it only copied what was drawn):
     * what a benchmark or test reads of how much was painted.
     */
    public List<Rectangle> lastPainted() {
        return lastPainted;
    }

    /** Paints the part {@code clip} (canvas pixels) of the diagram, then the selection on top. */
    public void paint(GC gc, Rectangle clip) {
        paintDiagram(gc, List.of(clip));
        paintFeedback(gc, clip);
    }

    /** The parts {@code areas} (canvas pixels) of the diagram alone, in one pass. */
    private void paintDiagram(GC gc, List<Rectangle> areas) {
        gc.setClipping((Rectangle) null);
        gc.setBackground(resources.color(0xFFFFFF));
        for (Rectangle r : areas) {
            gc.fillRectangle(r);
        }
        if (scene != null) {
            paintScene(gc, scene, resources, zoom, ox, oy, areas);
        }
    }

    /** What is drawn over the diagram in {@code clip}: Find's highlights, the selection and the tools' feedback. */
    private void paintFeedback(GC gc, Rectangle clip) {
        if (scene == null) {
            return;
        }
        gc.setClipping(clip);
        gc.setAntialias(SWT.OFF);
        gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes(1));
        paintHighlights(gc);
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
        selectionTool.paint(gc);
        if (tool != null) {
            tool.paint(gc);
        }
    }

    /** Find's matches: a yellow band around each, an orange one around the match shown. */
    private void paintHighlights(GC gc) {
        for (EObject e : highlighted) {
            SceneNode n = scene.node(e);
            if (n == null) {
                continue;
            }
            boolean current = e == highlightedCurrent;
            Rectangle r = toScreen(n.bounds());
            int w = current ? 5 : 4;
            gc.setLineWidth(w);
            gc.setForeground(resources.color(current ? HIGHLIGHT_CURRENT : HIGHLIGHT));
            gc.drawRectangle(r.x - w, r.y - w, r.width + 2 * w - 1, r.height + 2 * w - 1);
        }
        gc.setLineWidth(1);
    }

    /** Highlights Find's matches ({@code current} the one shown); an empty list removes the highlight. */
    public void setHighlighted(List<? extends EObject> matches, EObject current) {
        highlighted = List.copyOf(matches);
        highlightedCurrent = current;
        canvas.redraw();
    }

    /** Find's matches as highlighted. */
    public List<EObject> getHighlighted() {
        return highlighted;
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
        paintScene(gc, scene, resources, zoom, ox, oy, List.of(clip));
    }

    /** Paints a scene as above, in one pass clipped to several areas (canvas pixels): only what touches them. */
    public static void paintScene(GC gc, Scene scene, SwtResources resources, double zoom, int ox, int oy,
            List<Rectangle> areas) {
        Region region = new Region(gc.getDevice());
        Transform t = new Transform(gc.getDevice());
        try {
            List<Bounds> diagramAreas = new ArrayList<>(areas.size());
            for (Rectangle r : areas) {
                region.add(r);
                diagramAreas.add(new Bounds((r.x + ox) / zoom, (r.y + oy) / zoom, r.width / zoom, r.height / zoom));
            }
            gc.setClipping(region);
            t.translate(-ox, -oy);
            t.scale((float) zoom, (float) zoom);
            gc.setTransform(t);
            ScenePainter.paint(scene, new SwtSurface(gc, resources), diagramAreas);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // SWT painting does no I/O
        } finally {
            gc.setTransform(null);
            t.dispose();
            region.dispose();
        }
    }

    /** The resize handles around a selected node's rectangle, clockwise from the top-left corner. */
    static Rectangle[] handles(Rectangle r) {
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

    /** The selected elements as the selection tool changes them. */
    Set<EObject> selection() {
        return selection;
    }

    /** Selects nodes as the user did (the host hears of it). */
    void select(Set<EObject> elements) {
        if (!elements.equals(selection) || link != null) {
            link = null;
            linkEdge = null;
            selection.clear();
            selection.addAll(elements);
            canvas.redraw();
            host.selectionChanged();
        }
    }

    /** Selects a link as the user did (the host hears of it). */
    void selectLink(SceneEdge edge) {
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

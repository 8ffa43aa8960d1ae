package org.stic.diagram.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.stic.diagram.Messages;
import org.stic.model.edit.Language;
import org.stic.diagram.Decoration;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.scene.ArrowHead;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.EdgeStyle;
import org.stic.diagram.scene.NodeStyle;
import org.stic.diagram.scene.Overlay;
import org.stic.diagram.scene.Point;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.scene.ShapeKind;
import org.stic.diagram.scene.Styles;

/**
 * Draws a laid-out scene on any {@link DrawingSurface}: title, regions, groups, edges, nodes, edge labels and
 * decoration badges, in that order so that nodes cover edges and badges cover everything.
 */
public final class ScenePainter {

    static final double BADGE_RADIUS = 8;
    static final double ARROW_LENGTH = 9;
    private static final double ARROW_HALF_WIDTH = 4.5;
    /** What a shape may draw outside its bounds: half a thick border, an arrow head's width, a badge's rim. */
    static final double OVERDRAW = 8;
    private static final double LEGEND_SWATCH = 18;
    static final double LEGEND_ROW = 17;
    /** Where the first legend row starts in the title band. */
    static final double LEGEND_TOP = 6;

    private ScenePainter() {
    }

    public static void paint(Scene scene, DrawingSurface s) throws IOException {
        paint(scene, s, null);
    }

    /**
     * Paints only what touches {@code clip} (null: everything), so that an editor repaints a damaged area in time
     * proportional to what is in it rather than to the whole diagram.
     */
    public static void paint(Scene scene, DrawingSurface s, Bounds clip) throws IOException {
        s.begin(scene.width(), scene.height());
        Bounds background = clip == null ? new Bounds(0, 0, scene.width(), scene.height()) : clip;
        s.shape(new Rectangle2D.Double(background.x(), background.y(), background.width(), background.height()),
                Paint.fill(0xFFFFFF));
        if (visible(clip, new Bounds(0, 0, scene.width(), DiagramLayout.TITLE_BAND))) {
            s.text(scene.title(), 16, 28,
                    new TextStyle(SceneBuilder.TITLE_SIZE, true, Styles.TEXT, TextStyle.Align.LEFT));
        }
        for (SceneContainer c : scene.containers()) {
            if (visible(clip, c.bounds())) {
                container(s, c);
            }
        }
        for (SceneEdge e : scene.edges()) {
            if (visible(clip, extent(e))) {
                edge(s, e, scene.language(), mark(scene, e));
            }
        }
        for (SceneNode n : scene.nodes()) {
            if (visible(clip, n.bounds())) {
                node(s, n, scene.language(), mark(scene, n), labelLineHeight(scene));
            }
        }
        TextStyle labelStyle = new TextStyle(SceneBuilder.EDGE_LABEL_SIZE, false, Styles.MUTED_TEXT,
                TextStyle.Align.CENTER);
        for (SceneEdge e : scene.edges()) {
            Bounds l = e.labelBounds();
            if (l != null && !e.route().isEmpty() && visible(clip, l)) {
                s.shape(new Rectangle2D.Double(l.x(), l.y(), l.width(), l.height()), Paint.fill(0xFFFFFF));
                s.text(e.label(), l.centerX(), l.y() + DiagramFonts.baselineOffset(SceneBuilder.EDGE_LABEL_SIZE),
                        labelStyle);
            }
        }
        for (SceneNode n : scene.nodes()) {
            if (!n.decorations().isEmpty() && visible(clip, n.bounds())) {
                badge(s, n.id(), ref(n.element()), n.decorations(), badgeCentre(n), scene.language());
            }
        }
        for (SceneEdge e : scene.edges()) {
            if (!e.decorations().isEmpty() && !e.route().isEmpty()) {
                Point c = badgeCentre(e);
                if (visible(clip, new Bounds(c.x() - BADGE_RADIUS, c.y() - BADGE_RADIUS, 2 * BADGE_RADIUS,
                        2 * BADGE_RADIUS))) {
                    badge(s, e.id(), ref(e.element()), e.decorations(), c, scene.language());
                }
            }
        }
        legends(s, scene, clip);
        s.end();
    }

    /** Size of the warning badge's mark, the smallest text of a badge. */
    private static final float WARNING_MARK_SIZE = 10f;

    /**
     * The size of the smallest text this scene draws (points at scale 1): what decides how far a printed page may
     * shrink it (edge labels, then badge marks, then node labels and group titles).
     */
    public static float smallestText(Scene scene) {
        float smallest = SceneBuilder.TITLE_SIZE;
        if (!scene.nodes().isEmpty() || scene.containers().stream().anyMatch(c -> c.kind() == SceneContainer.Kind.GROUP)) {
            smallest = Math.min(SceneBuilder.LABEL_SIZE, SceneBuilder.GROUP_TITLE_SIZE);
        } else if (!scene.containers().isEmpty()) {
            smallest = SceneBuilder.REGION_TITLE_SIZE;
        }
        boolean badges = scene.nodes().stream().anyMatch(n -> !n.decorations().isEmpty())
                || scene.edges().stream().anyMatch(e -> !e.decorations().isEmpty());
        if (badges) {
            smallest = Math.min(smallest, WARNING_MARK_SIZE);
        }
        if (scene.overlays().stream().anyMatch(o -> !o.legend(scene.language()).isEmpty())) {
            smallest = Math.min(smallest, SceneBuilder.EDGE_LABEL_SIZE + 1); // the legends' text
        }
        if (scene.edges().stream().anyMatch(e -> e.labelBounds() != null && e.label() != null && !e.label().isEmpty())) {
            smallest = Math.min(smallest, SceneBuilder.EDGE_LABEL_SIZE);
        }
        return smallest;
    }

    /** The first overlay's mark of a node, or null. */
    private static Overlay.Mark mark(Scene scene, SceneNode n) {
        return mark(scene.overlays(), n);
    }

    static Overlay.Mark mark(List<Overlay> overlays, SceneNode n) {
        for (Overlay o : overlays) {
            Overlay.Mark m = o.node(n);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static Overlay.Mark mark(Scene scene, SceneEdge e) {
        return mark(scene.overlays(), e);
    }

    static Overlay.Mark mark(List<Overlay> overlays, SceneEdge e) {
        for (Overlay o : overlays) {
            Overlay.Mark m = o.edge(e);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Each overlay's legend on a row of its own in the title band, right-aligned. */
    private static void legends(DrawingSurface s, Scene scene, Bounds clip) {
        float size = SceneBuilder.EDGE_LABEL_SIZE + 1;
        double y = LEGEND_TOP;
        int row = 0;
        for (Overlay o : scene.overlays()) {
            List<Overlay.LegendEntry> entries = o.legend(scene.language());
            if (entries.isEmpty()) {
                continue;
            }
            double width = 0;
            for (Overlay.LegendEntry entry : entries) {
                width += LEGEND_SWATCH + 4 + DiagramFonts.width(entry.text(), false, size) + 14;
            }
            double x = Math.max(16, scene.width() - width - 24);
            if (visible(clip, new Bounds(x, y, width, LEGEND_ROW))) {
                s.beginElement("legend-" + row, "legend", null, null);
                for (Overlay.LegendEntry entry : entries) {
                    Overlay.Mark m = entry.swatch();
                    s.shape(new Rectangle2D.Double(x, y + 3, LEGEND_SWATCH, LEGEND_ROW - 6),
                            new Paint(m.fill(), m.stroke(), Math.min(2, m.width()), m.dash()));
                    x += LEGEND_SWATCH + 4;
                    s.text(entry.text(), x, y + LEGEND_ROW - 5,
                            new TextStyle(size, false, Styles.TEXT, TextStyle.Align.LEFT));
                    x += DiagramFonts.width(entry.text(), false, size) + 14;
                }
                s.endElement();
            }
            y += LEGEND_ROW;
            row++;
        }
    }

    private static boolean visible(Bounds clip, Bounds b) {
        return clip == null || clip.overlaps(b.grow(OVERDRAW, OVERDRAW, OVERDRAW, OVERDRAW));
    }

    /** The area an edge's line, end markers and label cover. */
    public static Bounds extent(SceneEdge e) {
        List<Point> r = e.route();
        if (r.isEmpty()) {
            return new Bounds(0, 0, 0, 0);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : r) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        Bounds b = new Bounds(minX, minY, maxX - minX, maxY - minY);
        return e.labelBounds() == null ? b : b.union(e.labelBounds());
    }

    /** Where a node's decoration badge is drawn: on its top-right corner, inside the node's bounds. */
    public static Point badgeCentre(SceneNode n) {
        Bounds b = n.bounds();
        return new Point(b.maxX() - BADGE_RADIUS - 1, b.y() + BADGE_RADIUS + 1);
    }

    /** Where an edge's decoration badge is drawn: at its label, or half-way along its route. */
    public static Point badgeCentre(SceneEdge e) {
        if (e.labelBounds() != null) {
            return new Point(e.labelBounds().maxX() + BADGE_RADIUS, e.labelBounds().centerY());
        }
        List<Point> r = e.route();
        Point a = r.get(Math.max(0, r.size() / 2 - 1));
        Point b = r.get(r.size() / 2);
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    private static void container(DrawingSurface s, SceneContainer c) {
        Bounds b = c.bounds();
        s.beginElement(c.id(), c.kind() == SceneContainer.Kind.REGION ? "region" : "group", null, c.label());
        if (c.kind() == SceneContainer.Kind.REGION) {
            s.shape(new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 14, 14),
                    new Paint(0xF4F5F7, 0x8A8F98, 1.4, null));
            s.text(c.label(), b.x() + 14, b.y() + 23,
                    new TextStyle(SceneBuilder.REGION_TITLE_SIZE, true, Styles.TEXT, TextStyle.Align.LEFT));
        } else {
            s.shape(new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height()),
                    new Paint(0xFFFFFF, 0xA7ABB3, 1.0, new float[] { 4f, 3f }));
            s.text(c.label(), b.x() + 10, b.y() + 16,
                    new TextStyle(SceneBuilder.GROUP_TITLE_SIZE, true, Styles.MUTED_TEXT, TextStyle.Align.LEFT));
        }
        s.endElement();
    }

    /** The distance between a node's label lines: closer on the canvas's cards (a sheet meant for one page). */
    private static double labelLineHeight(Scene scene) {
        return scene.view() == View.CANVAS ? SceneBuilder.CARD_LINE_HEIGHT : DiagramFonts.lineHeight(SceneBuilder.LABEL_SIZE);
    }

    private static void node(DrawingSurface s, SceneNode n, Language language, Overlay.Mark mark, double lh) {
        Bounds b = n.bounds();
        NodeStyle style = n.style();
        s.beginElement(n.id(), "node " + cssName(n.type().name()) + (mark == null ? "" : " " + mark.cssClass()),
                ref(n.element()), tooltip(n.label(), n.decorations(), language));
        Paint paint = mark == null ? new Paint(style.fill(), style.border(), style.borderWidth(), style.dash())
                : new Paint(mark.fill(), mark.stroke(), mark.width(), mark.dash() != null ? mark.dash() : style.dash());
        s.shape(outline(style.shape(), b), paint);
        if (style.shape() == ShapeKind.NOTE) {
            Path2D fold = new Path2D.Double();
            fold.moveTo(b.maxX() - 12, b.y());
            fold.lineTo(b.maxX() - 12, b.y() + 12);
            fold.lineTo(b.maxX(), b.y() + 12);
            s.shape(fold, Paint.stroke(style.border(), 1.0, null));
        } else if (style.shape() == ShapeKind.DOUBLE_RECTANGLE) {
            s.shape(new Rectangle2D.Double(b.x() + 3, b.y() + 3, b.width() - 6, b.height() - 6),
                    Paint.stroke(style.border(), 0.8, null));
        }
        double inset = style.shape().textInset();
        double left = b.x() + inset;
        double textLeft = left;
        double textWidth = b.width() - 2 * inset;
        var icon = Icons.get(style.iconName());
        if (icon.isPresent()) {
            s.image(icon.get(), left, b.centerY() - SceneBuilder.ICON_SIZE / 2, SceneBuilder.ICON_SIZE,
                    SceneBuilder.ICON_SIZE);
            textLeft += SceneBuilder.ICON_SIZE + SceneBuilder.ICON_GAP;
            textWidth -= SceneBuilder.ICON_SIZE + SceneBuilder.ICON_GAP;
        }
        double top = b.centerY() - n.lines().size() * lh / 2;
        // the baseline in the middle of the line box, as DiagramFonts.baselineOffset puts it
        double baseline = SceneBuilder.LABEL_SIZE * 0.93 + (lh - SceneBuilder.LABEL_SIZE * 1.164) / 2;
        double cx = textLeft + textWidth / 2;
        TextStyle label = new TextStyle(SceneBuilder.LABEL_SIZE, false, mark == null ? Styles.TEXT : mark.text(),
                TextStyle.Align.CENTER);
        for (int i = 0; i < n.lines().size(); i++) {
            s.text(n.lines().get(i), cx, top + i * lh + baseline, label);
        }
        s.endElement();
    }

    /** The outline of a node shape inside its bounds. */
    public static Shape outline(ShapeKind shape, Bounds b) {
        double x = b.x();
        double y = b.y();
        double w = b.width();
        double h = b.height();
        double mx = b.maxX();
        double my = b.maxY();
        double cy = b.centerY();
        return switch (shape) {
            case RECTANGLE, DOUBLE_RECTANGLE -> new Rectangle2D.Double(x, y, w, h);
            case ROUNDED -> new RoundRectangle2D.Double(x, y, w, h, 16, 16);
            case STADIUM -> new RoundRectangle2D.Double(x, y, w, h, h, h);
            case ELLIPSE -> new Ellipse2D.Double(x, y, w, h);
            case HEXAGON -> polygon(x + 12, y, mx - 12, y, mx, cy, mx - 12, my, x + 12, my, x, cy);
            case NOTE -> polygon(x, y, mx - 12, y, mx, y + 12, mx, my, x, my);
            case OCTAGON -> polygon(x + 9, y, mx - 9, y, mx, y + 9, mx, my - 9, mx - 9, my, x + 9, my, x, my - 9, x,
                    y + 9);
            case CHEVRON -> polygon(x, y, mx - 14, y, mx, cy, mx - 14, my, x, my);
            case PARALLELOGRAM -> polygon(x + 12, y, mx, y, mx - 12, my, x, my);
            case TRAPEZOID -> polygon(x, y, mx, y, mx - 14, my, x + 14, my);
        };
    }

    private static Path2D polygon(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    private static void edge(DrawingSurface s, SceneEdge e, Language language, Overlay.Mark mark) {
        List<Point> r = e.route();
        if (r.size() < 2) {
            return;
        }
        EdgeStyle own = e.style();
        // an overlay recolours the line and changes its width; the dash and end markers keep the link's meaning
        EdgeStyle style = mark == null ? own : new EdgeStyle(mark.stroke(), mark.width(), own.dash(), own.sourceEnd(),
                own.targetEnd());
        s.beginElement(e.id(), "edge " + e.type().id() + (mark == null ? "" : " " + mark.cssClass()), ref(e.element()), tooltip(e.source().label() + " \u2192 "
                + e.target().label() + (e.label().isEmpty() ? "" : " (" + e.label() + ")"), e.decorations(), language));
        Path2D line = new Path2D.Double();
        line.moveTo(r.get(0).x(), r.get(0).y());
        for (int i = 1; i < r.size(); i++) {
            line.lineTo(r.get(i).x(), r.get(i).y());
        }
        s.shape(line, Paint.stroke(style.color(), style.width(), style.dash()));
        end(s, style.targetEnd(), r.get(r.size() - 2), r.get(r.size() - 1), style);
        end(s, style.sourceEnd(), r.get(1), r.get(0), style);
        s.endElement();
    }

    /** Draws an end marker whose tip is at {@code tip}, pointing away from {@code from}. */
    private static void end(DrawingSurface s, ArrowHead head, Point from, Point tip, EdgeStyle style) {
        if (head == ArrowHead.NONE) {
            return;
        }
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double length = head == ArrowHead.DIAMOND ? 2 * ARROW_LENGTH : ARROW_LENGTH;
        double bx = tip.x() - ux * length;
        double by = tip.y() - uy * length;
        double hw = ARROW_HALF_WIDTH + style.width() / 2;
        double px = -uy * hw;
        double py = ux * hw;
        switch (head) {
            case FILLED -> s.shape(polygon(tip.x(), tip.y(), bx + px, by + py, bx - px, by - py),
                    new Paint(style.color(), style.color(), 1.0, null));
            case OPEN -> {
                Path2D v = new Path2D.Double();
                v.moveTo(bx + px, by + py);
                v.lineTo(tip.x(), tip.y());
                v.lineTo(bx - px, by - py);
                s.shape(v, Paint.stroke(style.color(), Math.max(1.2, style.width()), null));
            }
            case DIAMOND -> {
                double mx = tip.x() - ux * length / 2;
                double my = tip.y() - uy * length / 2;
                s.shape(polygon(tip.x(), tip.y(), mx + px, my + py, bx, by, mx - px, my - py),
                        new Paint(style.color(), style.color(), 1.0, null));
            }
            default -> {
            }
        }
    }

    private static void badge(DrawingSurface s, String ownerId, String elementRef, List<Decoration> decorations,
            Point c, Language language) {
        Decoration worst = decorations.get(0);
        for (Decoration d : decorations) {
            if (d.rank() > worst.rank()) {
                worst = d;
            }
        }
        s.beginElement(ownerId + "-badge", "decoration " + worst.severity(), elementRef, tooltip(null, decorations, language));
        double r = BADGE_RADIUS;
        TextStyle mark = new TextStyle(11f, true, 0xFFFFFF, TextStyle.Align.CENTER);
        switch (worst.severity()) {
            case "error" -> {
                s.shape(new Ellipse2D.Double(c.x() - r, c.y() - r, 2 * r, 2 * r),
                        new Paint(Styles.ERROR, 0xFFFFFF, 1.2, null));
                s.text("!", c.x(), c.y() + 4, mark);
            }
            case "warning" -> {
                s.shape(polygon(c.x(), c.y() - r - 1, c.x() + r + 1, c.y() + r - 1, c.x() - r - 1, c.y() + r - 1),
                        new Paint(Styles.WARNING, 0x5D4300, 1.0, null));
                s.text("!", c.x(), c.y() + 5, new TextStyle(WARNING_MARK_SIZE, true, 0x1A1A1A, TextStyle.Align.CENTER));
            }
            default -> {
                s.shape(new Ellipse2D.Double(c.x() - r, c.y() - r, 2 * r, 2 * r),
                        new Paint(Styles.INFO, 0xFFFFFF, 1.2, null));
                s.text("i", c.x(), c.y() + 4, mark);
            }
        }
        s.endElement();
    }

    private static String tooltip(String label, List<Decoration> decorations, Language language) {
        StringBuilder sb = new StringBuilder(label == null ? "" : label);
        for (Decoration d : decorations) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(Messages.get(language, "severity." + d.severity().toLowerCase(Locale.ROOT))).append(' ').append(d.ruleId() == null ? "" : d.ruleId())
                    .append(": ").append(DiagramFonts.displayable(d.message()));
        }
        return sb.toString();
    }

    /** The element's URI fragment inside its resource (its id), so that exported files point back into the model. */
    private static String ref(EObject element) {
        Resource r = element.eResource();
        return r == null ? null : r.getURIFragment(element);
    }

    private static String cssName(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package org.stic.diagram.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.stic.diagram.DiagramLayout;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.EdgeStyle;
import org.stic.diagram.scene.NodeStyle;
import org.stic.diagram.scene.Overlay;
import org.stic.diagram.scene.Point;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;

/**
 * Where two pictures of one diagram differ, so that an editor repaints only there: the nodes and links drawn
 * differently (another overlay colour, badge, label or style) and the legends when they changed. Areas are in
 * diagram coordinates and hold all that {@link ScenePainter} draws of those items (thick borders, arrow heads,
 * badges), so that painting the new picture there, over the old one, gives the pixels a full repaint gives. A link's
 * area is its route's segments one by one, not the rectangle around the whole route, which for a long link would
 * be most of the diagram.
 */
public final class SceneDamage {

    private SceneDamage() {
    }

    /** The areas where {@code scene} drawn with the overlays {@code after} differs from it with {@code before}. */
    public static List<Bounds> ofOverlays(Scene scene, List<Overlay> before, List<Overlay> after) {
        List<Bounds> damage = new ArrayList<>();
        for (SceneNode n : scene.nodes()) {
            if (!sameMark(ScenePainter.mark(before, n), ScenePainter.mark(after, n))) {
                damage.add(area(n));
            }
        }
        for (SceneEdge e : scene.edges()) {
            if (!sameMark(ScenePainter.mark(before, e), ScenePainter.mark(after, e))) {
                damage.addAll(area(e));
            }
        }
        legends(scene, before, after, damage);
        return damage;
    }

    /**
     * The areas where {@code after} is drawn differently from {@code before} (each with its own overlays), when both
     * place the same regions, groups, nodes and links in the same order at the same places; null when they do not
     * (another layout, an element more or less): then the whole diagram is to be painted again.
     */
    public static List<Bounds> between(Scene before, Scene after) {
        if (before.width() != after.width() || before.height() != after.height()
                || before.language() != after.language() || !sameContainers(before, after)
                || before.nodes().size() != after.nodes().size() || before.edges().size() != after.edges().size()) {
            return null;
        }
        List<Bounds> damage = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            damage.add(new Bounds(0, 0, after.width(), DiagramLayout.TITLE_BAND));
        }
        for (int i = 0; i < after.nodes().size(); i++) {
            SceneNode a = before.nodes().get(i);
            SceneNode b = after.nodes().get(i);
            if (!a.id().equals(b.id()) || !a.bounds().equals(b.bounds())) {
                return null;
            }
            if (a.type() != b.type() || !a.lines().equals(b.lines()) || !sameStyle(a.style(), b.style())
                    || !a.decorations().equals(b.decorations())
                    || !sameMark(ScenePainter.mark(before.overlays(), a), ScenePainter.mark(after.overlays(), b))) {
                damage.add(area(b));
            }
        }
        for (int i = 0; i < after.edges().size(); i++) {
            SceneEdge a = before.edges().get(i);
            SceneEdge b = after.edges().get(i);
            if (!a.id().equals(b.id()) || !a.route().equals(b.route())
                    || !Objects.equals(a.labelBounds(), b.labelBounds())) {
                return null;
            }
            if (a.type() != b.type() || !a.label().equals(b.label()) || !sameStyle(a.style(), b.style())
                    || !a.decorations().equals(b.decorations())
                    || !sameMark(ScenePainter.mark(before.overlays(), a), ScenePainter.mark(after.overlays(), b))) {
                damage.addAll(area(b));
            }
        }
        legends(after, before.overlays(), after.overlays(), damage);
        return damage;
    }

    private static boolean sameContainers(Scene before, Scene after) {
        if (before.containers().size() != after.containers().size()) {
            return false;
        }
        for (int i = 0; i < before.containers().size(); i++) {
            SceneContainer a = before.containers().get(i);
            SceneContainer b = after.containers().get(i);
            if (!a.id().equals(b.id()) || a.kind() != b.kind() || !a.label().equals(b.label())
                    || !a.bounds().equals(b.bounds()) || a.collapsed() != b.collapsed()) {
                return false;
            }
        }
        return true;
    }

    /** What the painter draws of a node: its shape with the thickest border, its label, icon and badge. */
    private static Bounds area(SceneNode n) {
        return grow(n.bounds(), ScenePainter.OVERDRAW);
    }

    /** What the painter draws of a link: each segment of its route, its end markers, its label and badge. */
    private static List<Bounds> area(SceneEdge e) {
        List<Bounds> areas = new ArrayList<>();
        List<Point> r = e.route();
        for (int i = 1; i < r.size(); i++) {
            Point a = r.get(i - 1);
            Point b = r.get(i);
            areas.add(grow(new Bounds(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()),
                    Math.abs(a.y() - b.y())), ScenePainter.OVERDRAW));
        }
        if (!r.isEmpty()) {
            // an end marker runs back from the tip along the last segment, which may be shorter than the marker
            double reach = 2 * ScenePainter.ARROW_LENGTH + ScenePainter.OVERDRAW;
            for (Point tip : List.of(r.get(0), r.get(r.size() - 1))) {
                areas.add(new Bounds(tip.x() - reach, tip.y() - reach, 2 * reach, 2 * reach));
            }
            if (!e.decorations().isEmpty()) {
                Point c = ScenePainter.badgeCentre(e);
                double reachBadge = ScenePainter.BADGE_RADIUS + ScenePainter.OVERDRAW;
                areas.add(new Bounds(c.x() - reachBadge, c.y() - reachBadge, 2 * reachBadge, 2 * reachBadge));
            }
        }
        if (e.labelBounds() != null) {
            areas.add(grow(e.labelBounds(), ScenePainter.OVERDRAW));
        }
        return areas;
    }

    /** The legends' rows across the title band when any legend differs. */
    private static void legends(Scene scene, List<Overlay> before, List<Overlay> after, List<Bounds> damage) {
        List<List<Overlay.LegendEntry>> a = legends(scene, before);
        List<List<Overlay.LegendEntry>> b = legends(scene, after);
        if (a.size() != b.size() || !sameLegends(a, b)) {
            int rows = Math.max(a.size(), b.size());
            damage.add(new Bounds(0, 0, scene.width(),
                    ScenePainter.LEGEND_TOP + rows * ScenePainter.LEGEND_ROW + ScenePainter.OVERDRAW));
        }
    }

    private static List<List<Overlay.LegendEntry>> legends(Scene scene, List<Overlay> overlays) {
        List<List<Overlay.LegendEntry>> rows = new ArrayList<>();
        for (Overlay o : overlays) {
            List<Overlay.LegendEntry> entries = o.legend(scene.language());
            if (!entries.isEmpty()) {
                rows.add(entries);
            }
        }
        return rows;
    }

    private static boolean sameLegends(List<List<Overlay.LegendEntry>> a, List<List<Overlay.LegendEntry>> b) {
        for (int row = 0; row < a.size(); row++) {
            if (a.get(row).size() != b.get(row).size()) {
                return false;
            }
            for (int i = 0; i < a.get(row).size(); i++) {
                Overlay.LegendEntry x = a.get(row).get(i);
                Overlay.LegendEntry y = b.get(row).get(i);
                if (!x.text().equals(y.text()) || !sameMark(x.swatch(), y.swatch())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Marks compared by what they draw (records compare their dash arrays by identity). */
    private static boolean sameMark(Overlay.Mark a, Overlay.Mark b) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && a.fill() == b.fill() && a.stroke() == b.stroke() && a.width() == b.width()
                && Arrays.equals(a.dash(), b.dash()) && a.text() == b.text();
    }

    private static boolean sameStyle(NodeStyle a, NodeStyle b) {
        return a.shape() == b.shape() && a.fill() == b.fill() && a.border() == b.border()
                && a.borderWidth() == b.borderWidth() && Arrays.equals(a.dash(), b.dash())
                && Objects.equals(a.iconName(), b.iconName());
    }

    private static boolean sameStyle(EdgeStyle a, EdgeStyle b) {
        return a.color() == b.color() && a.width() == b.width() && Arrays.equals(a.dash(), b.dash())
                && a.sourceEnd() == b.sourceEnd() && a.targetEnd() == b.targetEnd();
    }

    private static Bounds grow(Bounds b, double by) {
        return b.grow(by, by, by, by);
    }
}

package org.stic.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Point;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;

/**
 * Orthogonal routes for the edges at nodes placed by hand, where ELK's routes no longer fit: from a side of the source
 * to the facing side of the target with one run across the gap between them. Edges meeting on one side of a node get
 * ports of their own along it (ordered by where their other end is, so they do not cross there), and runs across the
 * same gap are set apart, so that a diagram built on the canvas shows every edge as a line of its own.
 */
final class ManualRoutes {

    private static final double PORT_GAP = 10;
    private static final double PORT_INSET = 6;
    private static final double RUN_GAP = 8;

    private enum Side {
        LEFT, RIGHT, TOP, BOTTOM;

        boolean vertical() {
            return this == LEFT || this == RIGHT;
        }
    }

    /** One edge's sides and, once chosen, its ports (along the sides) and its run across the gap. */
    private static final class Plan {
        final SceneEdge edge;
        final Side from;
        final Side to;
        double sourcePort;
        double targetPort;
        double run;

        Plan(SceneEdge edge, Side from, Side to) {
            this.edge = edge;
            this.from = from;
            this.to = to;
        }

        /** Where the run goes without company: half-way across the gap. */
        double gapMiddle() {
            return (side(edge.source().bounds(), from) + side(edge.target().bounds(), to)) / 2;
        }
    }

    private ManualRoutes() {
    }

    /** The routes of the given edges, in diagram coordinates from source to target. */
    static Map<SceneEdge, List<Point>> route(List<SceneEdge> edges) {
        List<Plan> plans = new ArrayList<>();
        for (SceneEdge e : edges) {
            plans.add(plan(e));
        }
        ports(plans);
        runs(plans);
        Map<SceneEdge, List<Point>> routes = new LinkedHashMap<>();
        for (Plan p : plans) {
            Bounds s = p.edge.source().bounds();
            Bounds t = p.edge.target().bounds();
            double a = side(s, p.from);
            double b = side(t, p.to);
            routes.put(p.edge, p.from.vertical()
                    ? List.of(new Point(a, p.sourcePort), new Point(p.run, p.sourcePort), new Point(p.run, p.targetPort),
                            new Point(b, p.targetPort))
                    : List.of(new Point(p.sourcePort, a), new Point(p.sourcePort, p.run), new Point(p.targetPort, p.run),
                            new Point(p.targetPort, b)));
        }
        return routes;
    }

    /** Right side of the source to the left side of the target (or the reverse); else bottom to top or top to bottom. */
    private static Plan plan(SceneEdge e) {
        Bounds s = e.source().bounds();
        Bounds t = e.target().bounds();
        if (t.x() >= s.maxX()) {
            return new Plan(e, Side.RIGHT, Side.LEFT);
        }
        if (s.x() >= t.maxX()) {
            return new Plan(e, Side.LEFT, Side.RIGHT);
        }
        return t.y() >= s.maxY() ? new Plan(e, Side.BOTTOM, Side.TOP) : new Plan(e, Side.TOP, Side.BOTTOM);
    }

    /** Spreads the ends meeting on each side of each node along that side, centred on it. */
    private static void ports(List<Plan> plans) {
        Map<SceneNode, Map<Side, List<Plan>>> bySide = new IdentityHashMap<>();
        for (Plan p : plans) {
            bySide.computeIfAbsent(p.edge.source(), n -> new EnumMap<>(Side.class))
                    .computeIfAbsent(p.from, s -> new ArrayList<>()).add(p);
            bySide.computeIfAbsent(p.edge.target(), n -> new EnumMap<>(Side.class))
                    .computeIfAbsent(p.to, s -> new ArrayList<>()).add(p);
        }
        bySide.forEach((node, sides) -> sides.forEach((side, list) -> {
            Bounds b = node.bounds();
            list.sort(Comparator.comparingDouble(p -> along(other(p, node).bounds(), side)));
            double lo = (side.vertical() ? b.y() : b.x()) + PORT_INSET;
            double hi = (side.vertical() ? b.maxY() : b.maxX()) - PORT_INSET;
            for (int i = 0; i < list.size(); i++) {
                double port = along(b, side) + (i - (list.size() - 1) / 2.0) * PORT_GAP;
                port = Math.max(lo, Math.min(hi, port));
                Plan p = list.get(i);
                // an edge from a node to itself has both its ends here
                if (p.edge.source() == node && p.from == side) {
                    p.sourcePort = port;
                }
                if (p.edge.target() == node && p.to == side) {
                    p.targetPort = port;
                }
            }
        }));
    }

    /** Sets apart the runs that cross the same gap at the same place, keeping them inside the gap. */
    private static void runs(List<Plan> plans) {
        Map<String, List<Plan>> byGap = new LinkedHashMap<>();
        for (Plan p : plans) {
            byGap.computeIfAbsent(p.from.vertical() + " " + Math.round(p.gapMiddle()), k -> new ArrayList<>()).add(p);
        }
        for (List<Plan> same : byGap.values()) {
            same.sort(Comparator.comparingDouble(p -> p.sourcePort + p.targetPort));
            for (int i = 0; i < same.size(); i++) {
                Plan p = same.get(i);
                double a = side(p.edge.source().bounds(), p.from);
                double b = side(p.edge.target().bounds(), p.to);
                double lo = Math.min(a, b) + 4;
                double hi = Math.max(a, b) - 4;
                double run = p.gapMiddle() + (i - (same.size() - 1) / 2.0) * RUN_GAP;
                p.run = lo < hi ? Math.max(lo, Math.min(hi, run)) : p.gapMiddle();
            }
        }
    }

    private static SceneNode other(Plan p, SceneNode node) {
        return p.edge.source() == node ? p.edge.target() : p.edge.source();
    }

    /** The coordinate of a side: x of the left or right side, y of the top or bottom. */
    private static double side(Bounds b, Side side) {
        return switch (side) {
            case LEFT -> b.x();
            case RIGHT -> b.maxX();
            case TOP -> b.y();
            case BOTTOM -> b.maxY();
        };
    }

    /** The middle of a box along a side: its centre y for the left and right sides, its centre x otherwise. */
    private static double along(Bounds b, Side side) {
        return side.vertical() ? b.centerY() : b.centerX();
    }
}

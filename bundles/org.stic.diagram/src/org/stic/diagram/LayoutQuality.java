package org.stic.diagram;

import java.util.ArrayList;
import java.util.List;

import org.stic.diagram.scene.Point;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;

/**
 * Measures of a laid-out scene a reader feels: how often edges cross, how much ink they take, and how much of the
 * sheet is empty. Crossings are counted between segments of different edges that cross properly (touching or
 * running along one another does not count, nor edges that share an end node, which meet rather than cross).
 * The empty share is the part of the sheet no node covers. Quadratic in the segments: meant for the examples and the
 * benchmark, not for every repaint.
 */
public record LayoutQuality(int crossings, double edgeLength, double emptyShare) {

    public static LayoutQuality of(Scene scene) {
        List<double[]> segments = new ArrayList<>();
        List<SceneEdge> owners = new ArrayList<>();
        double length = 0;
        for (SceneEdge e : scene.edges()) {
            List<Point> r = e.route();
            for (int i = 0; i + 1 < r.size(); i++) {
                Point a = r.get(i);
                Point b = r.get(i + 1);
                segments.add(new double[] { a.x(), a.y(), b.x(), b.y() });
                owners.add(e);
                length += Math.hypot(b.x() - a.x(), b.y() - a.y());
            }
        }
        int crossings = 0;
        for (int i = 0; i < segments.size(); i++) {
            SceneEdge ei = owners.get(i);
            for (int j = i + 1; j < segments.size(); j++) {
                SceneEdge ej = owners.get(j);
                if (ei == ej || sharesEnd(ei, ej)) {
                    continue;
                }
                if (cross(segments.get(i), segments.get(j))) {
                    crossings++;
                }
            }
        }
        double covered = 0;
        for (SceneNode n : scene.nodes()) {
            covered += n.bounds().width() * n.bounds().height();
        }
        double sheet = Math.max(1, scene.width() * scene.height());
        return new LayoutQuality(crossings, length, Math.max(0, 1 - covered / sheet));
    }

    private static boolean sharesEnd(SceneEdge a, SceneEdge b) {
        return a.source() == b.source() || a.source() == b.target() || a.target() == b.source()
                || a.target() == b.target();
    }

    /** True when the open segments cross at one point inside both. */
    private static boolean cross(double[] p, double[] q) {
        double d1 = side(q, p[0], p[1]);
        double d2 = side(q, p[2], p[3]);
        double d3 = side(p, q[0], q[1]);
        double d4 = side(p, q[2], q[3]);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    /** Which side of the line through segment s the point (x, y) lies on (0: on it). */
    private static double side(double[] s, double x, double y) {
        double v = (s[2] - s[0]) * (y - s[1]) - (s[3] - s[1]) * (x - s[0]);
        return Math.abs(v) < 1e-9 ? 0 : v;
    }
}

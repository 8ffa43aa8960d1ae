package org.stic.diagram;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Point;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneEdge;

/**
 * A link drawn on the diagram as the model holds it: {@code value} in the {@code owner}'s reference of the edge type
 * (the owning side, which the file stores), or for an interaction the Interaction itself as {@code owner} (value
 * null). Scene edges are new objects with new ids each time a scene is built; a link names the same one in any
 * scene. The rules for picking a link with the mouse and deleting it are here, without a display.
 */
public record Link(EdgeType type, EObject owner, EObject value) {

    /** The link an edge draws. */
    public static Link of(SceneEdge edge) {
        EdgeType type = edge.type();
        if (type.reference() == null) {
            return new Link(type, edge.element(), null);
        }
        return new Link(type, edge.element(), (type.reversed() ? edge.source() : edge.target()).element());
    }

    /** The edge that draws this link in a scene, or null when the scene does not (deleted, an end hidden). */
    public SceneEdge in(Scene scene) {
        for (SceneEdge e : scene.edges()) {
            if (e.type() == type && e.element() == owner && equals(of(e))) {
                return e;
            }
        }
        return null;
    }

    /** "supports link", "interaction": what Delete names in its undo label. */
    public String noun() {
        return type == EdgeType.INTERACTION ? "interaction" : type.label() + " link";
    }

    /**
     * Whether Delete may remove this link alone. A reference link is taken out of its owner's list, an interaction
     * is deleted; a has-need link is the segment holding its need, which goes only with the need.
     */
    public Verdict deletable() {
        if (type.reference() != null && type.reference().isContainment()) {
            return Verdict.no("A has-need link is the segment holding its need: delete the segment need to remove it");
        }
        return Verdict.yes();
    }

    /**
     * The edge under a diagram point: the one whose route passes nearest, within {@code tolerance} (diagram units),
     * or whose label holds the point; null when none does.
     */
    public static SceneEdge edgeAt(Scene scene, double x, double y, double tolerance) {
        SceneEdge nearest = null;
        double best = tolerance;
        for (SceneEdge e : scene.edges()) {
            Bounds l = e.labelBounds();
            double d = l != null && !e.route().isEmpty() && l.contains(new Bounds(x, y, 0, 0)) ? 0 : distance(e.route(), x, y);
            if (d <= best) {
                best = d;
                nearest = e;
            }
        }
        return nearest;
    }

    /** How far a point is from a polyline (infinite for a route of less than two points). */
    static double distance(List<Point> route, double x, double y) {
        double best = Double.POSITIVE_INFINITY; // squared: this runs for every edge on every mouse move
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double length2 = dx * dx + dy * dy;
            double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / length2));
            double ex = x - (a.x() + t * dx);
            double ey = y - (a.y() + t * dy);
            best = Math.min(best, ex * ex + ey * ey);
        }
        return Math.sqrt(best);
    }
}

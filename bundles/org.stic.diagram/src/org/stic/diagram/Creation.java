package org.stic.diagram;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.stic.Cluster;
import org.stic.NamedElement;
import org.stic.Segment;
import org.stic.SticPackage;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.scene.Styles;
import org.stic.model.edit.Language;

/**
 * Where the diagram lets the user create an element of a node type, and what it is called: the rules behind the
 * palette's creation tools. Contour elements go in their contour's region; a segment need belongs to a segment and is
 * created by clicking on that segment (it is held in {@code Segment.needs}); participants exist in the network view
 * only, anywhere on it.
 */
public final class Creation {

    /** Room a new node leaves for the headers of its region and type group above it. */
    private static final double HEADERS = DiagramLayout.REGION_HEADER + DiagramLayout.GROUP_HEADER;
    private static final double INSET = 24;
    private static final double NEED_GAP = 48;
    /** Room a new card leaves for its block's title, and from the block's sides. */
    private static final double GROUP_TITLE = 20;
    private static final double CARD_INSET = 6;

    /**
     * Where a new element goes: {@code owner} is the object whose {@code containment} holds it, null when that is a
     * contour the cluster does not have yet (it is created with the element); {@code name} its unique default name
     * and {@code bounds} its box on the diagram.
     */
    public record Placement(Verdict verdict, EObject owner, EReference containment, String name, Bounds bounds) {

        static Placement refused(String reason) {
            return new Placement(Verdict.no(reason), null, null, null, null);
        }
    }

    private Creation() {
    }

    /** "A key action belongs in the internal contour": what the tool's user is told when the place is wrong. */
    public static String belongsIn(NodeType type) {
        Language language = Language.current();
        String what = LinkKind.capitalise(LinkKind.typeName(type, language));
        if (type == NodeType.SEGMENT_NEED) {
            return Messages.get(language, "create.belongsToSegment", what);
        }
        if (type.region() == null) {
            return Messages.get(language, "create.belongsInNetwork", what);
        }
        return Messages.get(language, "create.belongsIn", what, type.region().label(language).toLowerCase(language.locale()),
                type.region().label(language));
    }

    /**
     * Whether an element of {@code type} may be created at the diagram point (x, y) of a laid-out scene, and where it
     * goes. A collapsed region takes nothing: the new element would be hidden.
     */
    public static Placement place(Cluster cluster, Scene scene, NodeType type, double x, double y) {
        View view = scene.view();
        if (!type.createdIn(view)) {
            return Placement.refused(Messages.get(Language.current(),
                    type.region() == null ? "create.switchView" : "create.notInView", belongsIn(type)));
        }
        String name = defaultName(cluster, type);
        Bounds size = SceneBuilder.nodeSize(name, Styles.node(type));
        if (type == NodeType.PARTICIPANT) {
            double top = Math.max(y, DiagramLayout.TITLE_BAND + DiagramLayout.GROUP_HEADER);
            return new Placement(Verdict.yes(), cluster, type.containment(), name,
                    new Bounds(Math.max(INSET, x), top, size.width(), size.height()));
        }
        if (type == NodeType.SEGMENT_NEED) {
            SceneNode on = nodeAt(scene, x, y);
            if (on == null || !(on.element() instanceof Segment)) {
                return Placement.refused(belongsIn(type));
            }
            // hanging below its segment, as the has-need edge draws it
            Bounds s = on.bounds();
            Bounds b = free(scene, new Bounds(s.x() + INSET, s.maxY() + NEED_GAP, size.width(), size.height()));
            return new Placement(Verdict.yes(), on.element(), type.containment(), name, b);
        }
        if (view == View.CANVAS) {
            return onCanvas(cluster, scene, type, name, x, y);
        }
        SceneContainer region = regionAt(scene, x, y);
        if (region == null || region.region() != type.region()) {
            return Placement.refused(belongsIn(type));
        }
        if (region.collapsed()) {
            Language language = Language.current();
            return Placement.refused(Messages.get(language, "create.collapsed",
                    region.region().label(language).toLowerCase(language.locale()), LinkKind.typeName(type, language),
                    region.region().label(language)));
        }
        Bounds r = region.bounds();
        // kept inside the region's right edge: a region grown sideways would cover its neighbour
        double nx = Math.max(r.x() + INSET, Math.min(x, r.maxX() - INSET - size.width()));
        double ny = Math.max(r.y() + HEADERS, y);
        return new Placement(Verdict.yes(), contour(cluster, type), type.containment(), name,
                new Bounds(Math.round(nx), Math.round(ny), size.width(), size.height()));
    }

    /** On the canvas an element goes in the block of its type, where it was clicked (kept inside the block). */
    private static Placement onCanvas(Cluster cluster, Scene scene, NodeType type, String name, double x, double y) {
        SceneContainer block = null;
        for (SceneContainer c : scene.containers()) {
            Bounds b = c.bounds();
            if (c.kind() == SceneContainer.Kind.GROUP && x >= b.x() && x <= b.maxX() && y >= b.y() && y <= b.maxY()) {
                block = c;
            }
        }
        if (block == null || block.type() != type) {
            Language language = Language.current();
            return Placement.refused(Messages.get(language, "create.belongsInCanvas",
                    LinkKind.capitalise(LinkKind.typeName(type, language)), type.blockLabel(language)));
        }
        if (block.collapsed()) {
            Language language = Language.current();
            return Placement.refused(Messages.get(language, "create.blockCollapsed", type.blockLabel(language),
                    LinkKind.typeName(type, language)));
        }
        Bounds b = block.bounds();
        double w = type == NodeType.INDICATOR ? SceneBuilder.GOAL_CARD_WIDTH : SceneBuilder.CARD_WIDTH;
        double h = SceneBuilder.MIN_CARD_HEIGHT;
        double nx = Math.max(b.x() + CARD_INSET, Math.min(x, b.maxX() - CARD_INSET - w));
        double ny = Math.max(b.y() + GROUP_TITLE, Math.min(y, b.maxY() - CARD_INSET - h));
        return new Placement(Verdict.yes(), contour(cluster, type), type.containment(), name,
                new Bounds(Math.round(nx), Math.round(ny), w, h));
    }

    /**
     * The contour that holds elements of a contour type, or null when the cluster has none yet; the cluster itself
     * for its indicators (the goals region).
     */
    public static EObject contour(Cluster cluster, NodeType type) {
        return type.region() == ContourRegion.GOALS ? cluster
                : type.region() == ContourRegion.INTERNAL ? cluster.getInternalContour() : cluster.getExternalContour();
    }

    /** The cluster's containment of the contour that holds a contour type. */
    public static EReference contourFeature(NodeType type) {
        return type.region() == ContourRegion.INTERNAL ? SticPackage.Literals.CLUSTER__INTERNAL_CONTOUR
                : SticPackage.Literals.CLUSTER__EXTERNAL_CONTOUR;
    }

    /** "Key Action": the type's name as a title, the stem of new elements' names. */
    public static String title(NodeType type) {
        return type.eClass().getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ");
    }

    /**
     * A name no element of the type has: "Key Action n", n counting on from the number of key actions there are, so
     * the third key action is "Key Action 3" unless that name is taken.
     */
    public static String defaultName(Cluster cluster, NodeType type) {
        List<? extends EObject> existing = type.elements(cluster);
        Set<String> taken = new HashSet<>();
        for (EObject e : existing) {
            if (e instanceof NamedElement n && n.getName() != null) {
                taken.add(n.getName().strip());
            }
        }
        int n = existing.size() + 1;
        while (taken.contains(title(type) + " " + n)) {
            n++;
        }
        return title(type) + " " + n;
    }

    /** The topmost node at a diagram point, or null. */
    public static SceneNode nodeAt(Scene scene, double x, double y) {
        List<SceneNode> nodes = scene.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Bounds b = nodes.get(i).bounds();
            if (x >= b.x() && x <= b.maxX() && y >= b.y() && y <= b.maxY()) {
                return nodes.get(i);
            }
        }
        return null;
    }

    /** The contour region at a diagram point, or null (title band, margins, network view). */
    public static SceneContainer regionAt(Scene scene, double x, double y) {
        for (SceneContainer c : scene.containers()) {
            Bounds b = c.bounds();
            if (c.kind() == SceneContainer.Kind.REGION && x >= b.x() && x <= b.maxX() && y >= b.y() && y <= b.maxY()) {
                return c;
            }
        }
        return null;
    }

    /** The box moved down until it overlaps no node, so that a new need does not hide another. */
    private static Bounds free(Scene scene, Bounds b) {
        Bounds at = b;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (SceneNode n : scene.nodes()) {
                if (n.bounds().grow(8, 8, 8, 8).overlaps(at)) {
                    at = new Bounds(at.x(), n.bounds().maxY() + 16, at.width(), at.height());
                    moved = true;
                }
            }
        }
        return at;
    }
}

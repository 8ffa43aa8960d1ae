package org.stic.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;
import org.stic.diagram.render.DiagramFonts;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Point;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;

/**
 * Lays a scene out with ELK layered: left to right, hierarchical (regions hold type groups, groups hold nodes, edges
 * cross them), orthogonal edges routed around nodes, edge labels placed by the algorithm. Regions and groups are
 * kept in their column order by layered's partitions. ELK is deterministic for a fixed input order and seed, and
 * the scene is built in model order, so the same model gives the same picture.
 */
public final class DiagramLayout {

    /** Room above the diagram for its title. */
    public static final double TITLE_BAND = 44;
    public static final double REGION_HEADER = 34;
    public static final double GROUP_HEADER = 24;
    private static final double MARGIN = 16;
    private static final double MIN_REGION_WIDTH = 500;
    private static final double MIN_REGION_HEIGHT = 320;
    private static final double MIN_GOALS_WIDTH = 240;
    private static final double MIN_GOALS_HEIGHT = 160;
    private static final int DENSE_EDGES = 400;
    private static final int MODEL_ORDER_MAX_NODES = 300;
    /**
     * Links laid out against their arrow: each leads from a satellite of the external contour (a segment's need, a
     * relationship, a channel, a revenue stream) back to what it belongs to, so layering them along the arrow pulled the satellites
     * in front of their owners and across the other links. Measured on the Kaluga both-contours view
     * ({@link LayoutQuality}): 629 edge crossings before, 375 after; total edge length 233,381 before, 189,496 after.
     */
    private static final Set<EdgeType> AGAINST_ARROW = EnumSet.of(EdgeType.HAS_NEED, EdgeType.RELATIONSHIP_WITH,
            EdgeType.CHANNEL_SERVES, EdgeType.REVENUE_FROM, EdgeType.EARNED_BY);

    /** How often a running layout reports that it is still running. */
    public static final long HEARTBEAT_MILLIS = 5_000;

    /** ELK's recursive phases (compaction among them) overflow a default stack on large graphs: give them room. */
    private static final long LAYOUT_STACK_BYTES = 512L << 20;


    /** The ELK graph of a scene and the correspondence back to the scene's objects. */
    public record ElkGraph(ElkNode root, Map<SceneContainer, ElkNode> containers, Map<SceneNode, ElkNode> nodes,
            Map<SceneEdge, ElkEdge> edges) {
    }

    private DiagramLayout() {
    }

    /** Lays the scene out automatically ({@link LayoutOptions#defaults()}: the strategy chosen by size). */
    public static void layout(Scene scene) {
        layout(scene, LayoutOptions.defaults());
    }

    /**
     * Lays the scene out with the given strategy, telling {@code options.progress()} how it goes.
     *
     * @throws LayoutTimeoutException when ELK layered, chosen explicitly, does not finish within the time limit
     */
    public static void layout(Scene scene, LayoutOptions options) {
        if (scene.view() == View.CANVAS) {
            // fixed blocks, whatever the strategy: the canvas is its own layout
            CanvasLayout.place(scene);
            routeOrthogonally(scene.edges());
            return;
        }
        LayoutStrategy strategy = options.strategy().resolve(scene);
        LayoutProgress progress = options.progress();
        long start = System.nanoTime();
        progress.started(strategy, scene.nodes().size(), scene.edges().size());
        if (strategy == LayoutStrategy.LAYERED) {
            ElkGraph graph = toElk(scene);
            if (runWithin(graph.root(), options.timeLimitMillis(), progress)) {
                apply(scene, graph);
                progress.finished(strategy, millisSince(start));
                return;
            }
            if (options.strategy() == LayoutStrategy.LAYERED) {
                throw new LayoutTimeoutException(options.timeLimitMillis(), scene.nodes().size());
            }
            progress.fellBack(millisSince(start));
            strategy = LayoutStrategy.GRID;
        }
        GridLayout.place(scene, MARGIN, MIN_REGION_WIDTH, MIN_REGION_HEIGHT);
        routeOrthogonally(scene.edges());
        alignRegions(scene);
        double width = Math.max(scene.width(), DiagramFonts.width(scene.title(), true, SceneBuilder.TITLE_SIZE) + 2 * MARGIN);
        scene.setSize(Math.ceil(width), scene.height());
        progress.finished(strategy, millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Runs ELK layered on its own thread (with a deep stack), asks it to stop at the time limit through its
     * progress monitor and reports progress meanwhile. False when it ran out of time (or out of stack).
     */
    private static boolean runWithin(ElkNode root, long limitMillis, LayoutProgress progress) {
        long start = System.nanoTime();
        StoppableMonitor monitor = new StoppableMonitor(new AtomicBoolean());
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                run(root, monitor);
            } catch (Throwable t) { // handed to the caller's thread below
                failure[0] = t;
            }
        }, "stic-diagram-layout", LAYOUT_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            while (worker.isAlive()) {
                long left = limitMillis - millisSince(start);
                if (left <= 0) {
                    monitor.stop();
                    // ELK looks at the monitor between its phases; a phase running on is left behind (daemon thread)
                    worker.join(HEARTBEAT_MILLIS);
                    return false;
                }
                worker.join(Math.min(left, HEARTBEAT_MILLIS));
                if (worker.isAlive()) {
                    progress.running(LayoutStrategy.LAYERED, millisSince(start));
                }
            }
        } catch (InterruptedException e) {
            monitor.stop();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while laying out", e);
        }
        if (failure[0] instanceof StackOverflowError || failure[0] instanceof Stopped) {
            return false;
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        return !monitor.isCanceled();
    }

    /**
     * A progress monitor that stops ELK from another thread. Layered looks at {@code isCanceled()} only between the
     * phases of a flat graph; in hierarchical mode it goes on, but every phase of every graph begins a (sub)task on
     * the monitor, so beginning one after the stop throws and unwinds the whole layout.
     */
    private static final class StoppableMonitor extends BasicProgressMonitor {
        private final AtomicBoolean stopped;

        StoppableMonitor(AtomicBoolean stopped) {
            this.stopped = stopped;
        }

        void stop() {
            stopped.set(true);
        }

        @Override
        public boolean isCanceled() {
            return stopped.get();
        }

        @Override
        protected void doBegin(String name, float totalWork, boolean topInstance, int maxLevels) {
            if (stopped.get()) {
                throw new Stopped();
            }
            super.doBegin(name, totalWork, topInstance, maxLevels);
        }

        @Override
        protected BasicProgressMonitor doSubTask(float work, int maxLevels) {
            if (stopped.get()) {
                throw new Stopped();
            }
            return new StoppableMonitor(stopped).withMaxHierarchyLevels(maxLevels > 0 ? maxLevels - 1 : maxLevels);
        }
    }

    /** Thrown inside ELK's thread to unwind a stopped layout. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false); // never shown: it only unwinds ELK
        }
    }

    /** Builds the ELK graph of a scene (node sizes from the scene); exposed for the benchmark's bare ELK run. */
    public static ElkGraph toElk(Scene scene) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        boolean dense = scene.edges().size() > DENSE_EDGES;
        // keeping model order sorts every layer by insertion with transitive bookkeeping, superlinear in the layer's
        // width: a network-view group of hundreds of participants is one wide layer and took most of the time
        // (~5 s of ~6 s at 540 participants). Large diagrams are read by search, not by order: drop it there.
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                scene.nodes().size() > MODEL_ORDER_MAX_NODES ? OrderingStrategy.NONE : OrderingStrategy.NODES_AND_EDGES);
        spacing(root, dense);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(TITLE_BAND, MARGIN, MARGIN, MARGIN));
        root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);

        Map<SceneContainer, ElkNode> containers = new IdentityHashMap<>();
        for (SceneContainer c : scene.containers()) {
            ElkNode parent = c.parent() == null ? root : containers.get(c.parent());
            ElkNode n = ElkGraphUtil.createNode(parent);
            boolean region = c.kind() == SceneContainer.Kind.REGION;
            double header = region ? REGION_HEADER : GROUP_HEADER;
            float titleSize = region ? SceneBuilder.REGION_TITLE_SIZE : SceneBuilder.GROUP_TITLE_SIZE;
            double pad = region ? 14 : 10;
            n.setProperty(CoreOptions.PADDING, new ElkPadding(header, pad, pad, pad));
            n.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
            double minWidth = Math.ceil(DiagramFonts.width(c.label(), true, titleSize)) + 2 * pad + 8;
            double minHeight = header + 20;
            if (region && !c.collapsed()) {
                // room to create the first elements in, on the diagram of an empty contour (goals: one indicator)
                boolean goals = c.region() == ContourRegion.GOALS;
                minWidth = Math.max(minWidth, goals ? MIN_GOALS_WIDTH : MIN_REGION_WIDTH);
                minHeight = Math.max(minHeight, goals ? MIN_GOALS_HEIGHT : MIN_REGION_HEIGHT);
            }
            n.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(minWidth, minHeight));
            n.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
            spacing(n, dense);
            // the network's groups (participants by kind, revenue streams) share one partition: edges order them
            int partition = region ? c.region().ordinal() : c.region() == null && c.parent() == null ? 0 : c.type().column();
            n.setProperty(LayeredOptions.PARTITIONING_PARTITION, partition);
            containers.put(c, n);
        }
        Map<SceneNode, ElkNode> nodes = new IdentityHashMap<>();
        for (SceneNode sn : scene.nodes()) {
            ElkNode n = ElkGraphUtil.createNode(sn.container() == null ? root : containers.get(sn.container()));
            n.setDimensions(sn.bounds().width(), sn.bounds().height());
            nodes.put(sn, n);
        }
        Map<SceneEdge, ElkEdge> edges = new IdentityHashMap<>();
        for (SceneEdge se : scene.edges()) {
            // an edge laid out against its arrow goes into ELK from target to source (its route is turned back)
            boolean against = AGAINST_ARROW.contains(se.type());
            ElkEdge e = ElkGraphUtil.createSimpleEdge(nodes.get(against ? se.target() : se.source()),
                    nodes.get(against ? se.source() : se.target()));
            if (se.labelBounds() != null) {
                ElkLabel l = ElkGraphUtil.createLabel(se.label(), e);
                l.setDimensions(se.labelBounds().width(), se.labelBounds().height());
                l.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            edges.put(se, e);
        }
        return new ElkGraph(root, containers, nodes, edges);
    }

    /**
     * Arrange Selection: lays the given nodes out among themselves with ELK layered (left to right, the edges
     * between them only) and returns their new bounds, placed so that the group keeps its top-left corner. Not for
     * the canvas, whose blocks are fixed: there the selected cards go back to their places in their blocks (their
     * manual bounds are forgotten).
     */
    public static Map<SceneNode, Bounds> arrange(Scene scene, Collection<SceneNode> selection) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        spacing(root, false);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        Map<SceneNode, ElkNode> nodes = new LinkedHashMap<>();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (SceneNode n : scene.nodes()) {
            if (selection.contains(n)) {
                ElkNode e = ElkGraphUtil.createNode(root);
                e.setDimensions(n.bounds().width(), n.bounds().height());
                nodes.put(n, e);
                minX = Math.min(minX, n.bounds().x());
                minY = Math.min(minY, n.bounds().y());
            }
        }
        for (SceneEdge e : scene.edges()) {
            ElkNode s = nodes.get(e.source());
            ElkNode t = nodes.get(e.target());
            if (s != null && t != null && s != t) {
                ElkGraphUtil.createSimpleEdge(s, t);
            }
        }
        run(root);
        double elkX = nodes.values().stream().mapToDouble(ElkNode::getX).min().orElse(0);
        double elkY = nodes.values().stream().mapToDouble(ElkNode::getY).min().orElse(0);
        Map<SceneNode, Bounds> result = new LinkedHashMap<>();
        for (Map.Entry<SceneNode, ElkNode> e : nodes.entrySet()) {
            ElkNode n = e.getValue();
            result.put(e.getKey(), new Bounds(minX + n.getX() - elkX, minY + n.getY() - elkY, n.getWidth(),
                    n.getHeight()));
        }
        return result;
    }

    /** Spacing is read per hierarchy level, so every container gets it, not only the root. */
    private static void spacing(ElkNode n, boolean dense) {
        n.setProperty(CoreOptions.SPACING_NODE_NODE, 16.0);
        n.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        n.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        // every edge between two layers gets its own vertical track: on large diagrams pack the tracks tightly,
        // or hundreds of edges make the gaps far wider than the columns
        n.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, dense ? 2.0 : 8.0);
        n.setProperty(CoreOptions.SPACING_EDGE_NODE, 12.0);
        n.setProperty(CoreOptions.SPACING_EDGE_EDGE, dense ? 2.0 : 8.0);
        n.setProperty(CoreOptions.SPACING_EDGE_LABEL, 2.0);
    }

    /** Runs ELK on a graph built by {@link #toElk(Scene)}. */
    public static void run(ElkNode root) {
        run(root, new BasicProgressMonitor());
    }

    private static void run(ElkNode root, BasicProgressMonitor monitor) {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        synchronized (DiagramLayout.class) {
            // inside OSGi, ServiceLoader does not see the layered provider of another bundle: register it by hand
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, monitor);
    }

    private static void apply(Scene scene, ElkGraph graph) {
        Map<ElkNode, KVector> absolute = new IdentityHashMap<>();
        for (Map.Entry<SceneContainer, ElkNode> e : graph.containers().entrySet()) {
            e.getKey().setBounds(bounds(e.getValue(), absolute));
        }
        for (Map.Entry<SceneNode, ElkNode> e : graph.nodes().entrySet()) {
            e.getKey().setBounds(bounds(e.getValue(), absolute));
        }
        for (Map.Entry<SceneEdge, ElkEdge> e : graph.edges().entrySet()) {
            ElkEdge edge = e.getValue();
            KVector origin = origin(edge.getContainingNode(), absolute);
            List<Point> route = new ArrayList<>();
            for (ElkEdgeSection s : edge.getSections()) {
                route.add(new Point(origin.x + s.getStartX(), origin.y + s.getStartY()));
                for (ElkBendPoint b : s.getBendPoints()) {
                    route.add(new Point(origin.x + b.getX(), origin.y + b.getY()));
                }
                route.add(new Point(origin.x + s.getEndX(), origin.y + s.getEndY()));
            }
            if (AGAINST_ARROW.contains(e.getKey().type())) {
                Collections.reverse(route);
            }
            e.getKey().setRoute(touchOutlines(route, e.getKey().source(), e.getKey().target()));
            if (!edge.getLabels().isEmpty()) {
                ElkLabel l = edge.getLabels().get(0);
                e.getKey().setLabelBounds(new Bounds(origin.x + l.getX(), origin.y + l.getY(), l.getWidth(),
                        l.getHeight()));
            }
        }
        alignRegions(scene);
        double width = Math.max(graph.root().getWidth(),
                DiagramFonts.width(scene.title(), true, SceneBuilder.TITLE_SIZE) + 2 * MARGIN);
        scene.setSize(Math.ceil(width), Math.ceil(graph.root().getHeight()));
    }

    /** Side-by-side regions get one top and one bottom, like the columns of a canvas; only boxes grow. */
    private static void alignRegions(Scene scene) {
        List<SceneContainer> regions = scene.containers().stream()
                .filter(c -> c.kind() == SceneContainer.Kind.REGION).toList();
        if (regions.size() < 2) {
            return;
        }
        double top = regions.stream().mapToDouble(c -> c.bounds().y()).min().orElseThrow();
        double bottom = regions.stream().mapToDouble(c -> c.bounds().maxY()).max().orElseThrow();
        for (SceneContainer c : regions) {
            c.setBounds(new Bounds(c.bounds().x(), top, c.bounds().width(), bottom - top));
        }
    }

    /** Moves a route's ends that arrive horizontally from the bounding box onto the node's actual outline. */
    private static List<Point> touchOutlines(List<Point> route, SceneNode source, SceneNode target) {
        if (route.size() < 2) {
            return route;
        }
        route.set(0, onOutline(route.get(0), route.get(1), source));
        int last = route.size() - 1;
        route.set(last, onOutline(route.get(last), route.get(last - 1), target));
        return route;
    }

    private static Point onOutline(Point end, Point next, SceneNode node) {
        Bounds b = node.bounds();
        if (Math.abs(end.y() - next.y()) > 0.01) {
            return end;
        }
        boolean left = Math.abs(end.x() - b.x()) < 0.5;
        if (!left && Math.abs(end.x() - b.maxX()) >= 0.5) {
            return end;
        }
        double inset = node.style().shape().sideInset(b, end.y(), left);
        return new Point(left ? end.x() + inset : end.x() - inset, end.y());
    }

    private static Bounds bounds(ElkNode n, Map<ElkNode, KVector> absolute) {
        KVector o = origin(n.getParent(), absolute);
        return new Bounds(o.x + n.getX(), o.y + n.getY(), n.getWidth(), n.getHeight());
    }

    /** Absolute position of a node's top-left corner (the origin of its children's coordinates). */
    private static KVector origin(ElkNode n, Map<ElkNode, KVector> absolute) {
        if (n == null || n.getParent() == null) {
            return new KVector(0, 0);
        }
        KVector known = absolute.get(n);
        if (known == null) {
            KVector parent = origin(n.getParent(), absolute);
            known = new KVector(parent.x + n.getX(), parent.y + n.getY());
            absolute.put(n, known);
        }
        return known;
    }

    /**
     * Puts nodes where the user placed them (absolute bounds, e.g. from the editor's diagram file) after the
     * automatic layout: their containers grow to hold them again, and the edges at a moved node are re-routed
     * orthogonally ({@link ManualRoutes}).
     */
    public static void applyManual(Scene scene, Map<? extends EObject, Bounds> manual) {
        if (manual == null || manual.isEmpty()) {
            return;
        }
        if (scene.view() == View.CANVAS) {
            Set<SceneNode> placed = CanvasLayout.keepInBlocks(scene, manual);
            routeOrthogonally(scene.edges().stream()
                    .filter(e -> placed.contains(e.source()) || placed.contains(e.target())).toList());
            return;
        }
        Set<SceneNode> moved = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SceneNode n : scene.nodes()) {
            Bounds b = manual.get(n.element());
            if (b != null) {
                n.setBounds(b);
                moved.add(n);
            }
        }
        if (moved.isEmpty()) {
            return;
        }
        // groups first (they come after their region in the list), then regions
        List<SceneContainer> containers = new ArrayList<>(scene.containers());
        boolean resized = false;
        for (int i = containers.size() - 1; i >= 0; i--) {
            SceneContainer c = containers.get(i);
            Bounds b = c.bounds();
            boolean region = c.kind() == SceneContainer.Kind.REGION;
            if (region && allPlaced(scene, c, moved)) {
                // ELK's box for nodes it no longer places is empty space: the region holds its groups where they are
                b = new Bounds(b.x(), b.y(), MIN_REGION_WIDTH, MIN_REGION_HEIGHT);
                resized = true;
            }
            double header = region ? REGION_HEADER : GROUP_HEADER;
            double pad = region ? 14 : 10;
            // a group with a placed node is drawn around its nodes where they are, not around where ELK put them:
            // a node created or moved away would otherwise drag an empty box along
            Bounds members = null;
            for (SceneNode n : scene.nodes()) {
                if (n.container() == c) {
                    Bounds grown = n.bounds().grow(header, pad, pad, pad);
                    members = members == null ? grown : members.union(grown);
                }
            }
            if (members != null) {
                boolean placed = moved.stream().anyMatch(n -> n.container() == c);
                b = placed && !region ? new Bounds(members.x(), members.y(), Math.max(members.width(), b.width()),
                        members.height()) : b.union(members);
            }
            for (SceneContainer child : containers) {
                if (child.parent() == c) {
                    b = b.union(child.bounds().grow(header, pad, pad, pad));
                }
            }
            c.setBounds(b);
        }
        alignRegions(scene);
        routeOrthogonally(scene.edges().stream()
                .filter(e -> moved.contains(e.source()) || moved.contains(e.target())).toList());
        double maxX = resized ? DiagramFonts.width(scene.title(), true, SceneBuilder.TITLE_SIZE) + 2 * MARGIN
                : scene.width();
        double maxY = resized ? 0 : scene.height();
        for (SceneNode n : scene.nodes()) {
            maxX = Math.max(maxX, n.bounds().maxX() + MARGIN);
            maxY = Math.max(maxY, n.bounds().maxY() + MARGIN);
        }
        for (SceneContainer c : scene.containers()) {
            maxX = Math.max(maxX, c.bounds().maxX() + MARGIN);
            maxY = Math.max(maxY, c.bounds().maxY() + MARGIN);
        }
        scene.setSize(Math.ceil(maxX), Math.ceil(maxY));
    }

    /** Routes edges as orthogonal connectors ({@link ManualRoutes}), each label above the middle of its route. */
    private static void routeOrthogonally(List<SceneEdge> edges) {
        ManualRoutes.route(edges).forEach((e, connector) -> {
            List<Point> route = touchOutlines(new ArrayList<>(connector), e.source(), e.target());
            e.setRoute(route);
            if (e.labelBounds() != null) {
                Point a = route.get(route.size() / 2 - 1);
                Point b = route.get(route.size() / 2);
                Bounds l = e.labelBounds();
                e.setLabelBounds(new Bounds((a.x() + b.x()) / 2 + 3, (a.y() + b.y()) / 2 - l.height() - 2,
                        l.width(), l.height()));
            }
        });
    }

    /** True when every node inside a region is placed by hand (and there is one). */
    private static boolean allPlaced(Scene scene, SceneContainer region, Set<SceneNode> moved) {
        boolean any = false;
        for (SceneNode n : scene.nodes()) {
            if (n.container() != null && (n.container() == region || n.container().parent() == region)) {
                if (!moved.contains(n)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}

package org.stic.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stic.SticFactory;
import org.stic.diagram.Diagrams;
import org.stic.diagram.EdgeType;
import org.stic.diagram.LayoutQuality;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Point;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.scene.Styles;
import org.stic.examples.Examples;
import org.stic.model.io.SticResources;

/** The layout measures on a drawing made by hand, and the both-contours view of the Kaluga example kept calm. */
class LayoutQualityTest {

    @Test
    void crossingsLengthAndEmptyShareOfAHandMadeScene() {
        Scene scene = new Scene(View.BOTH, "t");
        SceneNode a = node(scene, 0, 0);
        SceneNode b = node(scene, 200, 0);
        SceneNode c = node(scene, 0, 200);
        SceneNode d = node(scene, 200, 200);
        // a-d and c-b cross once in the middle; a-b shares an end with both and touches nothing else
        edge(scene, a, d, new Point(50, 50), new Point(250, 250));
        edge(scene, c, b, new Point(50, 250), new Point(250, 50));
        edge(scene, a, b, new Point(50, 25), new Point(250, 25));
        scene.setSize(400, 300);
        LayoutQuality q = LayoutQuality.of(scene);
        assertEquals(1, q.crossings());
        assertEquals(2 * Math.hypot(200, 200) + 200, q.edgeLength(), 1e-9);
        assertEquals(1 - 4 * 100.0 * 50 / (400 * 300), q.emptyShare(), 1e-9);
    }

    @Test
    void theKalugaBothContoursViewHasAtLeastThirtyPercentFewerCrossingsThanBefore() throws Exception {
        // 629 crossings with every link laid out along its arrow (measured before issue 21's change)
        LayoutQuality q = LayoutQuality.of(Diagrams.create(SticResources.load(Examples.path(Examples.KALUGA_PHARMA)),
                View.BOTH));
        assertTrue(q.crossings() <= 0.7 * 629, q.crossings() + " crossings");
    }

    private static SceneNode node(Scene scene, double x, double y) {
        SceneNode n = new SceneNode("n" + scene.nodes().size(), SticFactory.eINSTANCE.createKeyResource(),
                NodeType.KEY_RESOURCE, "", List.of(), Styles.node(NodeType.KEY_RESOURCE), null,
                new Bounds(x, y, 100, 50));
        scene.add(n);
        return n;
    }

    private static void edge(Scene scene, SceneNode from, SceneNode to, Point p, Point q) {
        SceneEdge e = new SceneEdge("e" + scene.edges().size(), EdgeType.SUPPORTS, from.element(), from, to, "",
                Styles.edge(EdgeType.SUPPORTS), null);
        e.setRoute(List.of(p, q));
        scene.add(e);
    }
}

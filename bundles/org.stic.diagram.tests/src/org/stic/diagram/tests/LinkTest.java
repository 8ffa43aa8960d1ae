package org.stic.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.Interaction;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.SticFactory;
import org.stic.diagram.Diagrams;
import org.stic.diagram.EdgeType;
import org.stic.diagram.Link;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Point;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.scene.Styles;

/** Links as the diagram editor selects and deletes them: what each edge stands for, and which edge a click hits. */
class LinkTest {

    @Test
    void everyEdgeIsOneLinkOfTheModelFoundAgainInARebuiltScene() {
        Cluster c = TestModels.pharma();
        int interactions = 0;
        int reversed = 0;
        for (View view : View.values()) {
            Scene scene = Diagrams.create(c, view);
            Scene rebuilt = Diagrams.create(c, view);
            Set<Link> links = new HashSet<>();
            for (SceneEdge e : scene.edges()) {
                Link link = Link.of(e);
                assertTrue(links.add(link), "one edge per link: " + link);
                if (e.type() == EdgeType.INTERACTION) {
                    Interaction i = (Interaction) link.owner();
                    assertSame(i.getSource(), e.source().element());
                    assertSame(i.getTarget(), e.target().element());
                    assertNull(link.value());
                    interactions++;
                } else {
                    assertTrue(((List<?>) link.owner().eGet(e.type().reference())).contains(link.value()),
                            "the owner's reference holds the value: " + link);
                    // the owning side is the one the file stores, whichever way the edge is drawn
                    assertSame(e.type().reversed() ? e.target().element() : e.source().element(), link.owner());
                    assertSame(e.type().reversed() ? e.source().element() : e.target().element(), link.value());
                    reversed += e.type().reversed() ? 1 : 0;
                }
                SceneEdge again = link.in(rebuilt);
                assertNotNull(again, "found in the rebuilt scene: " + link);
                assertNotSame(e, again);
                assertSame(e.source().element(), again.source().element());
                assertSame(e.target().element(), again.target().element());
                assertEquals(e.type() == EdgeType.HAS_NEED, !link.deletable().allowed());
            }
        }
        assertEquals(c.getInteractions().size(), interactions, "each interaction, on the network view");
        assertTrue(reversed > 0, "supports, pays and costs links are drawn against the reference");
    }

    @Test
    void aLinkDeletedFromTheModelIsNotFoundInTheNextScene() {
        Cluster c = TestModels.pharma();
        KeyAction rd = c.getInternalContour().getKeyActions().get(0);
        KeyResource lab = rd.getSupportingResources().get(0);
        Link supports = new Link(EdgeType.SUPPORTS, rd, lab);
        assertNotNull(supports.in(Diagrams.create(c, View.INTERNAL)));
        rd.getSupportingResources().remove(lab);
        assertNull(supports.in(Diagrams.create(c, View.INTERNAL)));
        assertEquals("supports link", supports.noun());
        assertEquals("interaction", new Link(EdgeType.INTERACTION, c.getInteractions().get(0), null).noun());
        assertFalse(new Link(EdgeType.HAS_NEED, null, null).deletable().allowed());
        assertTrue(new Link(EdgeType.HAS_NEED, null, null).deletable().reason().contains("delete the segment need"));
    }

    @Test
    void aClickWithinTheToleranceOfARouteOrOnItsLabelHitsTheNearestEdge() {
        SticFactory f = SticFactory.eINSTANCE;
        KeyResource r = f.createKeyResource();
        KeyAction a = f.createKeyAction();
        KeyAction b = f.createKeyAction();
        a.getSupportingResources().add(r);
        b.getSupportingResources().add(r);
        Scene scene = new Scene(View.INTERNAL, "links");
        SceneNode nr = node(scene, r, NodeType.KEY_RESOURCE);
        SceneNode na = node(scene, a, NodeType.KEY_ACTION);
        SceneNode nb = node(scene, b, NodeType.KEY_ACTION);
        // an elbow from (0,0) right to (100,0), down to (100,50); its label on the first leg
        SceneEdge elbow = edge(scene, a, nr, na, new Bounds(40, -6, 30, 12),
                List.of(new Point(0, 0), new Point(100, 0), new Point(100, 50)));
        // a straight line 6 below the elbow's first leg, no label
        SceneEdge below = edge(scene, b, nr, nb, null, List.of(new Point(0, 6), new Point(30, 6)));

        assertSame(elbow, Link.edgeAt(scene, 80, 2.5, 3), "2.5 off the first leg");
        assertSame(elbow, Link.edgeAt(scene, 102, 30, 3), "2 off the second leg");
        assertNull(Link.edgeAt(scene, 104, 30, 3), "4 off: beside it");
        assertNull(Link.edgeAt(scene, 80, -4, 3));
        assertSame(elbow, Link.edgeAt(scene, -2, 0, 3), "just before its start");
        assertNull(Link.edgeAt(scene, -4, 0, 3), "a route ends where it ends");
        assertSame(elbow, Link.edgeAt(scene, 60, 5, 3), "on its label, 5 off the line");
        assertSame(below, Link.edgeAt(scene, 20, 4, 3), "between two lines the nearer wins");
        assertSame(elbow, Link.edgeAt(scene, 20, 2, 3));
        assertNull(Link.edgeAt(scene, 200, 200, 3));
    }

    private static SceneNode node(Scene scene, org.eclipse.emf.ecore.EObject element, NodeType type) {
        SceneNode n = new SceneNode("n" + scene.nodes().size(), element, type, "", List.of(), Styles.node(type), null,
                new Bounds(500 + 100 * scene.nodes().size(), 500, 80, 40));
        scene.add(n);
        return n;
    }

    private static SceneEdge edge(Scene scene, KeyAction owner, SceneNode from, SceneNode to, Bounds label,
            List<Point> route) {
        SceneEdge e = new SceneEdge("e" + scene.edges().size(), EdgeType.SUPPORTS, owner, from, to, "supports",
                Styles.edge(EdgeType.SUPPORTS), label);
        e.setRoute(route);
        scene.add(e);
        return e;
    }
}

package org.stic.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.SticFactory;
import org.stic.SticPackage;
import org.stic.diagram.Diagrams;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneNode;

/** Instances of an extension metamodel's subclasses are drawn as their STIC supertype, labelled with their type. */
class ExtensionSubclassTest {

    private static EClass subclass(EPackage p, String name, EClass superType) {
        EClass c = EcoreFactory.eINSTANCE.createEClass();
        c.setName(name);
        c.getESuperTypes().add(superType);
        p.getEClassifiers().add(c);
        return c;
    }

    @Test
    void subclassInstancesAreDrawnAsTheirSticTypeWithTheirTypeName() {
        EPackage ext = EcoreFactory.eINSTANCE.createEPackage();
        ext.setName("techpark");
        ext.setNsURI("http://example.org/stic/techpark-test/1.0");
        ext.setNsPrefix("techpark");
        EClass technopark = subclass(ext, "Technopark", SticPackage.Literals.PARTICIPANT);
        EClass lab = subclass(ext, "SharedLab", SticPackage.Literals.KEY_RESOURCE);

        SticFactory f = SticFactory.eINSTANCE;
        Cluster cluster = f.createCluster();
        cluster.setName("Extension test");
        Participant park = (Participant) ext.getEFactoryInstance().create(technopark);
        park.setName("Kaluga technopark");
        cluster.getParticipants().add(park);
        cluster.setInternalContour(f.createInternalContour());
        KeyResource shared = (KeyResource) ext.getEFactoryInstance().create(lab);
        shared.setName("Clean room");
        cluster.getInternalContour().getKeyResources().add(shared);
        KeyResource plain = f.createKeyResource();
        plain.setName("Pilot plant");
        cluster.getInternalContour().getKeyResources().add(plain);

        Scene network = Diagrams.create(cluster, View.NETWORK);
        SceneNode parkNode = network.node(park);
        assertSame(NodeType.PARTICIPANT, parkNode.type());
        assertEquals("Kaluga technopark \u00abTechnopark\u00bb", parkNode.label());

        Scene internal = Diagrams.create(cluster, View.INTERNAL);
        assertSame(NodeType.KEY_RESOURCE, internal.node(shared).type());
        assertEquals("Clean room \u00abSharedLab\u00bb", internal.node(shared).label());
        assertEquals("Pilot plant", internal.node(plain).label());
    }
}

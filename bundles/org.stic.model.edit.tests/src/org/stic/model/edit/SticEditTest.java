package org.stic.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.ExternalContour;
import org.stic.Interaction;
import org.stic.InteractionKind;
import org.stic.KeyAction;
import org.stic.Participant;
import org.stic.SticFactory;
import org.stic.SticPackage;

/** Labels and icons as a tree or palette shows them, through the adapter factory registered in plugin.xml. */
class SticEditTest {

    private final ComposedAdapterFactory registered =
            new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

    @AfterEach
    void dispose() {
        registered.dispose();
    }

    private String label(EObject object) {
        IItemLabelProvider provider = (IItemLabelProvider) registered.adapt(object, IItemLabelProvider.class);
        assertNotNull(provider, "no label provider registered for " + object.eClass().getName());
        return provider.getText(object);
    }

    @Test
    void namedElementsShowTheirNameAndUnnamedOnesTheirType() {
        KeyAction named = SticFactory.eINSTANCE.createKeyAction();
        named.setName("Трансфер технологий");
        KeyAction unnamed = SticFactory.eINSTANCE.createKeyAction();
        Cluster blank = SticFactory.eINSTANCE.createCluster();
        blank.setName("  ");

        assertEquals("Трансфер технологий", label(named));
        assertEquals("(unnamed Key Action)", label(unnamed));
        assertEquals("(unnamed Cluster)", label(blank));
    }

    @Test
    void interactionsReadSourceArrowTargetAndKind() {
        Participant university = SticFactory.eINSTANCE.createParticipant();
        university.setName("КФ МГТУ");
        Participant sme = SticFactory.eINSTANCE.createParticipant();
        Interaction interaction = SticFactory.eINSTANCE.createInteraction();
        interaction.setSource(university);
        interaction.setTarget(sme);
        interaction.setKind(InteractionKind.KNOWLEDGE_TRANSFER);

        assertEquals("КФ МГТУ → (unnamed Participant) (knowledge transfer)", label(interaction));
        assertEquals("? → ?", label(SticFactory.eINSTANCE.createInteraction()), "a kind not assessed yet is not shown");
    }

    @Test
    void contoursAreNamedByTheirType() {
        ExternalContour external = SticFactory.eINSTANCE.createExternalContour();
        assertEquals("External Contour", label(external));
        assertEquals("Internal Contour", label(SticFactory.eINSTANCE.createInternalContour()));
    }

    @Test
    void everyConcreteClassHasItsOwnIconInBothSizes() throws IOException {
        List<String> checked = new ArrayList<>();
        for (EClassifier classifier : SticPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
                EObject object = SticPackage.eINSTANCE.getEFactoryInstance().create(eClass);
                Object image = ((IItemLabelProvider) registered.adapt(object, IItemLabelProvider.class)).getImage(object);
                URL small = image instanceof URL url ? url : null;
                assertNotNull(small, eClass.getName() + ": the item provider gives no image URL: " + image);
                assertTrue(small.toString().endsWith("icons/full/obj16/" + eClass.getName() + ".gif"), small.toString());
                assertSize(small, 16);
                URL large = getClass().getResource("/icons/full/obj32/" + eClass.getName() + ".png");
                assertNotNull(large, eClass.getName() + ": no 32x32 icon");
                assertSize(large, 32);
                assertNotNull(getClass().getResource("/icons/src/" + eClass.getName() + ".svg"), "no SVG source");
                checked.add(eClass.getName());
            }
        }
        assertEquals(16, checked.size(), checked.toString());
    }

    private static void assertSize(URL url, int size) throws IOException {
        try (InputStream in = url.openStream()) {
            BufferedImage image = ImageIO.read(in);
            assertNotNull(image, url + " is not an image");
            assertEquals(size, image.getWidth(), url.toString());
            assertEquals(size, image.getHeight(), url.toString());
        }
    }
}

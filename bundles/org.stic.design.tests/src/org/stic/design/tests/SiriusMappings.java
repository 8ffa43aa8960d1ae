package org.stic.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stic.design.tests.DesignChecks.all;
import static org.stic.design.tests.DesignChecks.string;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.stic.design.Activator;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.EdgeType;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;

/**
 * Where the Sirius design draws what our diagram engine draws. The engine's {@code both} view is the Sirius diagram
 * {@value #BOTH}, its {@code network} view the diagram {@value #NETWORK}; its {@code internal} and {@code external}
 * views show subsets of {@code both} (Sirius users get them by hiding a region).
 */
final class SiriusMappings {

    static final String BOTH = "BusinessModel";
    static final String NETWORK = "ParticipantNetwork";

    private final Resource design;

    private SiriusMappings(Resource design) {
        this.design = design;
    }

    /** The design the built bundle ships, loaded (without errors) against Sirius's and STIC's metamodels. */
    static SiriusMappings loadShipped(Path folder) throws IOException {
        Resource design = DesignFiles.load(SiriusMetamodels.fromSystemProperty(), folder, DesignFiles.shippedText());
        assertEquals(List.of(), design.getErrors(), "load errors");
        return new SiriusMappings(design);
    }

    Resource design() {
        return design;
    }

    /** The Sirius diagram that draws the engine's view holding {@code type}. */
    static String diagramOf(NodeType type) {
        return type.inView(View.BOTH) ? BOTH : NETWORK;
    }

    /** The engine's view that a Sirius diagram stands for. */
    static View viewOf(String diagram) {
        return BOTH.equals(diagram) ? View.BOTH : View.NETWORK;
    }

    static String diagramOf(EdgeType type) {
        return diagramOf(type.sourceType());
    }

    /** The STIC class of the Sirius container that stands for a contour region. */
    static String regionClass(ContourRegion region) {
        return switch (region) {
            case INTERNAL -> "stic.InternalContour";
            case EXTERNAL -> "stic.ExternalContour";
            case GOALS -> "stic.Cluster";
        };
    }

    /** The node mappings of {@code diagram} whose domain class is {@code type}'s class. */
    List<EObject> nodeMappings(String diagram, NodeType type) {
        List<EObject> found = new ArrayList<>();
        design.getAllContents().forEachRemaining(o -> {
            if (o.eClass().getName().equals("NodeMapping") && diagram.equals(diagramName(o))
                    && ("stic." + type.eClass().getName()).equals(string(o, "domainClass"))) {
                found.add(o);
            }
        });
        return found;
    }

    /** The edge mapping of {@code diagram} named with the engine's edge type id, or null. */
    EObject edgeMapping(String diagram, EdgeType type) {
        List<EObject> found = new ArrayList<>();
        design.getAllContents().forEachRemaining(o -> {
            if (o.eClass().getName().equals("EdgeMapping") && diagram.equals(diagramName(o))
                    && type.id().equals(string(o, "name"))) {
                found.add(o);
            }
        });
        assertTrue(found.size() <= 1, "several edge mappings named " + type.id());
        return found.isEmpty() ? null : found.get(0);
    }

    /** The name of the diagram description that holds {@code o}. */
    static String diagramName(EObject o) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e.eClass().getName().equals("DiagramDescription")) {
                return string(e, "name");
            }
        }
        return null;
    }

    static EObject first(EObject o, String feature) {
        List<EObject> values = all(o, feature);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The text of an image the design names ({@code /org.stic.design/...}), read from the built bundle. */
    static String image(String workspacePath) throws IOException {
        String prefix = "/" + Activator.PLUGIN_ID + "/";
        assertTrue(workspacePath.startsWith(prefix), workspacePath);
        URL entry = DesignFiles.designBundle().getEntry(workspacePath.substring(prefix.length()));
        assertNotNull(entry, workspacePath + " is not in the built bundle");
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

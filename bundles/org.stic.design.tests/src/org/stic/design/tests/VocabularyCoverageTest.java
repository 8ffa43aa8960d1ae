package org.stic.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stic.design.tests.DesignChecks.all;
import static org.stic.design.tests.DesignChecks.get;
import static org.stic.design.tests.DesignChecks.one;
import static org.stic.design.tests.DesignChecks.path;
import static org.stic.design.tests.DesignChecks.string;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.SticPackage;
import org.stic.design.Activator;
import org.stic.design.tests.Vocabulary.EdgeType;
import org.stic.design.tests.Vocabulary.NodeType;

/**
 * Both ways between the Sirius design and the vocabulary our own diagram engine draws: every node and edge type has a
 * Sirius mapping that draws it the same way (same classes, same regions, same reference, same direction and label),
 * and every Sirius mapping corresponds to one of them.
 */
class VocabularyCoverageTest {

    @TempDir
    Path folder;

    private Resource design;

    @BeforeEach
    void load() throws IOException {
        design = DesignFiles.load(SiriusMetamodels.fromSystemProperty(), folder, DesignFiles.shippedText());
        assertEquals(List.of(), design.getErrors());
    }

    @Test
    void everyNodeTypeHasAMappingInItsRegion() {
        for (NodeType node : Vocabulary.NODES) {
            List<EObject> mappings = mappings(node.diagram(), "NodeMapping", node.eClass());
            assertEquals(1, mappings.size(), node + ": node mappings " + paths(mappings));
            EObject parent = mappings.get(0).eContainer();
            if (node.region() == null) {
                assertEquals("Layer", parent.eClass().getName(), node + " must not sit in a region");
            } else {
                assertEquals("stic." + node.region(), string(parent, "domainClass"), node + " sits in the wrong region");
            }
        }
    }

    @Test
    void everyEdgeTypeHasAMappingThatDrawsTheSameReference() {
        for (EdgeType edge : Vocabulary.EDGES) {
            EObject mapping = edgeMapping(edge.diagram(), edge.id());
            assertNotNull(mapping, "no edge mapping named " + edge.id() + " in " + edge.diagram());
            assertEquals(1, all(mapping, "sourceMapping").size(), edge.id() + ": one source mapping");
            assertEquals(1, all(mapping, "targetMapping").size(), edge.id() + ": one target mapping");
            assertEquals("stic." + edge.from(), string(first(mapping, "sourceMapping"), "domainClass"), edge.id() + ": drawn from");
            assertEquals("stic." + edge.to(), string(first(mapping, "targetMapping"), "domainClass"), edge.id() + ": drawn to");
            String label = string(one(one(mapping, "style"), "centerLabelStyleDescription"), "labelExpression");
            if (edge.reference() == null) {
                assertEquals(Boolean.TRUE, get(mapping, "useDomainElement"), edge.id() + " is an element-based edge");
                assertEquals("stic." + edge.owner(), string(mapping, "domainClass"), edge.id());
                assertEquals("source", AqlNavigation.singleNavigation(string(mapping, "sourceFinderExpression")), edge.id());
                assertEquals("target", AqlNavigation.singleNavigation(string(mapping, "targetFinderExpression")), edge.id());
                assertEquals("feature:" + edge.label(), label, edge.id() + ": label");
            } else {
                String finder = AqlNavigation.singleNavigation(string(mapping, "targetFinderExpression"));
                assertNotNull(finder, edge.id() + ": the target finder must navigate one reference");
                EStructuralFeature drawn = feature(edge.from(), finder);
                EReference owning = reference(edge.owner(), edge.reference());
                boolean same = edge.owner().equals(edge.from()) ? drawn == owning
                        : drawn instanceof EReference r && r.getEOpposite() == owning;
                assertTrue(same, edge.id() + ": draws " + edge.from() + "." + finder + ", not " + edge.owner() + "."
                        + edge.reference() + " from " + edge.from() + " to " + edge.to());
                assertEquals("aql:'" + edge.label() + "'", label, edge.id() + ": label");
            }
        }
    }

    @Test
    void everySiriusMappingIsSomethingOurEngineDraws() {
        Set<String> unknown = new TreeSet<>();
        design.getAllContents().forEachRemaining(o -> {
            String diagram = diagramOf(o);
            switch (o.eClass().getName()) {
            case "ContainerMapping" -> {
                if (Vocabulary.NODES.stream().noneMatch(n -> n.diagram().equals(diagram)
                        && ("stic." + n.region()).equals(string(o, "domainClass")))) {
                    unknown.add(path(o) + " (a region no node type sits in)");
                }
            }
            case "NodeMapping" -> {
                if (Vocabulary.NODES.stream().noneMatch(n -> n.diagram().equals(diagram)
                        && ("stic." + n.eClass()).equals(string(o, "domainClass")))) {
                    unknown.add(path(o));
                }
            }
            case "EdgeMapping" -> {
                if (Vocabulary.EDGES.stream().noneMatch(e -> e.diagram().equals(diagram) && e.id().equals(string(o, "name")))) {
                    unknown.add(path(o));
                }
            }
            default -> {
                // not a mapping
            }
            }
        });
        assertEquals(Set.of(), unknown, "Sirius mappings our engine does not draw");
    }

    @Test
    void aKeyActionWithoutSupportingResourceStandsOut() throws IOException {
        String gap = "aql:self.supportingResources->isEmpty()";
        EObject keyAction = mappings(Vocabulary.BOTH_DIAGRAM, "NodeMapping", "KeyAction").get(0);
        EObject alert = all(keyAction, "conditionnalStyles").stream()
                .filter(c -> gap.equals(string(c, "predicateExpression"))).findFirst().orElse(null);
        assertNotNull(alert, "KeyAction has no conditional style on " + gap);
        String normal = string(one(keyAction, "style"), "workspacePath");
        String alerted = string(one(alert, "style"), "workspacePath");
        assertNotEquals(normal, alerted, "the readiness gap must change the shape's drawing");
        // As our engine draws it: the same outline with a thick red dashed border.
        String svg = image(alerted);
        assertTrue(svg.contains("stroke=\"#D32F2F\"") && svg.contains("stroke-dasharray"), alerted + ": " + svg);
        // ...and an error badge, as a decoration on the same condition.
        List<EObject> badges = new ArrayList<>();
        design.getAllContents().forEachRemaining(o -> {
            if (o.eClass().getName().equals("MappingBasedDecoration") && all(o, "mappings").contains(keyAction)
                    && gap.equals(string(o, "preconditionExpression"))) {
                badges.add(o);
            }
        });
        assertEquals(1, badges.size(), "one error badge on key actions without supporting resources");
    }

    @Test
    void participantStyleVariesByKind() {
        EObject participant = mappings(Vocabulary.NETWORK_DIAGRAM, "NodeMapping", "Participant").get(0);
        List<String> predicates = all(participant, "conditionnalStyles").stream()
                .map(c -> string(c, "predicateExpression")).toList();
        for (EEnumLiteral kind : SticPackage.Literals.PARTICIPANT_KIND.getELiterals()) {
            if (!kind.getName().equals("OTHER")) {
                assertTrue(predicates.stream().anyMatch(p -> p.contains("stic::ParticipantKind::" + kind.getName() + " ")
                        || p.endsWith("stic::ParticipantKind::" + kind.getName())),
                        "no style for participant kind " + kind.getName() + " in " + predicates);
            }
        }
        Set<String> images = new TreeSet<>();
        images.add(string(one(participant, "style"), "workspacePath"));
        all(participant, "conditionnalStyles").forEach(c -> images.add(string(one(c, "style"), "workspacePath")));
        assertEquals(SticPackage.Literals.PARTICIPANT_KIND.getELiterals().size(), images.size(), "one drawing per kind: " + images);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private List<EObject> mappings(String diagram, String kind, String eClass) {
        List<EObject> found = new ArrayList<>();
        design.getAllContents().forEachRemaining(o -> {
            if (o.eClass().getName().equals(kind) && diagram.equals(diagramOf(o))
                    && ("stic." + eClass).equals(string(o, "domainClass"))) {
                found.add(o);
            }
        });
        return found;
    }

    private EObject edgeMapping(String diagram, String id) {
        List<EObject> found = new ArrayList<>();
        design.getAllContents().forEachRemaining(o -> {
            if (o.eClass().getName().equals("EdgeMapping") && diagram.equals(diagramOf(o)) && id.equals(string(o, "name"))) {
                found.add(o);
            }
        });
        assertTrue(found.size() <= 1, "several edge mappings named " + id);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String diagramOf(EObject o) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e.eClass().getName().equals("DiagramDescription")) {
                return string(e, "name");
            }
        }
        return null;
    }

    private static EObject first(EObject o, String feature) {
        List<EObject> values = all(o, feature);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The text of an image the design names (/org.stic.design/...) from the built bundle. */
    private static String image(String workspacePath) throws IOException {
        String prefix = "/" + Activator.PLUGIN_ID + "/";
        assertTrue(workspacePath.startsWith(prefix), workspacePath);
        URL entry = DesignFiles.designBundle().getEntry(workspacePath.substring(prefix.length()));
        assertNotNull(entry, workspacePath + " is not in the built bundle");
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> paths(List<EObject> objects) {
        return objects.stream().map(DesignChecks::path).toList();
    }

    static EStructuralFeature feature(String eClass, String name) {
        return ((EClass) SticPackage.eINSTANCE.getEClassifier(eClass)).getEStructuralFeature(name);
    }

    static EReference reference(String eClass, String name) {
        return (EReference) feature(eClass, name);
    }
}

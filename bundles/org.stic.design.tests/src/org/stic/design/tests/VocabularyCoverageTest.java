package org.stic.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stic.design.tests.DesignChecks.all;
import static org.stic.design.tests.DesignChecks.get;
import static org.stic.design.tests.DesignChecks.one;
import static org.stic.design.tests.DesignChecks.path;
import static org.stic.design.tests.DesignChecks.string;
import static org.stic.design.tests.SiriusMappings.first;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.SticPackage;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.EdgeType;
import org.stic.diagram.NodeType;
import org.stic.design.DesignServices;
import org.stic.diagram.View;
import org.stic.model.edit.Language;

/**
 * Both ways between the Sirius design and what our own diagram engine draws ({@link NodeType}, {@link EdgeType}):
 * every node and edge type has a Sirius mapping that draws it the same way (same class, same region, same reference,
 * same direction and label, a palette tool that puts new elements where the engine finds them), and every Sirius
 * mapping corresponds to one of them.
 */
class VocabularyCoverageTest {

    @TempDir
    Path folder;

    private SiriusMappings sirius;
    private Resource design;

    @BeforeEach
    void load() throws IOException {
        sirius = SiriusMappings.loadShipped(folder);
        design = sirius.design();
    }

    @Test
    void everyNodeTypeHasAMappingInItsRegion() {
        for (NodeType type : NodeType.values()) {
            List<EObject> mappings = sirius.nodeMappings(SiriusMappings.diagramOf(type), type);
            assertEquals(1, mappings.size(), type + ": node mappings " + mappings.stream().map(DesignChecks::path).toList());
            EObject parent = mappings.get(0).eContainer();
            if (type.region() == null) {
                assertEquals("Layer", parent.eClass().getName(), type + " must not sit in a region");
            } else {
                assertEquals(SiriusMappings.regionClass(type.region()), string(parent, "domainClass"), type + ": region");
            }
        }
    }

    @Test
    void everyNodeTypeIsCreatedWhereTheEngineFindsIt() {
        for (NodeType type : NodeType.values()) {
            EObject mapping = sirius.nodeMappings(SiriusMappings.diagramOf(type), type).get(0);
            List<String> references = new ArrayList<>();
            for (EObject tool : new DesignChecks(design, SticPackage.eINSTANCE).tools()) {
                if (tool.eClass().getName().equals("NodeCreationDescription") && all(tool, "nodeMappings").contains(mapping)) {
                    tool.eAllContents().forEachRemaining(op -> {
                        if (op.eClass().getName().equals("CreateInstance")) {
                            references.add(string(op, "referenceName"));
                        }
                    });
                }
            }
            assertEquals(List.of(type.containment().getName()), references, type + ": the palette tool's containment");
        }
    }

    @Test
    void everyEdgeTypeHasAMappingThatDrawsTheSameReference() {
        for (EdgeType type : EdgeType.values()) {
            EObject mapping = sirius.edgeMapping(SiriusMappings.diagramOf(type), type);
            assertNotNull(mapping, "no edge mapping named " + type.id() + " in " + SiriusMappings.diagramOf(type));
            assertEquals(1, all(mapping, "sourceMapping").size(), type.id() + ": one source mapping");
            EClass from = type.sourceType().eClass();
            assertEquals("stic." + from.getName(), string(first(mapping, "sourceMapping"), "domainClass"), type.id() + ": drawn from");
            View view = SiriusMappings.viewOf(SiriusMappings.diagramOf(type));
            Set<String> ends = new TreeSet<>(type.targetTypes().stream().filter(t -> t.inView(view))
                    .map(t -> "stic." + t.eClass().getName()).toList());
            List<String> drawnTo = all(mapping, "targetMapping").stream().map(t -> string(t, "domainClass")).toList();
            assertEquals(ends.size(), drawnTo.size(), type.id() + ": one target mapping per end type " + drawnTo);
            assertEquals(ends, new TreeSet<>(drawnTo), type.id() + ": drawn to");
            String label = string(one(one(mapping, "style"), "centerLabelStyleDescription"), "labelExpression");
            if (type.reference() == null) {
                assertEquals(Boolean.TRUE, get(mapping, "useDomainElement"), type.id() + " is drawn for an element");
                assertEquals("stic." + type.edgeClass().getName(), string(mapping, "domainClass"), type.id());
                assertEquals("source", AqlNavigation.singleNavigation(string(mapping, "sourceFinderExpression")), type.id());
                assertEquals("target", AqlNavigation.singleNavigation(string(mapping, "targetFinderExpression")), type.id());
                // the interaction's kind, named by the vocabulary as the engine names it
                assertEquals("aql:self." + type.label() + "." + AqlNavigation.SERVICE_LITERAL + "()", label,
                        type.id() + ": label");
            } else {
                String finder = AqlNavigation.singleNavigation(string(mapping, "targetFinderExpression"));
                assertNotNull(finder, type.id() + ": the target finder must navigate one reference");
                EStructuralFeature drawn = from.getEStructuralFeature(finder);
                boolean same = type.reversed() ? drawn instanceof EReference r && r.getEOpposite() == type.reference()
                        : drawn == type.reference();
                assertTrue(same, type.id() + ": Sirius follows " + from.getName() + "." + finder + ", the engine draws "
                        + type.reference().getEContainingClass().getName() + "." + type.reference().getName()
                        + (type.reversed() ? " reversed" : ""));
                // the label is the design's text for the edge, which says what the engine draws, in each language
                assertEquals("aql:self." + AqlNavigation.SERVICE_TEXT + "('edge." + camelCase(type.id()) + "')", label,
                        type.id() + ": label");
                for (Language language : Language.values()) {
                    assertEquals(type.displayLabel(language), DesignServices.text(
                            DesignTranslationTest.localization(language.code()), "edge." + camelCase(type.id())),
                            type.id() + ": label in " + language.code());
                }
            }
        }
    }

    /** "hasNeed" for the edge type id "has-need": the design's keys are camel case. */
    private static String camelCase(String id) {
        StringBuilder key = new StringBuilder();
        for (String part : id.split("-")) {
            key.append(key.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return key.toString();
    }

    @Test
    void everySiriusMappingIsSomethingOurEngineDraws() {
        Set<String> unknown = new TreeSet<>();
        design.getAllContents().forEachRemaining(o -> {
            String diagram = SiriusMappings.diagramName(o);
            switch (o.eClass().getName()) {
            case "ContainerMapping" -> {
                if (Arrays.stream(ContourRegion.values()).noneMatch(r -> SiriusMappings.regionClass(r).equals(string(o, "domainClass")))
                        || !SiriusMappings.BOTH.equals(diagram)) {
                    unknown.add(path(o) + " (not a contour region of the both-contours view)");
                }
            }
            case "NodeMapping" -> {
                boolean known = Arrays.stream(NodeType.values()).anyMatch(t -> t.inView(SiriusMappings.viewOf(diagram))
                        && ("stic." + t.eClass().getName()).equals(string(o, "domainClass")));
                if (!known) {
                    unknown.add(path(o));
                }
            }
            case "EdgeMapping" -> {
                boolean known = EdgeType.byId(string(o, "name")).filter(t -> SiriusMappings.diagramOf(t).equals(diagram)).isPresent();
                if (!known) {
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
}

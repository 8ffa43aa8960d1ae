package org.stic.design.tests;

import java.util.List;

/**
 * The diagram vocabulary both diagram paths must draw, as the team contract (coord/CONTRACT.md) states it. Kept here
 * until the diagram engine (org.stic.diagram) exports its node and edge types; then the coverage test reads those.
 */
final class Vocabulary {

    /** The Sirius diagram that draws a view of the engine: {@code both} and {@code network}. */
    static final String BOTH_DIAGRAM = "BusinessModel";
    static final String NETWORK_DIAGRAM = "ParticipantNetwork";

    /** A node type: the STIC class, the contour region that holds it (null: no region) and the diagram. */
    record NodeType(String eClass, String region, String diagram) {
    }

    /**
     * An edge type: drawn {@code from -> to} for {@code owner.reference} (null reference: the edge is an element of
     * class {@code owner} with source and target), labelled {@code label}.
     */
    record EdgeType(String id, String owner, String reference, String from, String to, String label, String diagram) {
    }

    static final String INTERNAL = "InternalContour";
    static final String EXTERNAL = "ExternalContour";

    static final List<NodeType> NODES = List.of(
            new NodeType("KeyResource", INTERNAL, BOTH_DIAGRAM),
            new NodeType("KeyAction", INTERNAL, BOTH_DIAGRAM),
            new NodeType("Partnership", INTERNAL, BOTH_DIAGRAM),
            new NodeType("CostItem", INTERNAL, BOTH_DIAGRAM),
            new NodeType("Segment", EXTERNAL, BOTH_DIAGRAM),
            new NodeType("SegmentNeed", EXTERNAL, BOTH_DIAGRAM),
            new NodeType("ValueProposition", EXTERNAL, BOTH_DIAGRAM),
            new NodeType("Channel", EXTERNAL, BOTH_DIAGRAM),
            new NodeType("Relationship", EXTERNAL, BOTH_DIAGRAM),
            new NodeType("RevenueStream", EXTERNAL, BOTH_DIAGRAM),
            new NodeType("Participant", null, NETWORK_DIAGRAM));

    static final List<EdgeType> EDGES = List.of(
            new EdgeType("supports", "KeyAction", "supportingResources", "KeyResource", "KeyAction", "supports", BOTH_DIAGRAM),
            new EdgeType("delivers", "KeyAction", "valuePropositions", "KeyAction", "ValueProposition", "delivers", BOTH_DIAGRAM),
            new EdgeType("addresses", "ValueProposition", "segments", "ValueProposition", "Segment", "addresses", BOTH_DIAGRAM),
            new EdgeType("covers", "ValueProposition", "needs", "ValueProposition", "SegmentNeed", "covers", BOTH_DIAGRAM),
            new EdgeType("has-need", "Segment", "needs", "Segment", "SegmentNeed", "has need", BOTH_DIAGRAM),
            new EdgeType("channel-serves", "Channel", "segments", "Channel", "Segment", "serves", BOTH_DIAGRAM),
            new EdgeType("relationship-with", "Relationship", "segments", "Relationship", "Segment", "with", BOTH_DIAGRAM),
            new EdgeType("revenue-from", "RevenueStream", "segments", "Segment", "RevenueStream", "pays", BOTH_DIAGRAM),
            new EdgeType("partnership-provides", "Partnership", "resources", "Partnership", "KeyResource", "provides", BOTH_DIAGRAM),
            new EdgeType("partnership-performs", "Partnership", "actions", "Partnership", "KeyAction", "performs", BOTH_DIAGRAM),
            new EdgeType("cost-of-resource", "CostItem", "resources", "KeyResource", "CostItem", "costs", BOTH_DIAGRAM),
            new EdgeType("cost-of-action", "CostItem", "actions", "KeyAction", "CostItem", "costs", BOTH_DIAGRAM),
            new EdgeType("interaction", "Interaction", null, "Participant", "Participant", "kind", NETWORK_DIAGRAM));

    private Vocabulary() {
    }
}

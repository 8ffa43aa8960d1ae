package org.stic.diagram;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.stic.SticPackage;
import org.stic.model.edit.Language;

/**
 * The edge types of the diagram vocabulary (CONTRACT.md). Each is drawn for one owning EReference (or, for
 * {@link #INTERACTION}, for each Interaction object), from {@link #sourceType()} to {@link #targetType()}.
 * {@code reversed} edges point from the referenced element to the reference's owner.
 */
public enum EdgeType {
    SUPPORTS("supports", SticPackage.Literals.KEY_ACTION__SUPPORTING_RESOURCES, true, "supports"),
    DELIVERS("delivers", SticPackage.Literals.KEY_ACTION__VALUE_PROPOSITIONS, false, "delivers"),
    ADDRESSES("addresses", SticPackage.Literals.VALUE_PROPOSITION__SEGMENTS, false, "addresses"),
    COVERS("covers", SticPackage.Literals.VALUE_PROPOSITION__NEEDS, false, "covers"),
    HAS_NEED("has-need", SticPackage.Literals.SEGMENT__NEEDS, false, "has need"),
    CHANNEL_SERVES("channel-serves", SticPackage.Literals.CHANNEL__SEGMENTS, false, "serves"),
    RELATIONSHIP_WITH("relationship-with", SticPackage.Literals.RELATIONSHIP__SEGMENTS, false, "with"),
    REVENUE_FROM("revenue-from", SticPackage.Literals.REVENUE_STREAM__SEGMENTS, true, "pays"),
    PARTNERSHIP_PROVIDES("partnership-provides", SticPackage.Literals.PARTNERSHIP__RESOURCES, false, "provides"),
    PARTNERSHIP_PERFORMS("partnership-performs", SticPackage.Literals.PARTNERSHIP__ACTIONS, false, "performs"),
    COST_OF_RESOURCE("cost-of-resource", SticPackage.Literals.COST_ITEM__RESOURCES, true, "costs"),
    COST_OF_ACTION("cost-of-action", SticPackage.Literals.COST_ITEM__ACTIONS, true, "costs"),
    /** One edge per Interaction object, from its source to its target participant, labelled with its kind. */
    INTERACTION("interaction", null, false, "kind");

    private final String id;
    private final EReference reference;
    private final boolean reversed;
    private final String label;

    EdgeType(String id, EReference reference, boolean reversed, String label) {
        this.id = id;
        this.reference = reference;
        this.reversed = reversed;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** The owning reference drawn by this edge type; null for {@link #INTERACTION}. */
    public EReference reference() {
        return reference;
    }

    /** The EClass whose instances are drawn as edges ({@code Interaction}); null for reference edges. */
    public EClass edgeClass() {
        return reference == null ? SticPackage.Literals.INTERACTION : null;
    }

    /** True when the edge points from the referenced element to the reference's owner. */
    public boolean reversed() {
        return reversed;
    }

    /** The label drawn on the edge in {@code language} ("supports", «обеспечивает»); empty for interactions. */
    public String displayLabel(Language language) {
        return reference == null ? "" : Messages.get(language, "edge." + id);
    }

    /** The edge label as the vocabulary writes it ("kind" for interactions: the interaction's kind is shown). */
    public String label() {
        return label;
    }

    public NodeType sourceType() {
        return reference == null ? NodeType.PARTICIPANT : reversed ? referenced() : owner();
    }

    public NodeType targetType() {
        return reference == null ? NodeType.PARTICIPANT : reversed ? owner() : referenced();
    }

    private NodeType owner() {
        return NodeType.of(reference.getEContainingClass()).orElseThrow();
    }

    private NodeType referenced() {
        return NodeType.of(reference.getEReferenceType()).orElseThrow();
    }

    public static Optional<EdgeType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}

package org.stic.diagram;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.stic.Cluster;
import org.stic.ExternalContour;
import org.stic.InternalContour;
import org.stic.Segment;
import org.stic.SticPackage;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * The node types of the diagram vocabulary (CONTRACT.md), each drawn for one EClass, in the contour region it belongs
 * to. Declaration order is the left-to-right order of the groups inside a region: it follows the readiness chain.
 */
public enum NodeType {
    PARTNERSHIP(SticPackage.Literals.PARTNERSHIP, ContourRegion.INTERNAL, 0),
    KEY_RESOURCE(SticPackage.Literals.KEY_RESOURCE, ContourRegion.INTERNAL, 1),
    KEY_ACTION(SticPackage.Literals.KEY_ACTION, ContourRegion.INTERNAL, 2),
    COST_ITEM(SticPackage.Literals.COST_ITEM, ContourRegion.INTERNAL, 3),
    VALUE_PROPOSITION(SticPackage.Literals.VALUE_PROPOSITION, ContourRegion.EXTERNAL, 0),
    CHANNEL(SticPackage.Literals.CHANNEL, ContourRegion.EXTERNAL, 0),
    RELATIONSHIP(SticPackage.Literals.RELATIONSHIP, ContourRegion.EXTERNAL, 0),
    SEGMENT(SticPackage.Literals.SEGMENT, ContourRegion.EXTERNAL, 1),
    SEGMENT_NEED(SticPackage.Literals.SEGMENT_NEED, ContourRegion.EXTERNAL, 2),
    /** Also drawn in the network view, where its payers are: the participants (members or external) who pay it. */
    REVENUE_STREAM(SticPackage.Literals.REVENUE_STREAM, ContourRegion.EXTERNAL, 2),
    /** The cluster's goals, in their own region of the both-contours view, linked to the elements they measure. */
    INDICATOR(SticPackage.Literals.INDICATOR, ContourRegion.GOALS, 0),
    /** Network view only; its style varies by {@code Participant.kind}. */
    PARTICIPANT(SticPackage.Literals.PARTICIPANT, null, 0);

    private final EClass eClass;
    private final ContourRegion region;
    private final int column;

    NodeType(EClass eClass, ContourRegion region, int column) {
        this.eClass = eClass;
        this.region = region;
        this.column = column;
    }

    public EClass eClass() {
        return eClass;
    }

    /** The contour region holding nodes of this type; null for participants (network view, no regions). */
    public ContourRegion region() {
        return region;
    }

    /** "Key action", in the workbench's language, from the one vocabulary. */
    public String label() {
        return Vocabulary.current().typeInSentence(eClass);
    }

    /** "Key Actions", the title of the group of such nodes, in the workbench's language. */
    public String groupLabel() {
        return Vocabulary.current().types(eClass);
    }

    /**
     * The title of this type's block on the canvas, in the workbench's language: its group's title; for indicators
     * the goals' region's ("Goals and indicators"), since their block stands in no region box.
     */
    public String blockLabel() {
        return blockLabel(Language.current());
    }

    public String blockLabel(Language language) {
        return this == INDICATOR ? region.label(language) : Vocabulary.of(language).types(eClass);
    }

    /** Column of this type's group inside its region (layout partition), counted from the left. */
    public int column() {
        return column;
    }

    /** Whether the view draws nodes of this type (revenue streams also in the network view, beside their payers). */
    public boolean inView(View view) {
        return createdIn(view) || this == REVENUE_STREAM && view == View.NETWORK;
    }

    /**
     * Whether new elements of this type are created in the view: where their container is drawn (the goals on the
     * canvas: in their block across the foot of the sheet, which stands in no region).
     */
    public boolean createdIn(View view) {
        return region == null ? view == View.NETWORK : view.shows(region) || view == View.CANVAS && this == INDICATOR;
    }

    public static List<NodeType> inViewOrder(View view) {
        return Arrays.stream(values()).filter(t -> t.inView(view)).collect(Collectors.toUnmodifiableList());
    }

    public static Optional<NodeType> of(EClass eClass) {
        return Arrays.stream(values()).filter(t -> t.eClass == eClass).findFirst();
    }

    /** The model elements of this type in the cluster, in model order. */
    public List<? extends EObject> elements(Cluster cluster) {
        InternalContour in = cluster.getInternalContour();
        ExternalContour ex = cluster.getExternalContour();
        return switch (this) {
            case PARTNERSHIP -> in == null ? List.of() : in.getPartnerships();
            case KEY_RESOURCE -> in == null ? List.of() : in.getKeyResources();
            case KEY_ACTION -> in == null ? List.of() : in.getKeyActions();
            case COST_ITEM -> in == null ? List.of() : in.getCostItems();
            case VALUE_PROPOSITION -> ex == null ? List.of() : ex.getValuePropositions();
            case CHANNEL -> ex == null ? List.of() : ex.getChannels();
            case RELATIONSHIP -> ex == null ? List.of() : ex.getRelationships();
            case SEGMENT -> ex == null ? List.of() : ex.getSegments();
            case SEGMENT_NEED -> ex == null ? List.of()
                    : ex.getSegments().stream().map(Segment::getNeeds).flatMap(List::stream).collect(Collectors.toList());
            case REVENUE_STREAM -> ex == null ? List.of() : ex.getRevenueStreams();
            case INDICATOR -> Collections.unmodifiableList(cluster.getIndicators());
            case PARTICIPANT -> Collections.unmodifiableList(cluster.getParticipants());
        };
    }

    /** The containment reference that holds elements of this type. */
    public EReference containment() {
        SticPackage p = SticPackage.eINSTANCE;
        return switch (this) {
            case PARTNERSHIP -> p.getInternalContour_Partnerships();
            case KEY_RESOURCE -> p.getInternalContour_KeyResources();
            case KEY_ACTION -> p.getInternalContour_KeyActions();
            case COST_ITEM -> p.getInternalContour_CostItems();
            case VALUE_PROPOSITION -> p.getExternalContour_ValuePropositions();
            case CHANNEL -> p.getExternalContour_Channels();
            case RELATIONSHIP -> p.getExternalContour_Relationships();
            case SEGMENT -> p.getExternalContour_Segments();
            case SEGMENT_NEED -> p.getSegment_Needs();
            case REVENUE_STREAM -> p.getExternalContour_RevenueStreams();
            case INDICATOR -> p.getCluster_Indicators();
            case PARTICIPANT -> p.getCluster_Participants();
        };
    }
}

package org.stic.diagram.scene;

import org.stic.ParticipantKind;
import org.stic.diagram.EdgeType;
import org.stic.diagram.NodeType;

/**
 * The style table: one outline per node type (so types stay apart in black and white), light fills that print as
 * distinct greys, dark borders, and one dash pattern or end marker per edge type.
 */
public final class Styles {

    public static final int TEXT = 0x1A1A1A;
    public static final int MUTED_TEXT = 0x555555;
    public static final int BORDER = 0x333333;
    public static final int ERROR = 0xD32F2F;
    public static final int WARNING = 0xF9A825;
    public static final int INFO = 0x1976D2;

    /** The readiness-gap border: red, thick, dashed. */
    public static final float[] GAP_DASH = { 7f, 4f };

    private static final float[] DASHED = { 6f, 4f };
    private static final float[] DOTTED = { 1.5f, 3f };
    private static final float[] DASH_DOT = { 8f, 3f, 1.5f, 3f };
    private static final float[] LONG_DASH = { 12f, 4f };

    private Styles() {
    }

    public static NodeStyle node(NodeType type) {
        return switch (type) {
            case PARTNERSHIP -> node(ShapeKind.HEXAGON, 0xE6DCF2, 1.2, "Partnership");
            case KEY_RESOURCE -> node(ShapeKind.RECTANGLE, 0xD5E6F5, 1.8, "KeyResource");
            case KEY_ACTION -> node(ShapeKind.ROUNDED, 0xD8EFD3, 1.2, "KeyAction");
            case COST_ITEM -> node(ShapeKind.NOTE, 0xF6DCDC, 1.2, "CostItem");
            case VALUE_PROPOSITION -> node(ShapeKind.CHEVRON, 0xFFF0B8, 1.2, "ValueProposition");
            case CHANNEL -> node(ShapeKind.PARALLELOGRAM, 0xD4F0EF, 1.2, "Channel");
            case RELATIONSHIP -> node(ShapeKind.STADIUM, 0xF9DDE8, 1.2, "Relationship");
            case SEGMENT -> node(ShapeKind.ELLIPSE, 0xFFDDB0, 1.5, "Segment");
            case SEGMENT_NEED -> node(ShapeKind.OCTAGON, 0xFFFFFF, 1.2, "SegmentNeed");
            case REVENUE_STREAM -> node(ShapeKind.TRAPEZOID, 0xE8F1C8, 1.2, "RevenueStream");
            case INDICATOR -> node(ShapeKind.DOUBLE_RECTANGLE, 0xEDE7F6, 1.2, "Indicator");
            case PARTICIPANT -> participant(ParticipantKind.OTHER);
        };
    }

    /** A canvas card: a rounded box in its type's fill, no icon (the block's title says the type). */
    public static NodeStyle card(NodeType type) {
        NodeStyle node = node(type);
        return new NodeStyle(ShapeKind.ROUNDED, node.fill(), BORDER, 0.8, null, null);
    }

    /** Participants: the outline and fill vary by kind; the kind is also written under the name. */
    public static NodeStyle participant(ParticipantKind kind) {
        if (kind == null) {
            kind = ParticipantKind.OTHER;
        }
        return switch (kind) {
            case LARGE_ENTERPRISE -> node(ShapeKind.RECTANGLE, 0xD5E6F5, 1.8, "Participant");
            case SME -> node(ShapeKind.ROUNDED, 0xDCEFF9, 1.2, "Participant");
            case DEFENCE_INDUSTRY_ENTERPRISE -> node(ShapeKind.DOUBLE_RECTANGLE, 0xDADFE6, 1.2, "Participant");
            case UNIVERSITY -> node(ShapeKind.HEXAGON, 0xE6DCF2, 1.2, "Participant");
            case RESEARCH_INSTITUTE -> node(ShapeKind.OCTAGON, 0xEFE3F7, 1.2, "Participant");
            case TECHNOPARK -> node(ShapeKind.TRAPEZOID, 0xD4F0EF, 1.2, "Participant");
            case INVESTOR -> node(ShapeKind.CHEVRON, 0xFFF0B8, 1.2, "Participant");
            case AUTHORITY -> node(ShapeKind.NOTE, 0xF6DCDC, 1.2, "Participant");
            case CLUSTER_ORGANISATION -> node(ShapeKind.ELLIPSE, 0xFFDDB0, 2.0, "Participant");
            case OTHER, UNSPECIFIED -> node(ShapeKind.STADIUM, 0xF2F2F2, 1.2, "Participant");
            case INDUSTRIAL_PARK -> node(ShapeKind.TRAPEZOID, 0xC8E6C9, 1.5, "Participant");
            case DEVELOPMENT_INSTITUTION -> node(ShapeKind.CHEVRON, 0xFFE0B2, 1.5, "Participant");
            case FINANCIAL_INSTITUTION -> node(ShapeKind.CHEVRON, 0xFFF9C4, 1.2, "Participant");
        };
    }

    public static EdgeStyle edge(EdgeType type) {
        return switch (type) {
            case SUPPORTS -> edge(0x2E5E8C, 1.4, null, ArrowHead.FILLED);
            case DELIVERS -> edge(0x2E7D32, 1.8, null, ArrowHead.FILLED);
            case ADDRESSES -> edge(0x8D5B00, 1.4, null, ArrowHead.OPEN);
            case COVERS -> edge(0x8D5B00, 1.2, DOTTED, ArrowHead.OPEN);
            case HAS_NEED -> new EdgeStyle(0x555555, 1.2, null, ArrowHead.DIAMOND, ArrowHead.NONE);
            case CHANNEL_SERVES -> edge(0x00695C, 1.2, DASHED, ArrowHead.OPEN);
            case RELATIONSHIP_WITH -> edge(0xAD1457, 1.2, DASH_DOT, ArrowHead.OPEN);
            case REVENUE_FROM -> edge(0x558B2F, 1.4, LONG_DASH, ArrowHead.OPEN);
            case PAYS -> edge(0x33691E, 1.8, null, ArrowHead.FILLED);
            case EARNED_BY -> edge(0x827717, 1.2, LONG_DASH, ArrowHead.OPEN);
            case CHANNEL_DELIVERS -> edge(0x00695C, 1.4, null, ArrowHead.FILLED);
            case PARTNERSHIP_PROVIDES -> edge(0x5E35B1, 1.2, DASHED, ArrowHead.FILLED);
            case PARTNERSHIP_PERFORMS -> edge(0x5E35B1, 1.2, DASH_DOT, ArrowHead.FILLED);
            case COST_OF_RESOURCE, COST_OF_ACTION -> edge(0x8E3B3B, 1.0, DOTTED, ArrowHead.FILLED);
            case MEASURES -> edge(0x4527A0, 1.0, DASHED, ArrowHead.OPEN);
            case INTERACTION -> edge(0x37474F, 1.4, null, ArrowHead.FILLED);
        };
    }

    /**
     * What is not (yet) there: an external participant (not a cluster member), a key resource or action that is
     * planned or missing. Drawn with a dashed border, which survives black-and-white printing.
     */
    public static NodeStyle notThere(NodeStyle style) {
        return style.withBorder(style.border(), style.borderWidth(), NOT_THERE_DASH);
    }

    /** The dashed border of {@link #notThere(NodeStyle)}. */
    public static final float[] NOT_THERE_DASH = { 5f, 3f };

    private static NodeStyle node(ShapeKind shape, int fill, double width, String icon) {
        return new NodeStyle(shape, fill, BORDER, width, null, icon);
    }

    private static EdgeStyle edge(int color, double width, float[] dash, ArrowHead head) {
        return new EdgeStyle(color, width, dash, ArrowHead.NONE, head);
    }
}

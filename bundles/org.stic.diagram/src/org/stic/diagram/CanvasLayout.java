package org.stic.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.stic.diagram.render.DiagramFonts;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneNode;

/**
 * Places the canvas view: five columns under the two contours' titles (partnerships | key actions over key resources
 * in the internal contour; value propositions | relationships over channels | segments with their needs in the
 * external one), costs under the internal columns and revenue under the external ones, and the cluster's goals (its
 * indicators) in a strip across the foot of the sheet, under both contours, as the impact row of the canvases made
 * for missions and public programmes: a goal may measure either contour. A block's cards run down in
 * newspaper columns; the number of card columns per canvas column is chosen, widening the fullest column first, so
 * that the sheet best fills a landscape A-series page ({@code sqrt 2 : 1}), which keeps the print scale, and so the
 * text, as large as the content allows. Blocks are fixed: a card placed by hand stays inside its own block.
 */
public final class CanvasLayout {

    /** Width to height of a landscape A-series page. */
    public static final double PAGE_ASPECT = Math.sqrt(2);
    private static final double MARGIN = 4;
    /** Room for the title (18-point text, baseline 28 below the top: the painter's). */
    private static final double TITLE_BAND = 36;
    private static final double CARD_GAP = 3;
    /** A region's title: its baseline is 23 below the top (the painter's), 14-point text. */
    private static final double REGION_HEADER = 28;
    private static final double BLOCK_PAD = 6;
    /** The block's title: a group title's baseline is 16 below the top (the painter's). */
    public static final double BLOCK_HEADER = 20;
    private static final double BLOCK_GAP = 8;
    private static final double REGION_PAD = 4;
    private static final double MIN_BLOCK_HEIGHT = 80;
    /** A collapsed block: its title alone. */
    private static final double COLLAPSED_HEIGHT = BLOCK_HEADER + BLOCK_PAD;
    /** Up to this many cards every choice of card columns is tried (4^5 sheets of a few cards each: milliseconds). */
    private static final int EXHAUSTIVE_MAX_CARDS = 400;
    private static final int EXHAUSTIVE_MAX_COLUMNS = 4;

    /** The top columns, left to right, each with its blocks from top to bottom. */
    private static final List<List<NodeType>> COLUMNS = List.of(List.of(NodeType.PARTNERSHIP),
            List.of(NodeType.KEY_ACTION, NodeType.KEY_RESOURCE), List.of(NodeType.VALUE_PROPOSITION),
            List.of(NodeType.RELATIONSHIP, NodeType.CHANNEL), List.of(NodeType.SEGMENT));
    /** How many top columns belong to the internal contour (the rest: external). */
    private static final int INTERNAL_COLUMNS = 2;

    private final Scene scene;
    private final Map<NodeType, SceneContainer> blocks = new LinkedHashMap<>();
    private final Map<NodeType, List<SceneNode>> byType = new LinkedHashMap<>();
    /** Block heights already measured, by block type (high half) and number of card columns (low half). */
    private final Map<Long, Double> heights = new java.util.HashMap<>();

    private CanvasLayout(Scene scene) {
        this.scene = scene;
        for (SceneContainer c : scene.containers()) {
            if (c.kind() == SceneContainer.Kind.GROUP) {
                blocks.put(c.type(), c);
            }
        }
        Map<SceneContainer, List<SceneNode>> cards = new IdentityHashMap<>();
        for (SceneNode n : scene.nodes()) {
            cards.computeIfAbsent(n.container(), c -> new ArrayList<>()).add(n);
        }
        blocks.forEach((type, block) -> byType.put(type, cards.getOrDefault(block, List.of())));
    }

    /** Places blocks and cards. */
    static void place(Scene scene) {
        CanvasLayout layout = new CanvasLayout(scene);
        int[] columns = scene.nodes().size() <= EXHAUSTIVE_MAX_CARDS ? layout.everyChoice() : layout.steepest();
        layout.arrange(columns);
    }

    /** The best of every choice of 1 to {@link #EXHAUSTIVE_MAX_COLUMNS} card columns per canvas column. */
    private int[] everyChoice() {
        int n = COLUMNS.size();
        int[] columns = new int[n];
        int[] best = null;
        double bestScore = Double.MAX_VALUE;
        int combinations = (int) Math.pow(EXHAUSTIVE_MAX_COLUMNS, n);
        for (int code = 0; code < combinations; code++) {
            int rest = code;
            for (int c = 0; c < n; c++) {
                columns[c] = 1 + rest % EXHAUSTIVE_MAX_COLUMNS;
                rest /= EXHAUSTIVE_MAX_COLUMNS;
            }
            double s = score(columns);
            if (s < bestScore - 0.5) {
                bestScore = s;
                best = columns.clone();
            }
        }
        return best;
    }

    /**
     * From one card column each, adds one where it brings the sheet closest to the page, while any does; where
     * several columns are as tall as the sheet (no single one lowers it), one that shortens the columns without
     * making the sheet worse is taken, so that the next step can.
     */
    private int[] steepest() {
        int[] columns = new int[COLUMNS.size()];
        Arrays.fill(columns, 1);
        double best = score(columns);
        double bestTotal = totalHeight(columns);
        while (true) {
            int chosen = -1;
            double chosenScore = 0;
            double chosenTotal = 0;
            for (int c = 0; c < columns.length; c++) {
                columns[c]++;
                double s = score(columns);
                double total = totalHeight(columns);
                columns[c]--;
                boolean step = s < best - 0.5 || s < best + 0.5 && total < bestTotal - 0.5;
                boolean better = chosen < 0 || s < chosenScore - 0.5 || s < chosenScore + 0.5 && total < chosenTotal;
                if (step && better) {
                    chosen = c;
                    chosenScore = s;
                    chosenTotal = total;
                }
            }
            if (chosen < 0) {
                return columns;
            }
            columns[chosen]++;
            best = Math.min(best, chosenScore);
            bestTotal = chosenTotal;
        }
    }

    /** The top columns' heights added up. */
    private double totalHeight(int[] columns) {
        double total = 0;
        for (int c = 0; c < columns.length; c++) {
            total += columnHeight(c, columns[c]);
        }
        return total;
    }

    /** The larger of the sheet's width over the page aspect and its height: the smaller, the larger the print. */
    private double score(int[] columns) {
        double[] size = sheet(columns);
        return Math.max(size[0] / PAGE_ASPECT, size[1]);
    }

    /** The sheet's width and height, and the foot of the contours (where the goals' strip starts). */
    private double[] sheet(int[] columns) {
        double width = 2 * MARGIN + 2 * REGION_PAD * 2 + BLOCK_GAP;
        double top = 0;
        for (int c = 0; c < columns.length; c++) {
            width += columnWidth(columns[c]) + (c == 0 || c == INTERNAL_COLUMNS ? 0 : BLOCK_GAP);
            top = Math.max(top, columnHeight(c, columns[c]));
        }
        double bottom = Math.max(blockHeight(NodeType.COST_ITEM, cardsAcross(bandWidth(columns, 0,
                INTERNAL_COLUMNS), NodeType.COST_ITEM)), blockHeight(NodeType.REVENUE_STREAM, cardsAcross(bandWidth(
                columns, INTERNAL_COLUMNS, columns.length), NodeType.REVENUE_STREAM)));
        double contours = TITLE_BAND + REGION_HEADER + top + BLOCK_GAP + bottom + REGION_PAD;
        double height = contours + goalsHeight(goalsWidth(width));
        return new double[] { width, height, contours };
    }

    /** The goals' block spans the sheet, from the internal contour's left edge to the external one's right. */
    private static double goalsWidth(double sheetWidth) {
        return sheetWidth - 2 * MARGIN;
    }

    /** The goals' strip under the contours: a gap, its block (no region box: it is a region of its own), the margin. */
    private double goalsHeight(double blockWidth) {
        if (!blocks.containsKey(NodeType.INDICATOR)) {
            return MARGIN;
        }
        return BLOCK_GAP + blockHeight(NodeType.INDICATOR, cardsAcross(blockWidth, NodeType.INDICATOR)) + MARGIN;
    }

    private static double columnWidth(int cardColumns) {
        return cardColumns * SceneBuilder.CARD_WIDTH + (cardColumns - 1) * CARD_GAP + 2 * BLOCK_PAD;
    }

    /** Width of the bottom block under top columns {@code from} (inclusive) to {@code to} (exclusive). */
    private static double bandWidth(int[] columns, int from, int to) {
        double w = 0;
        for (int c = from; c < to; c++) {
            w += columnWidth(columns[c]) + (c == from ? 0 : BLOCK_GAP);
        }
        return w;
    }

    private static int cardsAcross(double blockWidth, NodeType type) {
        return (int) Math.max(1, Math.floor((blockWidth - 2 * BLOCK_PAD + CARD_GAP) / (cardWidth(type) + CARD_GAP)));
    }

    /** The width of a block's cards: a goal's card is wider (it has its values to say). */
    private static double cardWidth(NodeType type) {
        return type == NodeType.INDICATOR ? SceneBuilder.GOAL_CARD_WIDTH : SceneBuilder.CARD_WIDTH;
    }

    private double columnHeight(int column, int cardColumns) {
        double h = 0;
        for (NodeType type : COLUMNS.get(column)) {
            h += blockHeight(type, cardColumns) + (h == 0 ? 0 : BLOCK_GAP);
        }
        return h;
    }

    /**
     * A block's height for its cards; a collapsed block is its title alone. Kept per block and number of card columns:
     * the choice of columns asks for the same ones again and again, and each is a pass over the block's cards.
     */
    private double blockHeight(NodeType type, int cardColumns) {
        if (collapsed(type)) {
            return COLLAPSED_HEIGHT;
        }
        return heights.computeIfAbsent((long) type.ordinal() << 32 | cardColumns, k -> Math.max(MIN_BLOCK_HEIGHT,
                BLOCK_HEADER + flow(byType.get(type), cardColumns, cardWidth(type), 0, 0, null) + 2 * BLOCK_PAD));
    }

    private boolean collapsed(NodeType type) {
        SceneContainer block = blocks.get(type);
        return block != null && block.collapsed();
    }

    /**
     * Runs cards down {@code cardColumns} newspaper columns of about equal height, from (x, y); puts their bounds
     * into {@code placed} unless it is null (measuring only). Returns the height of the tallest column.
     */
    private static double flow(List<SceneNode> cards, int cardColumns, double cardWidth, double x, double y,
            Map<SceneNode, Bounds> placed) {
        if (cards == null || cards.isEmpty()) {
            return 0;
        }
        double rest = 0;
        for (SceneNode n : cards) {
            rest += n.bounds().height() + CARD_GAP;
        }
        // each column aims at an equal share of what is left, so that rounding does not pile up in the last one
        double target = rest / cardColumns;
        int column = 0;
        double used = 0;
        double tallest = 0;
        for (SceneNode n : cards) {
            double h = n.bounds().height() + CARD_GAP;
            if (used > 0 && used + h / 2 > target && column < cardColumns - 1) {
                column++;
                used = 0;
                target = rest / (cardColumns - column);
            }
            rest -= h;
            if (placed != null) {
                // a need is indented: narrower than its block's cards, it keeps to their right edge
                placed.put(n, new Bounds(x + column * (cardWidth + CARD_GAP) + cardWidth - n.bounds().width(),
                        y + used, n.bounds().width(), n.bounds().height()));
            }
            used += h;
            tallest = Math.max(tallest, used - CARD_GAP);
        }
        return tallest;
    }

    private void arrange(int[] columns) {
        double[] size = sheet(columns);
        double regionTop = TITLE_BAND;
        double top = regionTop + REGION_HEADER;
        double topHeight = 0;
        for (int c = 0; c < columns.length; c++) {
            topHeight = Math.max(topHeight, columnHeight(c, columns[c]));
        }
        double x = MARGIN + REGION_PAD;
        double[] columnX = new double[columns.length];
        for (int c = 0; c < columns.length; c++) {
            if (c == INTERNAL_COLUMNS) {
                x += 2 * REGION_PAD;
            }
            columnX[c] = x;
            List<NodeType> types = COLUMNS.get(c);
            // the last open block of the column takes the room its column has to spare; collapsed ones keep a title
            NodeType stretched = null;
            for (NodeType type : types) {
                stretched = collapsed(type) ? stretched : type;
            }
            double spare = topHeight - columnHeight(c, columns[c]);
            double y = top;
            for (NodeType type : types) {
                double h = blockHeight(type, columns[c]) + (type == stretched ? spare : 0);
                place(type, new Bounds(x, y, columnWidth(columns[c]), h), columns[c]);
                y += h + BLOCK_GAP;
            }
            x += columnWidth(columns[c]) + BLOCK_GAP;
        }
        double bandTop = top + topHeight + BLOCK_GAP;
        double bandHeight = size[2] - bandTop - REGION_PAD;
        double internalWidth = bandWidth(columns, 0, INTERNAL_COLUMNS);
        double externalWidth = bandWidth(columns, INTERNAL_COLUMNS, columns.length);
        place(NodeType.COST_ITEM, new Bounds(columnX[0], bandTop, internalWidth, collapsed(NodeType.COST_ITEM)
                ? COLLAPSED_HEIGHT : bandHeight), cardsAcross(internalWidth, NodeType.COST_ITEM));
        place(NodeType.REVENUE_STREAM, new Bounds(columnX[INTERNAL_COLUMNS], bandTop, externalWidth,
                collapsed(NodeType.REVENUE_STREAM) ? COLLAPSED_HEIGHT : bandHeight), cardsAcross(externalWidth,
                        NodeType.REVENUE_STREAM));
        double goalsTop = size[2] + BLOCK_GAP;
        double goalsWidth = goalsWidth(size[0]);
        place(NodeType.INDICATOR, new Bounds(MARGIN, goalsTop, goalsWidth, size[1] - MARGIN - goalsTop),
                cardsAcross(goalsWidth, NodeType.INDICATOR));
        for (SceneContainer c : scene.containers()) {
            if (c.kind() == SceneContainer.Kind.REGION) {
                boolean internal = c.region() == ContourRegion.INTERNAL;
                double left = (internal ? columnX[0] : columnX[INTERNAL_COLUMNS]) - REGION_PAD;
                double width = (internal ? internalWidth : externalWidth) + 2 * REGION_PAD;
                c.setBounds(new Bounds(left, regionTop, width, size[2] - regionTop));
            }
        }
        double width = Math.max(size[0], DiagramFonts.width(scene.title(), true, SceneBuilder.TITLE_SIZE) + 2 * MARGIN);
        scene.setSize(Math.ceil(width), Math.ceil(size[1]));
    }

    private void place(NodeType type, Bounds bounds, int cardColumns) {
        SceneContainer block = blocks.get(type);
        if (block == null) {
            return;
        }
        block.setBounds(bounds);
        Map<SceneNode, Bounds> placed = new IdentityHashMap<>();
        flow(byType.get(type), cardColumns, cardWidth(type), bounds.x() + BLOCK_PAD, bounds.y() + BLOCK_HEADER
                + BLOCK_PAD, placed);
        placed.forEach(SceneNode::setBounds);
    }

    /** Cards placed by hand keep their size and move only as far as their block allows; returns them. */
    static java.util.Set<SceneNode> keepInBlocks(Scene scene, Map<? extends EObject, Bounds> manual) {
        java.util.Set<SceneNode> moved = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (SceneNode n : scene.nodes()) {
            Bounds wanted = manual.get(n.element());
            if (wanted == null) {
                continue;
            }
            Bounds block = n.container().bounds();
            double w = Math.min(n.bounds().width(), block.width() - 2 * BLOCK_PAD);
            double h = n.bounds().height();
            double minY = block.y() + BLOCK_HEADER;
            double x = Math.max(block.x() + BLOCK_PAD, Math.min(wanted.x(), block.maxX() - BLOCK_PAD - w));
            double y = Math.max(minY, Math.min(wanted.y(), block.maxY() - BLOCK_PAD - h));
            n.setBounds(new Bounds(x, y, w, h));
            moved.add(n);
        }
        return moved;
    }
}

package org.stic.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneNode;

/**
 * The grid of groups, for scenes too large for ELK layered: the regions left to right in their order, inside a
 * region the type groups in the columns layered's partitions would give them (groups of one column stacked), inside
 * a group the nodes in rows, in model order. The number of node columns is chosen so that the sheet comes out about
 * half again as wide as it is high. Linear in the scene; edges are routed afterwards as orthogonal connectors
 * ({@link ManualRoutes}). Same model, same picture.
 */
final class GridLayout {

    private static final double NODE_GAP = 16;
    private static final double COLUMN_GAP = 36;
    private static final double REGION_GAP = 24;
    private static final double GROUP_PAD = 10;
    private static final double REGION_PAD = 14;
    private static final double ASPECT = 1.5;

    private GridLayout() {
    }

    /** Sets the bounds of every container and node (not the edges). */
    static void place(Scene scene, double margin, double minRegionWidth, double minRegionHeight) {
        Map<SceneContainer, List<SceneNode>> members = new LinkedHashMap<>();
        List<SceneNode> loose = new ArrayList<>();
        double area = 0;
        for (SceneNode n : scene.nodes()) {
            (n.container() == null ? loose : members.computeIfAbsent(n.container(), c -> new ArrayList<>())).add(n);
            area += (n.bounds().width() + NODE_GAP) * (n.bounds().height() + NODE_GAP);
        }
        double targetHeight = Math.max(200, Math.sqrt(area / ASPECT));

        // regions in scene order, each with its columns of groups; groups outside regions form one region-less row
        Map<SceneContainer, Map<Integer, List<SceneContainer>>> regions = new LinkedHashMap<>();
        Map<Integer, List<SceneContainer>> topColumns = new LinkedHashMap<>();
        for (SceneContainer c : scene.containers()) {
            if (c.kind() == SceneContainer.Kind.REGION) {
                regions.put(c, new LinkedHashMap<>());
            }
        }
        int topIndex = 0;
        for (SceneContainer c : scene.containers()) {
            if (c.kind() != SceneContainer.Kind.GROUP) {
                continue;
            }
            if (c.parent() != null) {
                regions.get(c.parent()).computeIfAbsent(c.type().column(), k -> new ArrayList<>()).add(c);
            } else {
                topColumns.computeIfAbsent(topIndex++, k -> new ArrayList<>()).add(c);
            }
        }

        double x = margin;
        double top = DiagramLayout.TITLE_BAND;
        double bottom = top;
        if (!loose.isEmpty()) {
            Bounds b = grid(loose, x, top, columns(loose, targetHeight));
            x = b.maxX() + COLUMN_GAP;
            bottom = Math.max(bottom, b.maxY());
        }
        for (List<SceneContainer> column : topColumns.values()) {
            Bounds b = column(column, members, x, top, targetHeight);
            x = b.maxX() + COLUMN_GAP;
            bottom = Math.max(bottom, b.maxY());
        }
        for (Map.Entry<SceneContainer, Map<Integer, List<SceneContainer>>> r : regions.entrySet()) {
            SceneContainer region = r.getKey();
            double innerX = x + REGION_PAD;
            double innerTop = top + DiagramLayout.REGION_HEADER;
            double right = innerX;
            double low = innerTop;
            for (List<SceneContainer> column : r.getValue().values()) {
                Bounds b = column(column, members, right, innerTop, targetHeight);
                right = b.maxX() + COLUMN_GAP;
                low = Math.max(low, b.maxY());
            }
            right = r.getValue().isEmpty() ? innerX : right - COLUMN_GAP;
            double width = Math.max(right - x + REGION_PAD, region.collapsed() ? 0 : minRegionWidth);
            double height = Math.max(low - top + REGION_PAD, region.collapsed() ? DiagramLayout.REGION_HEADER + 20
                    : minRegionHeight);
            region.setBounds(new Bounds(x, top, width, height));
            x += width + REGION_GAP;
            bottom = Math.max(bottom, top + height);
        }
        scene.setSize(Math.ceil(x + margin), Math.ceil(bottom + margin));
    }

    /** Node columns for a set of nodes to come out about {@code targetHeight} high. */
    private static int columns(List<SceneNode> nodes, double targetHeight) {
        double stacked = 0;
        for (SceneNode n : nodes) {
            stacked += n.bounds().height() + NODE_GAP;
        }
        return (int) Math.max(1, Math.ceil(stacked / targetHeight));
    }

    /** Stacks the groups of one column at (x, y); they share one number of node columns. */
    private static Bounds column(List<SceneContainer> groups, Map<SceneContainer, List<SceneNode>> members, double x,
            double y, double targetHeight) {
        List<SceneNode> all = new ArrayList<>();
        for (SceneContainer g : groups) {
            all.addAll(members.getOrDefault(g, List.of()));
        }
        int columns = columns(all, targetHeight);
        double width = 0;
        double cursor = y;
        for (SceneContainer g : groups) {
            List<SceneNode> nodes = members.getOrDefault(g, List.of());
            Bounds inner = grid(nodes, x + GROUP_PAD, cursor + DiagramLayout.GROUP_HEADER, columns);
            Bounds box = new Bounds(x, cursor, inner.maxX() + GROUP_PAD - x, inner.maxY() + GROUP_PAD - cursor);
            g.setBounds(box);
            width = Math.max(width, box.width());
            cursor = box.maxY() + NODE_GAP;
        }
        // one width for the column, so that its groups line up
        for (SceneContainer g : groups) {
            Bounds b = g.bounds();
            g.setBounds(new Bounds(b.x(), b.y(), width, b.height()));
        }
        return new Bounds(x, y, width, cursor - NODE_GAP - y);
    }

    /** Places nodes in rows of {@code columns} cells (cell width: the widest node; row height: its tallest node). */
    private static Bounds grid(List<SceneNode> nodes, double x, double y, int columns) {
        if (nodes.isEmpty()) {
            return new Bounds(x, y, 0, 0);
        }
        int cols = Math.min(columns, nodes.size());
        double cell = 0;
        for (SceneNode n : nodes) {
            cell = Math.max(cell, n.bounds().width());
        }
        double rowY = y;
        double rowHeight = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0 && i % cols == 0) {
                rowY += rowHeight + NODE_GAP;
                rowHeight = 0;
            }
            SceneNode n = nodes.get(i);
            double cellX = x + (i % cols) * (cell + NODE_GAP);
            n.setBounds(new Bounds(cellX, rowY, n.bounds().width(), n.bounds().height()));
            rowHeight = Math.max(rowHeight, n.bounds().height());
        }
        return new Bounds(x, y, cols * cell + (cols - 1) * NODE_GAP, rowY + rowHeight - y);
    }
}

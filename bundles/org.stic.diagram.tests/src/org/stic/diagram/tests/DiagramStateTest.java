package org.stic.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.DiagramState;
import org.stic.diagram.Diagrams;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.render.DrawingSurface;
import org.stic.diagram.render.Icon;
import org.stic.diagram.render.Paint;
import org.stic.diagram.render.ScenePainter;
import org.stic.diagram.render.TextStyle;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneNode;
import org.stic.model.io.SticResources;
import org.stic.model.io.TextFileException;
import org.stic.model.io.TextFiles;

class DiagramStateTest {

    @TempDir
    Path dir;

    /** The pharma model saved to a file and loaded back, so that its elements have their XMI ids. */
    private Cluster saved() throws Exception {
        Path file = dir.resolve("pharma.stic");
        Resource r = SticResources.create(SticResources.newResourceSet(), file, TestModels.pharma());
        SticResources.save(r);
        return SticResources.load(file);
    }

    @Test
    void writesSortedLinesAndReadsThemBack() throws Exception {
        DiagramState s = new DiagramState();
        s.setShownView(View.INTERNAL);
        s.setBounds(View.BOTH, "_b", new Bounds(10.5, 20, 176, 46));
        s.setBounds(View.BOTH, "_a", new Bounds(1, 2, 3, 4));
        s.setBounds(View.NETWORK, "_c", new Bounds(-5, 0.25, 100, 50));
        s.setCollapsed(View.BOTH, ContourRegion.EXTERNAL, true);
        Path file = dir.resolve("m.stic.diagram");
        s.write(file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of("stic-diagram 1", "show internal", "collapse both external",
                "node both _a 1 2 3 4", "node both _b 10.5 20 176 46", "node network _c -5 0.25 100 50"),
                lines.subList(1, lines.size()));
        DiagramState back = DiagramState.read(file);
        assertEquals(s.format(), back.format());
        assertEquals(View.INTERNAL, back.shownView());
        assertEquals(Set.of(ContourRegion.EXTERNAL), back.collapsed(View.BOTH));
    }

    @Test
    void missingFileMeansAutomaticLayout() throws Exception {
        DiagramState s = DiagramState.readFor(dir.resolve("none.stic"));
        assertTrue(s.isAutomatic());
        assertEquals(dir.resolve("none.stic.diagram"), DiagramState.fileFor(dir.resolve("none.stic")));
    }

    @Test
    void badLinesAreReportedWithFileLineAndColumn() {
        Path f = Path.of("x.stic.diagram");
        TextFileException e = assertThrows(TextFileException.class,
                () -> DiagramState.parse(f, "stic-diagram 1\nnode both _a 1 2 wide 4\n"));
        assertEquals("x.stic.diagram:2:18: 'wide' is not a valid positive size", e.getMessage());
        e = assertThrows(TextFileException.class, () -> DiagramState.parse(f, "stic-diagram 1\n  show sideways\n"));
        assertEquals(2, e.line());
        assertEquals(8, e.column());
        e = assertThrows(TextFileException.class, () -> DiagramState.parse(f, "node both _a 1 2 3 4\n"));
        assertEquals(1, e.line());
        e = assertThrows(TextFileException.class,
                () -> DiagramState.parse(f, "stic-diagram 1\nnode both _a 1 2 3 4\nnode both _a 5 6 7 8\n"));
        assertTrue(e.getMessage().endsWith("already placed on line 2"), e.getMessage());
    }

    @Test
    void theCanvasViewNeedsVersionTwoAndOnlyThenIsItWritten() throws Exception {
        Path f = Path.of("x.stic.diagram");
        // a version 1 file is read as before; a canvas line in it is refused at its place
        DiagramState v1 = DiagramState.parse(f, "stic-diagram 1\nshow internal\nnode both _a 1 2 3 4\n");
        assertEquals(new Bounds(1, 2, 3, 4), v1.bounds(View.BOTH, "_a"));
        TextFileException e = assertThrows(TextFileException.class,
                () -> DiagramState.parse(f, "stic-diagram 1\nnode canvas _a 1 2 3 4\n"));
        assertEquals("x.stic.diagram:2:6: the canvas view needs diagram file version 2 (the first line says 1)",
                e.getMessage());
        // nothing about the canvas: still written as version 1, for workbenches that read only that
        assertTrue(v1.format().contains("\nstic-diagram 1\n"), v1.format());
        // a card placed on the canvas: version 2, and read back
        v1.setBounds(View.CANVAS, "_b", new Bounds(10, 20, 192, 30));
        String text = v1.format();
        assertTrue(text.contains("\nstic-diagram 2\n") && text.contains("\nnode canvas _b 10 20 192 30\n"), text);
        DiagramState v2 = DiagramState.parse(f, text);
        assertEquals(new Bounds(10, 20, 192, 30), v2.bounds(View.CANVAS, "_b"));
        assertEquals(new Bounds(1, 2, 3, 4), v2.bounds(View.BOTH, "_a"));
        assertEquals(text, v2.format());
    }

    @Test
    void collapsedCanvasBlocksAndTheLinksLineNeedVersionThree() throws Exception {
        Path f = Path.of("x.stic.diagram");
        DiagramState state = DiagramState.parse(f, "stic-diagram 2\nshow canvas\ncollapse canvas internal\n");
        assertTrue(state.format().contains("\nstic-diagram 2\n"), "nothing of version 3 yet: " + state.format());
        state.setCollapsed(NodeType.KEY_RESOURCE, true);
        state.setCollapsed(NodeType.COST_ITEM, true);
        state.setCanvasLinks(true);
        String text = state.format();
        assertTrue(text.contains("\nstic-diagram 3\n") && text.contains("\ncollapse canvas key-resource\n")
                && text.contains("\ncollapse canvas cost-item\n") && text.contains("\nlinks canvas lines\n"), text);
        DiagramState read = DiagramState.parse(f, text);
        assertEquals(Set.of(NodeType.KEY_RESOURCE, NodeType.COST_ITEM), read.collapsedBlocks());
        assertEquals(Set.of(ContourRegion.INTERNAL), read.collapsed(View.CANVAS));
        assertTrue(read.canvasLinks());
        assertEquals(text, read.format());
        assertEquals(read.format(), read.copy().format(), "a copy keeps blocks and links");
        // restored and drawn as numbers again: back to version 2
        read.setCollapsed(NodeType.KEY_RESOURCE, false);
        read.setCollapsed(NodeType.COST_ITEM, false);
        read.setCanvasLinks(false);
        assertTrue(read.format().contains("\nstic-diagram 2\n"), read.format());

        // each refused at its place
        assertEquals("x.stic.diagram:2:17: collapsed canvas blocks and the canvas's links line need diagram file"
                + " version 3 (the first line says 2)", refusal(f, "stic-diagram 2\ncollapse canvas segment\n"));
        assertEquals("x.stic.diagram:2:1: collapsed canvas blocks and the canvas's links line need diagram file"
                + " version 3 (the first line says 2)", refusal(f, "stic-diagram 2\nlinks canvas lines\n"));
        assertEquals("x.stic.diagram:2:15: unknown region 'segment' (internal, external or goals)",
                refusal(f, "stic-diagram 3\ncollapse both segment\n"));
        assertTrue(refusal(f, "stic-diagram 3\ncollapse canvas segments\n")
                .startsWith("x.stic.diagram:2:17: unknown canvas block 'segments' (internal, external, partnership,"));
        assertEquals("x.stic.diagram:2:7: 'links both lines': the only links line is 'links canvas lines'",
                refusal(f, "stic-diagram 3\nlinks both lines\n"));
        assertEquals("x.stic.diagram:2:14: 'links canvas curves': the only links line is 'links canvas lines'",
                refusal(f, "stic-diagram 3\nlinks canvas curves\n"));
    }

    @Test
    void theCanvasGoalsBlockNeedsVersionFourAndItsRegionStaysAtTwo() throws Exception {
        Path f = Path.of("x.stic.diagram");
        DiagramState state = new DiagramState();
        // the goals' region on the canvas: a line version 2 already read (the canvas then drew no goals)
        state.setCollapsed(View.CANVAS, ContourRegion.GOALS, true);
        String region = state.format();
        assertTrue(region.contains("\nstic-diagram 2\n") && region.contains("\ncollapse canvas goals\n"), region);
        assertEquals(Set.of(ContourRegion.GOALS), DiagramState.parse(f, region).collapsed(View.CANVAS));
        // the goals' block: version 4, read back; without it the file goes back to the version it needs
        state.setCollapsed(NodeType.INDICATOR, true);
        String block = state.format();
        assertTrue(block.contains("\nstic-diagram 4\n") && block.contains("\ncollapse canvas indicator\n"), block);
        assertEquals(Set.of(NodeType.INDICATOR), DiagramState.parse(f, block).collapsedBlocks());
        assertEquals(block, DiagramState.parse(f, block).format());
        state.setCollapsed(NodeType.INDICATOR, false);
        state.setCollapsed(NodeType.SEGMENT, true);
        assertTrue(state.format().contains("\nstic-diagram 3\n"), state.format());
        // a version 3 file cannot have written it: refused at its place
        assertEquals("x.stic.diagram:2:17: the canvas's goals block needs diagram file version 4 (the first line"
                + " says 3)", refusal(f, "stic-diagram 3\ncollapse canvas indicator\n"));
        assertEquals("x.stic.diagram:1:14: diagram file version 5 is not supported (this workbench reads versions 1"
                + " to 4)", refusal(f, "stic-diagram 5\n"));
    }

    @Test
    void aCollapsedGoalsRegionIsReadBack() throws Exception {
        // the both-contours view's context menu collapses the goals region too: its line must read back
        DiagramState state = new DiagramState();
        state.setCollapsed(View.BOTH, ContourRegion.GOALS, true);
        String text = state.format();
        assertTrue(text.contains("\ncollapse both goals\n"), text);
        assertEquals(Set.of(ContourRegion.GOALS), DiagramState.parse(Path.of("x.stic.diagram"), text)
                .collapsed(View.BOTH));
    }

    private static String refusal(Path f, String text) {
        return assertThrows(TextFileException.class, () -> DiagramState.parse(f, text)).getMessage();
    }

    @Test
    void aByteThatIsNotUtf8IsReportedAtItsLineAndColumn() throws Exception {
        Path f = dir.resolve("cp1251.stic.diagram");
        byte[] comment = "# раскладка\n".getBytes(java.nio.charset.Charset.forName("windows-1251"));
        Files.write(f, concat("stic-diagram 1\n".getBytes(), comment, "node both _a 1 2 3 4\n".getBytes()));
        TextFileException e = assertThrows(TextFileException.class,
                () -> DiagramState.read(f));
        assertEquals(f + ":2:3: the byte 0xF0 is not UTF-8; save the file in UTF-8 (it may have been saved as"
                + " Windows-1251)", e.getMessage());
    }

    @Test
    void absurdNodeSizesAndCoordinatesAreRefusedWithTheirPosition() throws Exception {
        Path f = Path.of("x.stic.diagram");
        TextFileException e = assertThrows(TextFileException.class,
                () -> DiagramState.parse(f, "stic-diagram 1\nnode both _a 1 2 4e10 4\n"));
        assertEquals("x.stic.diagram:2:18: '4e10' is out of range: a node's size is at most 100000 px", e.getMessage());
        e = assertThrows(TextFileException.class,
                () -> DiagramState.parse(f, "stic-diagram 1\nnode both _a -1e300 2 3 4\n"));
        assertEquals(14, e.column());
        assertEquals(100_000, DiagramState.parse(f, "stic-diagram 1\nnode both _a 0 0 100000 1\n")
                .bounds(View.BOTH, "_a").width(), "the limit itself is allowed");
    }

    @Test
    void aDiagramFileLargerThanItsLimitIsNotRead() throws Exception {
        Path f = dir.resolve("huge.stic.diagram");
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap("stic-diagram 1\n".getBytes()), TextFiles.DIAGRAM_LIMIT);
        }
        TextFileException e = assertThrows(TextFileException.class,
                () -> DiagramState.read(f));
        assertTrue(e.getMessage().startsWith(f + ":0:0: the file has 134,217,743 bytes; a diagram file may have at"
                + " most 134,217,728"), e.getMessage());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void manualBoundsWinOverTheAutomaticLayoutAndUnknownIdsAreIgnored() throws Exception {
        Cluster cluster = saved();
        Scene auto = Diagrams.create(cluster, View.BOTH);
        SceneNode first = auto.nodes().get(0);
        String id = DiagramState.idOf(first.element());
        DiagramState state = new DiagramState();
        Bounds placed = new Bounds(first.bounds().x() + 300, first.bounds().y() + 400, 200, 80);
        state.setBounds(View.BOTH, id, placed);
        state.setBounds(View.BOTH, "_no-such-element", new Bounds(0, 0, 10, 10));
        state.setBounds(View.INTERNAL, id, new Bounds(5, 5, 10, 10));
        Scene arranged = Diagrams.create(cluster, View.BOTH, List.of(), state);
        assertEquals(placed, arranged.node(first.element()).bounds());
        for (SceneNode n : arranged.nodes()) {
            if (n.element() != first.element()) {
                assertEquals(auto.node(n.element()).bounds(), n.bounds(), "unmoved nodes stay where ELK put them");
            }
        }
        SceneContainer group = arranged.node(first.element()).container();
        assertTrue(group.bounds().contains(placed), "the group grows to hold the moved node");
        state.prune(cluster.eResource());
        assertEquals(Set.of(id), state.bounds(View.BOTH).keySet(), "prune forgets elements the model lost");
    }

    @Test
    void aCollapsedRegionHidesItsNodesAndSaysHowMany() throws Exception {
        Cluster cluster = saved();
        DiagramState state = new DiagramState();
        state.setCollapsed(View.BOTH, ContourRegion.INTERNAL, true);
        Scene scene = Diagrams.create(cluster, View.BOTH, List.of(), state);
        int internal = 0;
        for (NodeType t : NodeType.values()) {
            if (t.region() == ContourRegion.INTERNAL) {
                internal += t.elements(cluster).size();
            }
        }
        for (SceneNode n : scene.nodes()) {
            assertNotEquals(ContourRegion.INTERNAL, n.type().region());
        }
        SceneContainer region = scene.containers().stream().filter(c -> c.region() == ContourRegion.INTERNAL)
                .findFirst().orElseThrow();
        assertEquals("Internal contour (collapsed, " + internal + " elements)", region.label());
    }

    @Test
    void hiddenElementsAreNotDrawnNorTheirEdgesAndComeBackWhenShown() throws Exception {
        Cluster cluster = saved();
        Scene all = Diagrams.create(cluster, View.BOTH);
        SceneNode busy = all.nodes().stream().max(java.util.Comparator.comparingLong(
                n -> all.edges().stream().filter(e -> e.source() == n || e.target() == n).count())).orElseThrow();
        long itsEdges = all.edges().stream().filter(e -> e.source() == busy || e.target() == busy).count();
        assertTrue(itsEdges > 0);
        String id = DiagramState.idOf(busy.element());
        DiagramState state = new DiagramState();
        state.setHidden(View.BOTH, id, true);
        state.setHidden(View.BOTH, "_gone", true);
        Path file = dir.resolve("h.stic.diagram");
        state.write(file);
        assertTrue(Files.readAllLines(file).contains("hide both " + id));
        DiagramState back = DiagramState.read(file);
        assertEquals(Set.of(busy.element()), back.resolveHidden(View.BOTH, cluster.eResource()));

        Scene scene = Diagrams.create(cluster, View.BOTH, List.of(), back);
        assertNull(scene.node(busy.element()), "not drawn");
        assertEquals(all.nodes().size() - 1, scene.nodes().size());
        assertEquals(all.edges().size() - itsEdges, scene.edges().size(), "nor its edges");
        assertEquals(all.nodes().size(), Diagrams.create(cluster, View.INTERNAL, List.of(), back).nodes().size()
                + Diagrams.create(cluster, View.EXTERNAL, List.of(), back).nodes().size(), "other views draw it");
        back.prune(cluster.eResource());
        assertEquals(Set.of(id), back.hidden(View.BOTH), "prune forgets elements the model lost");
        back.setHidden(View.BOTH, id, false);
        assertTrue(back.isAutomatic());
    }

    @Test
    void clippedPaintingDrawsOnlyWhatTouchesTheClip() throws Exception {
        Scene scene = Diagrams.create(saved(), View.BOTH);
        int all = count(scene, null);
        SceneNode n = scene.nodes().get(0);
        int clipped = count(scene, n.bounds());
        assertTrue(clipped > 0 && clipped < all / 3, "clipped " + clipped + " of " + all);
    }

    @Test
    void arrangeSelectionLaysTheNodesOutWithoutOverlapFromTheirTopLeftCorner() throws Exception {
        Scene scene = Diagrams.create(saved(), View.INTERNAL);
        List<SceneNode> chosen = scene.nodes().subList(0, 4);
        double minX = chosen.stream().mapToDouble(n -> n.bounds().x()).min().orElseThrow();
        double minY = chosen.stream().mapToDouble(n -> n.bounds().y()).min().orElseThrow();
        var arranged = DiagramLayout.arrange(scene, chosen);
        assertEquals(Set.copyOf(chosen), arranged.keySet());
        assertEquals(minX, arranged.values().stream().mapToDouble(Bounds::x).min().orElseThrow(), 0.5);
        assertEquals(minY, arranged.values().stream().mapToDouble(Bounds::y).min().orElseThrow(), 0.5);
        List<Bounds> placed = List.copyOf(arranged.values());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertTrue(!placed.get(i).overlaps(placed.get(j)), placed.get(i) + " overlaps " + placed.get(j));
            }
        }
    }

    private static int count(Scene scene, Bounds clip) throws Exception {
        int[] calls = new int[1];
        ScenePainter.paint(scene, new DrawingSurface() {
            @Override
            public void begin(double width, double height) {
            }

            @Override
            public void shape(Shape shape, Paint paint) {
                calls[0]++;
            }

            @Override
            public void text(String text, double x, double baseline, TextStyle style) {
                calls[0]++;
            }

            @Override
            public void image(Icon icon, double x, double y, double width, double height) {
                calls[0]++;
            }

            @Override
            public void end() {
            }
        }, clip);
        return calls[0];
    }
}

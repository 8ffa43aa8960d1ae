package org.stic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.KeyAction;
import org.stic.diagram.DiagramState;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Scene;
import org.stic.model.io.SticResources;
import org.stic.validation.SticValidator;

/** Reports draw the diagrams as the team arranged them: the diagram file beside the model wins over the layout. */
class ArrangedDiagramsTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    @Test
    void aNodeMovedInTheDiagramFileIsWhereTheReportDrawsIt() throws Exception {
        Path model = dir.resolve("kaluga.stic");
        Files.copy(ReportFixtures.example(ReportFixtures.KALUGA), model);
        Cluster cluster = SticResources.load(model);
        KeyAction action = cluster.getInternalContour().getKeyActions().get(0);

        Bounds automatic = bothView(cluster, new DiagramState()).node(action).bounds();
        // whole numbers: the diagram file keeps two decimals
        Bounds arranged = new Bounds(Math.round(automatic.x()) + 60, Math.round(automatic.y()) + 45,
                automatic.width(), automatic.height());
        DiagramState state = new DiagramState();
        state.setBounds(View.BOTH, DiagramState.idOf(action), arranged);
        state.write(DiagramState.fileFor(model));

        assertEquals(arranged, bothView(cluster, DiagramState.readFor(model)).node(action).bounds());
        assertNotEquals(arranged, automatic);
    }

    @Test
    void theCanvasIsPrintedWithTheBlocksAndLinksTheTeamChose() throws Exception {
        Cluster cluster = SticResources.load(ReportFixtures.example(ReportFixtures.KALUGA));
        Scene plain = view(cluster, new DiagramState(), View.CANVAS);
        assertTrue(plain.edges().isEmpty(), "numbers, no lines, by default");
        DiagramState state = new DiagramState();
        state.setCanvasLinks(true);
        state.setCollapsed(org.stic.diagram.NodeType.COST_ITEM, true);
        Scene chosen = view(cluster, state, View.CANVAS);
        assertTrue(!chosen.edges().isEmpty(), "the links between blocks as lines");
        assertTrue(cluster.getInternalContour().getCostItems().stream().allMatch(c -> chosen.node(c) == null),
                "the collapsed block's cards are left out");
        assertTrue(plain.node(cluster.getInternalContour().getCostItems().get(0)) != null);
    }

    @Test
    void aBrokenDiagramFileIsAWarningAndTheReportIsStillWritten() throws Exception {
        Path model = dir.resolve("kaluga.stic");
        Files.copy(ReportFixtures.example(ReportFixtures.KALUGA), model);
        Files.writeString(DiagramState.fileFor(model), "not a diagram file\n", StandardCharsets.UTF_8);

        Reports.Written written = Reports.write(SticResources.load(model), model, dir.resolve("out"),
                ReportFormat.HTML, DATE);

        assertTrue(Files.size(written.file()) > 0);
        assertEquals(1, written.warnings().size(), written.warnings().toString());
        assertTrue(written.warnings().get(0).contains("kaluga.stic.diagram"), written.warnings().get(0));
    }

    private static Scene bothView(Cluster cluster, DiagramState state) {
        return view(cluster, state, View.BOTH);
    }

    private static Scene view(Cluster cluster, DiagramState state, View view) {
        SticValidator validator = SticValidator.builtIn();
        Report report = ReportBuilder.build(cluster, "kaluga.stic", DATE, validator.validate(cluster),
                validator.catalogue(), state);
        List<Report.Diagram> diagrams = report.diagrams();
        return diagrams.get(ReportBuilder.VIEWS.indexOf(view)).scene();
    }
}

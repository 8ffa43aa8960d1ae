package org.stic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.DiagramState;
import org.stic.diagram.LayoutOptions;
import org.stic.diagram.LayoutStrategy;
import org.stic.diagram.View;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.examples.Examples;
import org.stic.examples.SyntheticModels;
import org.stic.model.edit.Language;
import org.stic.validation.SticValidator;

/**
 * What the report prints of views too large for one page: the bundled examples keep ELK layered's drawing; a
 * mid-size view that layered would spread over more than {@link ReportBuilder#MAX_LAYERED_PARTS} printed parts is
 * drawn as the grid of groups, and the report says so; the views of a 1,000-element model are grids by size.
 */
class MidSizeDiagramsTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 8);

    @Test
    void theExamplesKeepTheLayeredDrawing() throws Exception {
        for (String name : Examples.names()) {
            for (Report.Diagram d : report(ReportFixtures.load(name)).diagrams()) {
                assertFalse(d.note().contains("grid of groups"), name + ", " + d.title() + ": " + d.note());
                if (d.pages() != null) {
                    assertTrue(d.pages().parts().size() <= ReportBuilder.MAX_LAYERED_PARTS,
                            name + ", " + d.title() + ": " + d.pages().parts().size() + " parts");
                }
            }
        }
    }

    @Test
    void aMidSizeViewLayeredOnTooManyPagesIsDrawnAsTheGrid() {
        Cluster cluster = SyntheticModels.generate(250, 1);
        Report.Diagram both = report(cluster).diagrams().get(ReportBuilder.VIEWS.indexOf(View.BOTH));
        int nodes = both.scene().nodes().size();
        assertTrue(nodes <= LayoutStrategy.LAYERED_MAX_NODES, "a view the automatic choice gives layered: " + nodes);

        // the same view laid out by layered, as the report would have printed it
        Scene layered = SceneBuilder.build(cluster, View.BOTH, List.of(), Set.of(), Set.of(), Language.EN);
        DiagramLayout.layout(layered, LayoutOptions.defaults().with(LayoutStrategy.LAYERED));
        int layeredParts = DiagramPages.of(layered).parts().size();
        assertTrue(layeredParts > ReportBuilder.MAX_LAYERED_PARTS, "layered takes " + layeredParts + " parts");

        int parts = both.pages().parts().size();
        assertTrue(parts < layeredParts && parts <= ReportBuilder.MAX_LAYERED_PARTS, parts + " parts");
        assertTrue(both.note().startsWith("Drawn as a grid of groups"), both.note());
        assertTrue(both.note().contains("it prints on " + parts + " pages, where ELK layered's drawing would take "
                + layeredParts + "."), both.note());
        assertTrue(both.note().contains("Printed in " + parts + " parts on A4 pages"), both.note());
        assertGrid(cluster, both.scene());
    }

    @Test
    void theViewsOfAThousandElementModelAreGridsOnAFewPages() {
        Cluster cluster = SyntheticModels.generate(1000, 1);
        Report report = report(cluster);
        int total = 0;
        for (Report.Diagram d : report.diagrams()) {
            if (d.scene() == null) {
                continue; // over the report's element limit (the both view), said in its note
            }
            total += d.pages().parts().size();
            if (d.scene().view() != View.CANVAS) {
                assertTrue(d.scene().nodes().size() > LayoutStrategy.LAYERED_MAX_NODES, d.title());
                assertGrid(cluster, d.scene());
                // chosen by size, not by pages, and the reader is told
                assertTrue(d.note().startsWith("Drawn as a grid of groups (the regions and groups in their order, "
                        + "each group's elements in rows), as every view of more than 150 elements is. Printed in "),
                        d.note());
            }
        }
        // layered printed these views in 144 + 98 + 140 parts
        assertTrue(total <= 40, total + " printed parts");
    }

    /** The scene has the grid of groups' picture: every node where the grid puts it in a fresh scene of its view. */
    private static void assertGrid(Cluster cluster, Scene scene) {
        Scene grid = SceneBuilder.build(cluster, scene.view(), List.of(), Set.of(), Set.of(), Language.EN);
        DiagramLayout.layout(grid, LayoutOptions.defaults().with(LayoutStrategy.GRID));
        assertEquals(grid.nodes().size(), scene.nodes().size(), scene.title());
        for (int i = 0; i < grid.nodes().size(); i++) {
            assertEquals(grid.nodes().get(i).bounds(), scene.nodes().get(i).bounds(),
                    scene.title() + ": " + grid.nodes().get(i).label());
        }
    }

    private static Report report(Cluster cluster) {
        SticValidator validator = SticValidator.builtIn();
        return ReportBuilder.build(cluster, "model.stic", DATE, validator.validate(cluster), validator.catalogue(),
                new DiagramState(), Language.EN);
    }
}

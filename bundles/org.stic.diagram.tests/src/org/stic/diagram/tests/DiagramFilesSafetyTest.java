package org.stic.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.diagram.DiagramExporter;
import org.stic.diagram.DiagramState;
import org.stic.diagram.Diagrams;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Scene;
import org.stic.model.io.SticResources;

/**
 * Exports and diagram files in a shared folder: a link planted under the name a temporary file used to get (the
 * process id) is never followed, and a diagram file that is a link stays one, as a model file does.
 */
class DiagramFilesSafetyTest {

    @TempDir
    Path dir;

    private Path plantLink(Path target) throws Exception {
        Path victim = Files.writeString(dir.resolve("victim-" + target.getFileName()), "precious");
        Files.createSymbolicLink(dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp"),
                victim);
        return victim;
    }

    @Test
    void anExportDoesNotWriteThroughALinkPlantedInTheFolder() throws Exception {
        Scene scene = Diagrams.create(TestModels.pharma(), View.BOTH);
        Path svg = dir.resolve("shared.svg");
        Path victim = plantLink(svg);
        DiagramExporter.export(scene, ExportFormat.SVG, ExportOptions.defaults(), svg);
        assertEquals("precious", Files.readString(victim));
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    @Test
    void aDiagramFileDoesNotWriteThroughALinkPlantedInTheFolder() throws Exception {
        Path file = dir.resolve("m.stic.diagram");
        Path victim = plantLink(file);
        DiagramState s = new DiagramState();
        s.setBounds(View.BOTH, "_a", new Bounds(1, 2, 3, 4));
        s.write(file);
        assertEquals("precious", Files.readString(victim));
        assertEquals(s.format(), DiagramState.read(file).format());
    }

    @Test
    void aNodeAsFarAndAsLargeAsADiagramFileAllowsStaysWithinThePngPixelBudget() throws Exception {
        Path model = dir.resolve("pharma.stic");
        SticResources.save(SticResources.create(SticResources.newResourceSet(), model, TestModels.pharma()));
        Cluster cluster = SticResources.load(model);
        EObject first = Diagrams.create(cluster, View.BOTH).nodes().get(0).element();
        Files.writeString(DiagramState.fileFor(model), "stic-diagram 1\nnode both " + DiagramState.idOf(first) + " "
                + (long) (DiagramState.MAX_COORDINATE - DiagramState.MAX_SIZE) + " 0 " + (long) DiagramState.MAX_SIZE
                + " 40\n");
        Scene scene = Diagrams.create(cluster, View.BOTH, java.util.List.of(), DiagramState.readFor(model));
        assertTrue(scene.width() >= DiagramState.MAX_COORDINATE, "the node is where the file put it");
        Path png = dir.resolve("wide.png");
        long budget = 1_000_000;
        DiagramExporter.export(scene, ExportFormat.PNG, new ExportOptions(1, budget), png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue((long) image.getWidth() * image.getHeight() <= budget,
                image.getWidth() + " x " + image.getHeight() + " pixels, budget " + budget);
    }

    @Test
    void aDiagramFileThatIsALinkStaysALink() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared")).resolve("m.stic.diagram");
        new DiagramState().write(shared);
        Path link = Files.createSymbolicLink(dir.resolve("m.stic.diagram"), shared);
        DiagramState s = new DiagramState();
        s.setBounds(View.BOTH, "_a", new Bounds(1, 2, 3, 4));
        s.write(link);
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals(s.format(), DiagramState.read(shared).format());
    }
}

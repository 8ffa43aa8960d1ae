package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.ExternalContour;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.Segment;
import org.stic.SticFactory;
import org.stic.ValueProposition;
import org.stic.cli.CliRun.Result;
import org.stic.model.io.SticResources;

/** {@code stic render} in-process: real model files in, real diagram files out. */
class RenderCommandTest {

    private Path dir;

    private Path model;

    private static Result run(String... args) {
        return CliRun.stic(args);
    }

    @BeforeEach
    void writeModel() throws Exception {
        dir = Files.createTempDirectory("stic-render");
        SticFactory f = SticFactory.eINSTANCE;
        Cluster c = f.createCluster();
        c.setName("Радиоэлектронный кластер");
        InternalContour in = f.createInternalContour();
        ExternalContour ex = f.createExternalContour();
        c.setInternalContour(in);
        c.setExternalContour(ex);
        KeyResource r = f.createKeyResource();
        r.setName("Испытательный центр");
        in.getKeyResources().add(r);
        KeyAction a = f.createKeyAction();
        a.setName("Сертификация изделий");
        a.getSupportingResources().add(r);
        in.getKeyActions().add(a);
        KeyAction gap = f.createKeyAction();
        gap.setName("Экспорт продукции");
        in.getKeyActions().add(gap);
        Segment s = f.createSegment();
        s.setName("Малые предприятия");
        ex.getSegments().add(s);
        ValueProposition v = f.createValueProposition();
        v.setName("Ускоренная сертификация");
        v.getSegments().add(s);
        ex.getValuePropositions().add(v);
        a.getValuePropositions().add(v);
        Participant p = f.createParticipant();
        p.setName("АО «Концерн»");
        c.getParticipants().add(p);
        model = dir.resolve("cluster.stic");
        SticResources.save(SticResources.create(SticResources.newResourceSet(), model, c));
    }

    @AfterEach
    void deleteFiles() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void writesEachFormat() throws Exception {
        Path svg = dir.resolve("both.svg");
        Result r = run("render", model.toString(), "--view", "both", "--format", "svg", "-o", svg.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("wrote " + svg), r.out());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("Сертификация изделий"), "Cyrillic names");
        assertTrue(text.contains("class=\"decoration error\""), "the validator's error badge");
        assertTrue(text.contains("error INT-001"), "the readiness gap's finding");
        assertTrue(text.contains("stroke=\"#d32f2f\""), "the readiness gap's red border");

        Path png = dir.resolve("internal.png");
        r = run("render", model.toString(), "--view", "internal", "--format", "png", "--scale", "2", "-o",
                png.toString());
        assertEquals(0, r.exitCode(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 300, "scaled PNG: " + image.getWidth());

        Path pdf = dir.resolve("network.pdf");
        r = run("render", model.toString(), "--view", "network", "-o", pdf.toString());
        assertEquals(0, r.exitCode(), r.err());
        byte[] head = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(head, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void usesTheDiagramFileBesideTheModelAndWarnsWhenItIsMalformed() throws Exception {
        Path auto = dir.resolve("auto.svg");
        assertEquals(0, run("render", model.toString(), "-o", auto.toString()).exitCode());
        Cluster loaded = SticResources.load(model);
        String gapId = loaded.eResource().getURIFragment(loaded.getInternalContour().getKeyActions().get(1));
        Path diagram = model.resolveSibling("cluster.stic.diagram");
        Files.writeString(diagram, "stic-diagram 1\nnode both " + gapId + " 2500 900 176 46\n");
        Path arranged = dir.resolve("arranged.svg");
        Result r = run("render", model.toString(), "-o", arranged.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(svgWidth(arranged) > 2500 + 176 && svgWidth(auto) < 2500, svgWidth(auto) + " then "
                + svgWidth(arranged));

        Files.writeString(diagram, "stic-diagram 1\nnode both " + gapId + " left 900 176 46\n");
        r = run("render", model.toString(), "-o", arranged.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains(diagram + ":2:"), r.err());
        assertEquals(svgWidth(auto), svgWidth(arranged), "automatic layout when the diagram file is malformed");
    }

    private static double svgWidth(Path svg) throws Exception {
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        int at = text.indexOf("width=\"", text.indexOf("<svg"));
        return Double.parseDouble(text.substring(at + 7, text.indexOf('"', at + 7)));
    }

    @Test
    void loadErrorsAndMisuseExitWithTwoAndOneLineNamingTheFile() throws Exception {
        Path missing = dir.resolve("missing.stic");
        Result r = run("render", missing.toString(), "-o", dir.resolve("x.svg").toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(missing.toString()), r.err());

        Path broken = dir.resolve("broken.stic");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<stic:Cluster xmlns:stic=\"http://www.stic.org/stic/1.0\"\n");
        r = run("render", broken.toString(), "-o", dir.resolve("y.svg").toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(broken.toString() + ":"), r.err());

        for (List<String> args : List.<List<String>>of(List.of("--view", "sideways", "-o", "z.svg"), List.of("-o", "z.gif"),
                List.of("--format", "bmp", "-o", "z.svg"), List.of("--scale", "0", "-o", "z.svg"), List.of())) {
            r = run(Stream.concat(Stream.of("render", model.toString()), args.stream()).toArray(String[]::new));
            assertEquals(2, r.exitCode(), args + ": " + r.err());
            assertEquals(1, r.err().lines().count(), args + ": " + r.err());
            assertFalse(Files.exists(dir.resolve("z.svg")));
        }
    }
}

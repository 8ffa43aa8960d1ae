package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.NamedElement;
import org.stic.cli.CliRun.Result;
import org.stic.examples.Examples;
import org.stic.model.io.SticResources;
import org.stic.tests.support.SvgBadges;

/**
 * {@code stic render} draws the analysis findings (ANA-nnn) as badges, in the year asked for and under the model's
 * rule settings. The SVG is read back with an XML parser and each badge's element looked up in the model by id; the
 * expected elements are Kaluga's, from the examples' hand-derived readiness table (bundles/org.stic.examples/README.md).
 */
class RenderAnalysisBadgesTest {

    /** Kaluga's needs not ready in 2026; the last one is ready from 2028, when its planned centre opens. */
    private static final String REGISTRATION = "Ускоренная регистрация лекарственных средств";
    private static final String PILOT = "Пилотное производство опытных партий";
    private static final String CLINICAL = "Клиническая апробация разработок ядерной медицины";
    /** Under-provided in that table: capacity 4 against a load of 6. */
    private static final String CLEAN_ROOMS = "Чистые помещения пилотного участка";

    @TempDir
    Path dir;

    @Test
    void analysisBadgesFollowTheYearAndTheRuleSettings() throws Exception {
        Path kaluga = Files.copy(Examples.path("kaluga-pharma"), dir.resolve("kaluga-pharma.stic"));
        Resource model = SticResources.load(kaluga).eResource();

        Path svg = render(kaluga, "2026");
        assertEquals(Set.of("warning " + REGISTRATION, "warning " + PILOT, "warning " + CLINICAL),
                badges(svg, model, "ANA-003"), "a badge on each need not ready in 2026");
        assertEquals(Set.of("warning " + CLEAN_ROOMS), badges(svg, model, "ANA-002"), "the over-loaded resource");
        // kept for looking at (rsvg-convert it to PNG)
        Path kept = Files.createDirectories(Path.of("target", "screenshots")).resolve("render-kaluga-analysis-badges.svg");
        Files.copy(svg, kept, StandardCopyOption.REPLACE_EXISTING);

        svg = render(kaluga, "2028");
        assertEquals(Set.of("warning " + REGISTRATION, "warning " + PILOT), badges(svg, model, "ANA-003"),
                "in 2028 the clinical need is ready");

        Files.writeString(dir.resolve("kaluga-pharma.stic.rules"), "ANA-003 = off\nANA-002 = error\n",
                StandardCharsets.UTF_8);
        svg = render(kaluga, "2026");
        assertEquals(Set.of(), badges(svg, model, "ANA-003"), "switched off in kaluga-pharma.stic.rules");
        assertEquals(Set.of("error " + CLEAN_ROOMS), badges(svg, model, "ANA-002"), "re-graded to an error");
        assertFalse(badges(svg, model, "INT-001").isEmpty(), "the rules' badges stay");
    }

    private Path render(Path model, String year) {
        Path svg = dir.resolve("both-" + year + "-" + System.nanoTime() + ".svg");
        Result r = CliRun.stic("render", model.toString(), "--view", "both", "--year", year, "-o", svg.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err(), "no warning");
        return svg;
    }

    /** "severity element name" of each badge line of {@code ruleId} in the SVG file. */
    private static Set<String> badges(Path svg, Resource model, String ruleId) throws Exception {
        Set<String> found = new TreeSet<>();
        for (SvgBadges.Badge b : SvgBadges.read(Files.readString(svg, StandardCharsets.UTF_8))) {
            if (b.ruleId().equals(ruleId)) {
                EObject element = model.getEObject(b.elementId());
                found.add(b.severity() + " " + (element instanceof NamedElement n ? n.getName() : b.elementId()));
            }
        }
        return found;
    }
}

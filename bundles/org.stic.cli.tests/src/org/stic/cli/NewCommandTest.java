package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.cli.CliRun.Result;
import org.stic.examples.Examples;
import org.stic.model.io.SticResources;

/** {@code stic new}: templates are the bundled examples; the new model equals its template but for its ids. */
class NewCommandTest {

    @TempDir
    Path dir;

    @Test
    void listNamesTheBundledExamples() {
        Result r = CliRun.stic("new", "--list");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Examples.names(), r.out().lines().toList());
        assertTrue(Examples.names().contains("kaluga-pharma"), Examples.names().toString());
    }

    @Test
    void newModelIsACopyOfItsTemplateWithIdsOfItsOwn() throws Exception {
        Path file = dir.resolve("sub/folder/my.stic");
        Result r = CliRun.stic("new", "--template", "kaluga-pharma", "-o", file.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals(file + System.lineSeparator(), r.out());
        Cluster created = SticResources.load(file);
        Cluster template = SticResources.load(Examples.path("kaluga-pharma"));
        assertTrue(EcoreUtil.equals(template, created), "same content");
        List<String> createdIds = ids(created);
        List<String> templateIds = ids(template);
        assertEquals(templateIds.size(), createdIds.size());
        assertTrue(createdIds.stream().noneMatch(templateIds::contains), "no id shared with the template");
    }

    @Test
    void existingFileIsKeptUnlessForced() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.stic"), "keep me");
        Result r = CliRun.stic("new", "-t", "starter", "-o", file.toString());
        assertEquals(2, r.exitCode());
        assertEquals("stic new: " + file + " exists (use --force to replace it) (see 'stic new --help')"
                + System.lineSeparator(), r.err());
        assertEquals("keep me", Files.readString(file));

        Result forced = CliRun.stic("new", "-t", "starter", "-o", file.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertNotEquals("keep me", Files.readString(file));
    }

    @Test
    void unknownTemplateAndMissingOptionsAreUsageErrors() {
        Result unknown = CliRun.stic("new", "-t", "nope", "-o", dir.resolve("x.stic").toString());
        assertEquals(2, unknown.exitCode());
        assertEquals("stic new: unknown template 'nope' (templates: " + String.join(", ", Examples.names())
                + ") (see 'stic new --help')" + System.lineSeparator(), unknown.err());

        Result none = CliRun.stic("new");
        assertEquals(2, none.exitCode());
        assertEquals("stic new: give either --template NAME (see --list) or --synthetic ELEMENTS"
                + " (see 'stic new --help')" + System.lineSeparator(), none.err());

        Result noOutput = CliRun.stic("new", "-t", "starter");
        assertEquals(2, noOutput.exitCode());
        assertEquals("stic new: missing -o FILE, the model to create (see 'stic new --help')"
                + System.lineSeparator(), noOutput.err());
    }

    @Test
    void syntheticModelsAreDeterministic() throws Exception {
        Path a = dir.resolve("a.stic");
        Path b = dir.resolve("b.stic");
        assertEquals(0, CliRun.stic("new", "--synthetic", "300", "--seed", "7", "-o", a.toString()).exitCode());
        assertEquals(0, CliRun.stic("new", "--synthetic", "300", "--seed", "7", "-o", b.toString()).exitCode());
        assertTrue(EcoreUtil.equals(SticResources.load(a), SticResources.load(b)));
        int elements = ids(SticResources.load(a)).size();
        assertTrue(elements > 200 && elements < 400, "about 300 elements: " + elements);
    }

    private static List<String> ids(Cluster cluster) {
        List<String> ids = new ArrayList<>();
        ids.add(cluster.eResource().getURIFragment(cluster));
        for (var it = cluster.eAllContents(); it.hasNext();) {
            EObject e = it.next();
            ids.add(e.eResource().getURIFragment(e));
        }
        return ids;
    }
}

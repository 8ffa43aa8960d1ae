package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.SticPackage;
import org.stic.cli.CliRun.Result;
import org.stic.diagram.DiagramState;
import org.stic.diagram.View;
import org.stic.examples.Examples;
import org.stic.model.io.SticResources;

/** {@code stic migrate}: 1.0 files rewritten in place in 2.0, backups, dry runs, reports and exit codes, on real files. */
class MigrateCommandTest {

    private static final Pattern ID = Pattern.compile("xmi:id=\"([^\"]+)\"");

    @TempDir
    Path dir;

    /** The shipped starter model, a 1.0 file, copied into the test's folder. */
    private Path starter(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.copy(Examples.path(Examples.STARTER), file);
        assertTrue(Files.readString(file).contains("xmlns:stic=\"http://www.stic.org/stic/1.0\""));
        return file;
    }

    @Test
    void rewritesA1_0FileIn2_0KeepingTheOriginalAndEveryIdAndSaysWhatChanged() throws Exception {
        Path file = starter("starter.stic");
        byte[] original = Files.readAllBytes(file);

        Result r = CliRun.stic("migrate", file.toString());

        assertEquals(Cli.EXIT_OK, r.exitCode(), r.err());
        assertEquals("", r.err());
        Path backup = dir.resolve("starter.stic.1.0.bak");
        // the lines counted by hand in starter.stic
        assertEquals(List.of(
                "stic migrate: " + file + ": metamodel 1.0 -> 2.0, original kept as " + backup,
                "  1 Cluster: omitted developmentStage written as INITIATIVE (the 1.0 default)",
                "  2 Participant: membership MEMBER (every 1.0 participant was a member)",
                "  1 Interaction: omitted kind written as COOPERATION (the 1.0 default)",
                "  1 Channel: omitted kind written as DIRECT (the 1.0 default)",
                "  1 Relationship: omitted kind written as PERSONAL_ASSISTANCE (the 1.0 default)",
                "  1 RevenueStream: omitted kind written as MEMBERSHIP_FEE (the 1.0 default)",
                "  1 RevenueStream: amount per year made explicit (period PER_YEAR)",
                "  1 RevenueStream: payers set to its segments' members (1.0 read the segments as payers)",
                "  1 KeyResource: capacity text moved to capacityNote",
                "  1 KeyResource: status AVAILABLE (1.0 resources existed)",
                "  1 KeyAction: omitted kind written as RD_SUPPORT (the 1.0 default)",
                "  1 KeyAction: status AVAILABLE (1.0 actions existed)",
                "  1 CostItem: omitted kind written as FIXED (the 1.0 default)",
                "  1 CostItem: amount per year made explicit (period PER_YEAR)"), r.out().lines().toList());
        assertArrayEquals(original, Files.readAllBytes(backup), "the backup is the original");
        String migrated = Files.readString(file);
        assertTrue(migrated.contains("xmlns:stic=\"" + SticPackage.eNS_URI + "\""), migrated);
        assertEquals(ids(new String(original, java.nio.charset.StandardCharsets.UTF_8)), ids(migrated), "every id kept");
        assertTrue(migrated.contains("capacityNote=\"1 laboratory\""), migrated);
        Resource again = SticResources.loadResource(SticResources.newResourceSet(), file);
        assertNull(SticResources.migration(again), "the file is in 2.0 now");
        assertEquals(List.of(), leftovers(), "no temporary file is left");

        Result twice = CliRun.stic("migrate", file.toString());
        assertEquals(Cli.EXIT_OK, twice.exitCode());
        assertEquals("stic migrate: " + file + ": already metamodel 2.0, unchanged\n", twice.out());
        assertArrayEquals(original, Files.readAllBytes(backup));
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        Path file = starter("starter.stic");
        byte[] original = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);

        Result r = CliRun.stic("migrate", "--dry-run", file.toString());

        assertEquals(Cli.EXIT_OK, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("stic migrate: " + file + ": metamodel 1.0 -> 2.0 (dry run: nothing written)\n"), r.out());
        assertTrue(r.out().contains("  2 Participant: membership MEMBER"), r.out());
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aFolderIsMigratedFileByFileAndABrokenFileIsReportedWithoutStoppingTheOthers() throws Exception {
        Path first = starter("models/a.stic");
        Path second = starter("models/sub/b.stic");
        Path broken = dir.resolve("models/broken.stic");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<stic:Cluster xmlns:stic=\"http://www.stic.org/stic/1.0\"\n");

        Result r = CliRun.stic("migrate", dir.resolve("models").toString());

        assertEquals(Cli.EXIT_USAGE, r.exitCode(), "a file that cannot be loaded: exit 2");
        assertTrue(r.err().startsWith("stic migrate: " + broken + ":3:1: "), r.err());
        for (Path migrated : List.of(first, second)) {
            assertTrue(Files.readString(migrated).contains(SticPackage.eNS_URI), migrated.toString());
            assertTrue(Files.exists(migrated.resolveSibling(migrated.getFileName() + ".1.0.bak")));
        }
        assertFalse(Files.exists(dir.resolve("models/broken.stic.1.0.bak")));
    }

    @Test
    void aDifferentBackupIsNeverOverwritten() throws Exception {
        Path file = starter("starter.stic");
        byte[] original = Files.readAllBytes(file);
        Path backup = dir.resolve("starter.stic.1.0.bak");
        Files.writeString(backup, "someone's other backup");

        Result r = CliRun.stic("migrate", file.toString());

        assertEquals(Cli.EXIT_FAILURE, r.exitCode());
        assertTrue(r.err().contains("cannot migrate " + file), r.err());
        assertTrue(r.err().contains("a different backup exists already"), r.err());
        assertArrayEquals(original, Files.readAllBytes(file), "the file is untouched");
        assertEquals("someone's other backup", Files.readString(backup));
    }

    /** The diagram layout beside a 1.0 model refers to its elements by id: it still applies to the migrated file. */
    @Test
    void theDiagramBesideTheModelKeepsApplying() throws Exception {
        Path file = starter("starter.stic");
        Resource before = SticResources.loadResource(SticResources.newResourceSet(), file);
        String keyResource = ((org.eclipse.emf.ecore.xmi.XMLResource) before).getID(
                ((org.stic.Cluster) before.getContents().get(0)).getInternalContour().getKeyResources().get(0));
        DiagramState state = new DiagramState();
        state.setBounds(View.BOTH, keyResource, new org.stic.diagram.scene.Bounds(40, 60, 180, 70));
        state.write(DiagramState.fileFor(file));

        assertEquals(Cli.EXIT_OK, CliRun.stic("migrate", file.toString()).exitCode());

        Resource after = SticResources.loadResource(SticResources.newResourceSet(), file);
        DiagramState read = DiagramState.readFor(file);
        assertEquals(Set.of(keyResource), read.bounds(View.BOTH).keySet());
        assertTrue(after.getEObject(keyResource) instanceof org.stic.KeyResource, "the layout's element is still there");
        Result render = CliRun.stic("render", file.toString(), "-o", dir.resolve("both.svg").toString());
        assertEquals(Cli.EXIT_OK, render.exitCode(), render.err());
        assertEquals("", render.err(), "no warning about the layout");
    }

    private static Set<String> ids(String text) {
        Set<String> ids = new TreeSet<>();
        Matcher m = ID.matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}

package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.cli.CliRun.Result;
import org.stic.examples.Examples;

/** {@code stic report} end to end on the examples and on bad input, with exact exit codes and messages. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheHtmlReportIntoANewFolderAndPrintsItsPath() throws Exception {
        Path out = dir.resolve("a/b/report");
        Result r = CliRun.stic("report", Examples.path("kaluga-pharma").toString(), "-o", out.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals(out.resolve("index.html") + System.lineSeparator(), r.out());
        assertEquals("", r.err());
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Калуж"), "Cyrillic written as such");
    }

    @Test
    void pdfFormat() throws Exception {
        Result r = CliRun.stic("report", Examples.path("kaluga-pharma").toString(), "-o", dir.toString(),
                "--format", "pdf");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(dir.resolve("report.pdf") + System.lineSeparator(), r.out());
        assertTrue(Files.readString(dir.resolve("report.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void relativePathsAreTakenFromTheWorkingDirectory() throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        Path model = Files.copy(Examples.path("starter"), dir.resolve("starter.stic"));
        String relativeModel = cwd.relativize(model).toString();
        String relativeOut = cwd.relativize(dir.resolve("rel-out")).toString();

        Result r = CliRun.stic("report", relativeModel, "-o", relativeOut);

        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Path.of(relativeOut, "index.html") + System.lineSeparator(), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("rel-out/index.html")));
    }

    @Test
    void missingFileIsOneLineNamingItAndExit2() {
        Path missing = dir.resolve("missing.stic");
        Result r = CliRun.stic("report", missing.toString(), "-o", dir.resolve("out").toString());

        assertEquals(2, r.exitCode());
        assertEquals("stic report: " + missing + ":0:0: the file does not exist" + System.lineSeparator(), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void malformedFileIsOneLineWithLineAndColumnAndExit2() throws Exception {
        Path bad = dir.resolve("bad.stic");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<stic:Cluster xmlns:stic=\"http://www.stic.org/stic/1.0\"\n"
                + "  name=\"x\">\n  <participants name=\"a\">\n</stic:Cluster>\n");
        Result r = CliRun.stic("report", bad.toString(), "-o", dir.resolve("out").toString());

        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().matches("stic report: \\Q" + bad + "\\E:5:\\d+: .+\\R"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownOptionAndFormatAreUsageErrors() {
        Result unknown = CliRun.stic("report", "x.stic", "-o", "out", "--colour");
        assertEquals(2, unknown.exitCode());
        assertEquals("stic report: Unknown option: '--colour' (see 'stic report --help')" + System.lineSeparator(),
                unknown.err());

        Result format = CliRun.stic("report", "x.stic", "-o", "out", "--format", "docx");
        assertEquals(2, format.exitCode());
        assertEquals("stic report: Invalid value for option '--format': expected one of [HTML, PDF]"
                + " (case-insensitive) but was 'docx' (see 'stic report --help')" + System.lineSeparator(),
                format.err());

        Result noOutput = CliRun.stic("report", "x.stic");
        assertEquals(2, noOutput.exitCode());
        assertEquals("stic report: Missing required option: '--output=DIR' (see 'stic report --help')"
                + System.lineSeparator(), noOutput.err());
    }

    @Test
    void outputThatIsAFileIsAFailureNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        Result r = CliRun.stic("report", Examples.path("starter").toString(), "-o", file.toString());
        assertEquals(1, r.exitCode());
        assertEquals("stic report: cannot write " + file + ": not a folder: " + file + System.lineSeparator(),
                r.err());
    }

    @Test
    void helpDescribesTheCommand() {
        Result r = CliRun.stic("report", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("Usage: stic report [-hV] [--allow-outside-paths] [--format=html|pdf]\n"
                + "                   [--lang=ru|en] -o=DIR [--extension=FILE]...\n"
                + "                   [--rules=FILE]... [--scenario=FILE]... FILE\n"
                + "Writes the report of a model: "), r.out());
        assertFalse(r.out().contains("Exit codes:"), "the exit codes are in the description: " + r.out());
        assertEquals("", r.err());
    }
}

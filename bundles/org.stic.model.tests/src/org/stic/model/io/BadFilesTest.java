package org.stic.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of bad files in {@code resources/bad}: each must fail with its own plain sentence at its own position,
 * leave no model behind and leave the file untouched.
 */
class BadFilesTest {

    private static final String DOCTYPE_REFUSED = "the file declares a DOCTYPE; .stic files may not use DTDs or entities,"
            + " so it was refused and nothing it refers to was read";

    @TempDir
    Path dir;

    record Bad(String name, int line, int column, String sentence) {
    }

    static Stream<Bad> corpus() {
        return Stream.of(
                new Bad("truncated.stic", 6, 35, "the file is not well-formed XML (XML document structures must start"
                        + " and end within the same entity.)"),
                new Bad("mismatched-tags.stic", 7, 5, "the file is not well-formed XML (The element type"
                        + " \"internalContour\" must be terminated by the matching end-tag \"</internalContour>\".)"),
                new Bad("not-xml.stic", 1, 1, "the file is not well-formed XML (Content is not allowed in prolog.)"),
                new Bad("empty.stic", 1, 1, "the file is empty; a .stic file holds a Cluster"),
                new Bad("binary-garbage.stic", 1, 1, "the file holds binary data, not XML text; it is not a STIC model"),
                new Bad("wrong-encoding.stic", 2, 128, "the file is not valid UTF-8 text (was it saved in another"
                        + " encoding, such as Windows-1251?); .stic files are UTF-8"),
                new Bad("xxe-in-element.stic", 2, 10, DOCTYPE_REFUSED),
                new Bad("xxe-in-attribute.stic", 2, 10, DOCTYPE_REFUSED),
                new Bad("external-dtd.stic", 2, 10, DOCTYPE_REFUSED),
                new Bad("entity-bomb.stic", 2, 10, DOCTYPE_REFUSED),
                new Bad("deep-nesting.stic", 4, 190, "elements are nested more than 64 levels deep; this is not a STIC model"),
                new Bad("wrong-root.stic", 2, 152, "the model's root is a Participant, but a .stic file must hold a Cluster"),
                new Bad("two-roots.stic", 4, 45, "the file holds more than one Cluster; a .stic file holds exactly one"),
                new Bad("no-cluster.stic", 2, 105, "the file holds no Cluster; a .stic file holds exactly one"),
                new Bad("unknown-nsuri.stic", 2, 134, "the file uses the unknown namespace 'http://example.org/other/1.0';"
                        + " a .stic file uses http://www.stic.org/stic/2.0"),
                new Bad("newer-nsuri.stic", 2, 142, "the file was written by a newer version of STIC Workbench (metamodel"
                        + " 3.0); this version reads metamodel 2.0 and older: please update"),
                new Bad("schema-location.stic", 2, 257, "the file was written by a newer version of STIC Workbench"
                        + " (metamodel 9.9); this version reads metamodel 2.0 and older: please update"),
                new Bad("no-namespace.stic", 2, 20, "the root element has no namespace; a .stic file uses"
                        + " http://www.stic.org/stic/2.0"),
                new Bad("dangling-reference.stic", 6, 83, "the reference 'supportingResources' points to '_gone', which"
                        + " is no element of this file (a dangling reference)"),
                new Bad("cross-file-reference.stic", 7, 51, "the reference 'other.stic#_r9' points into another file;"
                        + " a .stic file must be self-contained"),
                new Bad("unknown-feature.stic", 3, 81, "'colour' is not a property of a Participant"),
                new Bad("unknown-type.stic", 3, 144, "there is no element type 'Robot' in the STIC metamodel"),
                new Bad("bad-enum-value.stic", 3, 63, "'ALIEN' is not a valid value of 'kind'"),
                new Bad("bad-number.stic", 5, 64, "'много' is not a valid value of 'amount'"));
    }

    @TestFactory
    Stream<DynamicTest> eachFailsWithItsMessageAndLeavesNoModelAndTheFileUntouched() {
        return corpus().map(bad -> DynamicTest.dynamicTest(bad.name(),
                () -> failsWithItsMessage(bad.name(), bad.line(), bad.column(), bad.sentence())));
    }

    private void failsWithItsMessage(String name, int line, int column, String sentence) throws Exception {
        Path folder = Files.createDirectory(dir.resolve(name + ".d"));
        Path file = copyOfCorpusFile(folder, name);
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        ResourceSet resourceSet = SticResources.newResourceSet();

        ModelLoadException e = assertThrows(ModelLoadException.class, () -> SticResources.loadResource(resourceSet, file));

        assertEquals(file + ":" + line + ":" + column + ": " + sentence, e.getMessage());
        assertEquals(file, e.file());
        assertEquals(line, e.line());
        assertEquals(column, e.column());
        assertEquals(List.of(), resourceSet.getResources(), "a partial model stayed in the resource set");
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
        assertEquals(List.of(file), list(folder), "the load wrote a file");
    }

    @Test
    void theCorpusHasEveryKindOfBadFileTheIssueAsksFor() throws IOException {
        assertTrue(corpus().count() >= 15);
        try (InputStream in = BadFilesTest.class.getResourceAsStream("/resources/bad/xxe-in-element.stic")) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("SYSTEM \"file:///etc/passwd\""));
        }
    }

    @Test
    void missingFileIsReportedWithoutPosition() {
        Path missing = dir.resolve("missing.stic");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> SticResources.load(missing));
        assertEquals(missing + ":0:0: the file does not exist", e.getMessage());
    }

    /** Nothing is fetched from the network: neither an external DTD nor a schema location of an unknown namespace. */
    @Test
    void nothingIsFetchedFromElsewhere() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String at = "http://127.0.0.1:" + server.getLocalPort();
            Path dtd = write("dtd.stic", "<?xml version=\"1.0\"?>\n<!DOCTYPE stic:Cluster SYSTEM \"" + at + "/x.dtd\">\n"
                    + "<stic:Cluster xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:stic=\"http://www.stic.org/stic/1.0\"/>\n");
            Path schema = write("schema.stic", "<?xml version=\"1.0\"?>\n<x:Cluster xmlns:xmi=\"http://www.omg.org/XMI\""
                    + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:x=\"" + at + "/ns\""
                    + " xsi:schemaLocation=\"" + at + "/ns " + at + "/x.ecore\"/>\n");

            assertThrows(ModelLoadException.class, () -> SticResources.load(dtd));
            ModelLoadException unknown = assertThrows(ModelLoadException.class, () -> SticResources.load(schema));
            assertTrue(unknown.getMessage().contains("unknown namespace"), unknown.getMessage());

            server.setSoTimeout(300);
            // a connection made during the loads would be waiting in the backlog
            assertThrows(SocketTimeoutException.class, () -> server.accept().close());
        }
    }

    private static Path copyOfCorpusFile(Path folder, String name) throws IOException {
        try (InputStream in = BadFilesTest.class.getResourceAsStream("/resources/bad/" + name)) {
            if (in == null) {
                throw new IOException("corpus file missing: " + name);
            }
            Path file = folder.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}

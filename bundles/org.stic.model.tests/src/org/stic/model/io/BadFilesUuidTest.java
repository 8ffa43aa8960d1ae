package org.stic.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-file corpus again with UUID ids, as the workbench writes them: the corpus's short ids ({@code _p1}) make the
 * fast subset reader decline every file at its first id, so only EMF's reader would meet the defect a file is about.
 * With UUIDs the subset reader reads up to the defect; each variant must fail with the same sentence at the same place
 * (shifted by the longer ids) whichever reader meets the defect first, and the same as with EMF's reader alone.
 */
class BadFilesUuidTest {

    private static final Pattern ID = Pattern.compile("xmi:id=\"(_[A-Za-z0-9]+)\"");
    private static final Pattern TOKEN = Pattern.compile("(?<=[\"\\s#])_[A-Za-z0-9]+(?=[\"\\s])");

    /**
     * Files whose defect sits inside a construct the subset never has, so that the subset reader rightly stops there:
     * the nesting is inside an {@code xmi:Extension}, the two roots inside an {@code xmi:XMI} wrapper.
     */
    private static final Set<String> OUTSIDE_THE_SUBSET = Set.of("deep-nesting.stic", "two-roots.stic");

    @TempDir
    Path dir;

    /** A corpus file with its ids replaced by UUIDs, and where each replacement lies. */
    record Variant(byte[] bytes, Map<String, String> ids, int replaced) {
    }

    /** Every defined id becomes a UUID, wherever it is written; undefined ones (a dangling reference) stay. */
    static Variant variant(byte[] original) {
        String text = new String(original, StandardCharsets.ISO_8859_1); // byte for byte, whatever the encoding
        Map<String, String> ids = new HashMap<>();
        Matcher defined = ID.matcher(text);
        while (defined.find()) {
            ids.computeIfAbsent(defined.group(1), k -> HostileIds.uuid(0x51C0_0000L + ids.size(), 0x5EED_0000L
                    * (ids.size() + 1)));
        }
        Matcher token = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        int replaced = 0;
        while (token.find()) {
            String uuid = ids.get(token.group());
            if (uuid != null) {
                replaced++;
            }
            token.appendReplacement(out, Matcher.quoteReplacement(uuid != null ? uuid : token.group()));
        }
        token.appendTail(out);
        return new Variant(out.toString().getBytes(StandardCharsets.ISO_8859_1), ids, replaced);
    }

    /** The column of {@code column} on {@code line} once the ids before it on that line are replaced. */
    static int shifted(byte[] original, Map<String, String> ids, int line, int column) {
        String[] lines = new String(original, StandardCharsets.UTF_8).split("\n", -1);
        if (line < 1 || line > lines.length) {
            return column;
        }
        Matcher token = TOKEN.matcher(lines[line - 1]);
        int shift = 0;
        while (token.find() && token.start() < column - 1) {
            String uuid = ids.get(token.group());
            if (uuid != null) {
                shift += uuid.length() - token.group().length();
            }
        }
        return column + shift;
    }

    @TestFactory
    Stream<DynamicTest> eachDefectIsFoundWithUuidIdsAsWithShortOnes() {
        return BadFilesTest.corpus().map(bad -> DynamicTest.dynamicTest(bad.name(), () -> {
            byte[] original = corpusFile(bad.name());
            Variant v = variant(original);
            Path file = dir.resolve(bad.name());
            Files.write(file, v.bytes());
            if (!v.ids().isEmpty()) {
                assertTrue(v.replaced() >= v.ids().size(), bad.name() + ": every id replaced");
            }
            String sentence = bad.sentence();
            for (Map.Entry<String, String> id : v.ids().entrySet()) {
                sentence = sentence.replace("'" + id.getKey() + "'", "'" + id.getValue() + "'");
            }
            String expected = file + ":" + bad.line() + ":" + shifted(original, v.ids(), bad.line(), bad.column())
                    + ": " + sentence;
            // the subset reader gets to the defect's line before it declines (with short ids it stops at the first)
            if (bad.line() > 0 && !OUTSIDE_THE_SUBSET.contains(bad.name())) {
                int declined = XmiSubsetReader.readOrDecline(new SticResource(SticResources.fileUri(file)), v.bytes());
                assertTrue(declined >= lineStart(v.bytes(), bad.line()), bad.name() + ": the subset reader declined at"
                        + " byte " + declined + ", before line " + bad.line());
            }
            for (boolean emfOnly : new boolean[] {false, true}) {
                ResourceSet rs = SticResources.newResourceSet();
                if (emfOnly) {
                    rs.getLoadOptions().put(SticResources.OPTION_GENERIC_XMI, Boolean.TRUE);
                }
                ModelLoadException e = assertThrows(ModelLoadException.class, () -> SticResources.loadResource(rs,
                        file));
                assertEquals(expected, e.getMessage(), emfOnly ? "EMF's reader alone" : "both readers");
                assertEquals(0, rs.getResources().size(), "no partial model");
            }
        }));
    }

    @Test
    void withShortIdsTheSubsetReaderStopsBeforeMostDefectsWithUuidsAtNone() throws IOException {
        int files = 0;
        int shortStopsEarly = 0;
        int uuidStopsEarly = 0;
        for (BadFilesTest.Bad bad : BadFilesTest.corpus().filter(b -> b.line() > 2)
                .filter(b -> !OUTSIDE_THE_SUBSET.contains(b.name())).toList()) {
            byte[] original = corpusFile(bad.name());
            byte[] uuids = variant(original).bytes();
            SticResource resource = new SticResource(SticResources.fileUri(dir.resolve(bad.name())));
            files++;
            if (XmiSubsetReader.readOrDecline(resource, original) < lineStart(original, bad.line())) {
                shortStopsEarly++;
            }
            if (XmiSubsetReader.readOrDecline(resource, uuids) < lineStart(uuids, bad.line())) {
                uuidStopsEarly++;
            }
        }
        System.out.printf("bad-file corpus, %d files with the defect after line 2 in constructs of the subset: the subset"
                + " reader stops before the defect in %d with short ids, in %d with UUIDs%n", files, shortStopsEarly,
                uuidStopsEarly);
        assertEquals(0, uuidStopsEarly);
        assertEquals(files, shortStopsEarly, "the reason for the variants: short ids stop it before every defect");
    }

    /** The offset of the first byte of line {@code line} (1-based). */
    static int lineStart(byte[] bytes, int line) {
        int at = 0;
        for (int l = 1; l < line && at < bytes.length; at++) {
            if (bytes[at] == '\n') {
                l++;
            }
        }
        return at;
    }

    private static byte[] corpusFile(String name) throws IOException {
        try (InputStream in = BadFilesUuidTest.class.getResourceAsStream("/resources/bad/" + name)) {
            return in.readAllBytes();
        }
    }
}

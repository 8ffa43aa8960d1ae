package org.stic.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large broken files: the position of the problem is found in one streaming pass over the file (the failure path
 * used to read and decode the whole file into memory, three to five times its size). The figure for a truncated
 * 1 GB file under a 512 MB heap is measured with the product (README); here 64 MB of padding exercise the same code.
 */
class LargeBadFilesTest {

    private static final int PAD_LINES = 1 << 16;
    private static final byte[] PAD_LINE = padLine();

    @TempDir
    Path dir;

    private static byte[] padLine() {
        byte[] line = new byte[1024];
        Arrays.fill(line, (byte) ' ');
        line[1023] = '\n';
        return line;
    }

    /** A real model's first two lines (declaration and root start tag), 64 MB of blank lines, then {@code tail}. */
    private Path write(String name, byte[] tail) throws IOException {
        Path small = dir.resolve("small.stic");
        SticResources.save(SticResources.create(SticResources.newResourceSet(), small, TestModels.everyFeature()));
        String[] lines = Files.readString(small).split("\n");
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((lines[0] + "\n" + lines[1] + "\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < PAD_LINES; i++) {
                out.write(PAD_LINE);
            }
            out.write(tail);
        }
        return file;
    }

    @Test
    void aTruncatedLargeFileIsRefusedAtItsEnd() throws Exception {
        String last = "  <participants xmi:id=\"_x\" name=";
        Path file = write("truncated.stic", last.getBytes(StandardCharsets.UTF_8));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> SticResources.load(file));
        assertEquals(2 + PAD_LINES + 1, e.line(), e.getMessage());
        assertEquals(last.length() + 1, e.column(), e.getMessage());
    }

    @Test
    void aByteThatIsNotUtf8AtTheEndOfALargeFileIsFoundAtItsPosition() throws Exception {
        byte[] tail = "  <participants xmi:id=\"_x\" name=\"Завод \u00ff".getBytes(StandardCharsets.UTF_8);
        tail[tail.length - 2] = (byte) 0xFF; // one byte that no UTF-8 sequence has, in place of the 2-byte 'ÿ'
        Path file = write("cp1251.stic", Arrays.copyOf(tail, tail.length - 1));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> SticResources.load(file));
        assertEquals(2 + PAD_LINES + 1, e.line(), e.getMessage());
        assertEquals("  <participants xmi:id=\"_x\" name=\"Завод ".length() + 1, e.column(), e.getMessage());
        assertEquals(true, e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }
}

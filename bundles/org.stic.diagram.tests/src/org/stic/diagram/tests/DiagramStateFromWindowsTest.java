package org.stic.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.diagram.DiagramState;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.model.io.TextFileException;

/** A diagram file hand-edited on Windows (issue 22): CRLF line ends, beside a model in a Cyrillic folder with spaces. */
class DiagramStateFromWindowsTest {

    @TempDir
    Path dir;

    @Test
    void crlfLinesReadAsTheSameDiagram() throws Exception {
        Path file = dir.resolve("Модели кластеров/Калуга 2026/кластер.stic.diagram");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# позиции узлов\r\nstic-diagram 1\r\nshow internal\r\ncollapse both external\r\n"
                + "node both _a 1 2 3 4\r\nnode network _c -5 0.25 100 50\r\n", StandardCharsets.UTF_8);
        DiagramState s = DiagramState.read(file);
        assertEquals(View.INTERNAL, s.shownView());
        assertEquals(new Bounds(-5, 0.25, 100, 50), s.bounds(View.NETWORK, "_c"));
        // written back in the one format every platform shares: LF line ends
        s.write(file);
        assertEquals(-1, Files.readString(file, StandardCharsets.UTF_8).indexOf('\r'));
        assertEquals(s.format(), DiagramState.read(file).format());
    }

    @Test
    void aByteOrderMarkAsOlderNotepadsWriteItIsSkipped() throws Exception {
        Path file = dir.resolve("Калуга 2026.stic.diagram");
        byte[] text = "stic-diagram 1\r\nshow network\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Files.write(file, withMark);
        assertEquals(View.NETWORK, DiagramState.read(file).shownView());
    }

    @Test
    void aBadCrlfLineIsReportedAtTheColumnAnEditorShows() {
        Path f = Path.of("Калуга 2026.stic.diagram");
        TextFileException e = assertThrows(TextFileException.class,
                () -> DiagramState.parse(f, "stic-diagram 1\r\nnode both _a 1 2 wide 4\r\n"));
        assertEquals("Калуга 2026.stic.diagram:2:18: 'wide' is not a valid positive size", e.getMessage());
    }
}

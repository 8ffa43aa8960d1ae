package org.stic.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one atomic write: nothing half-written, nothing planted followed, links and permissions kept. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheContentAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a.txt");
        AtomicFiles.writeString(file, "Кластер\n");
        assertEquals("Кластер\n", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(file), list());
    }

    @Test
    void aFailureKeepsTheOriginalAndRemovesTheTemporaryFile() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "original");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("original", Files.readString(file));
        assertEquals(List.of(file), list());
    }

    @Test
    void anErrorThrownWhileWritingAlsoRemovesTheTemporaryFile() throws IOException {
        Path file = dir.resolve("a.txt");
        assertThrows(StackOverflowError.class, () -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new StackOverflowError();
        }));
        assertEquals(List.of(), list());
    }

    @Test
    void aLinkStaysALinkAndTheFileItPointsAtIsReplaced() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("model.txt");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real", "model.txt"));
        AtomicFiles.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aLinkToAFileNotYetThereCreatesThatFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("target.txt"));
        AtomicFiles.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(dir.resolve("target.txt")));
    }

    @Test
    void theTargetsPermissionsAreKept() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.writeString(file, "new");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNewFileGetsTheFolderDefaultsNotOwnerOnlyPermissions() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        Path file = dir.resolve("a.txt");
        AtomicFiles.writeString(file, "new");
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file));
    }

    @Test
    void stagedFilesReplaceNothingUntilCommittedAndVanishWhenNot() throws IOException {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "a0");
        Files.writeString(b, "b0");
        try (AtomicFiles.Staged sa = AtomicFiles.stage(a, out -> out.write('1'));
                AtomicFiles.Staged sb = AtomicFiles.stage(b, out -> out.write('2'))) {
            assertEquals("a0", Files.readString(a));
            assertEquals(4, list().size(), "two targets, two staged files");
            sa.commit();
            assertEquals("1", Files.readString(a));
            assertEquals("b0", Files.readString(b));
        }
        assertEquals("b0", Files.readString(b), "closed without commit: b untouched");
        assertEquals(List.of(a, b), list());
    }

    @Test
    void aFileOrLinkPlantedUnderATemporaryNameIsNeverFollowed() throws IOException {
        // whatever name an attacker guesses, the temporary file is created with O_EXCL; here every name of the
        // old predictable scheme (pid, fixed suffix) is planted as a link to a victim file
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path file = dir.resolve("a.txt");
        Files.createSymbolicLink(dir.resolve(".a.txt." + ProcessHandle.current().pid() + ".tmp"), victim);
        Files.createSymbolicLink(dir.resolve(".a.txt.tmp"), victim);
        AtomicFiles.writeString(file, "content");
        assertEquals("precious", Files.readString(victim));
        assertEquals("content", Files.readString(file));
    }

    @Test
    void aClosingLibraryDoesNotBreakTheForceToDisk() throws IOException {
        Path file = dir.resolve("a.txt");
        AtomicFiles.write(file, out -> {
            out.write("closed early".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertEquals("closed early", Files.readString(file));
    }

    @Test
    void aLinkLoopIsAnErrorNotAHang() throws IOException {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(a, "x"));
        assertTrue(e.getMessage().contains("symbolic links"), e.getMessage());
        assertFalse(Files.exists(a, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(a));
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().equals("reference.txt")).sorted().toList();
        }
    }
}

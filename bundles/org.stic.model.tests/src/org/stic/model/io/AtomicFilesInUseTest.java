package org.stic.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving over a file that another program holds open (issue 22). Windows refuses to replace such a file; Linux never
 * does, so the refusals are the exceptions Java throws on Windows, handed in through the rename seam, while the
 * files, the staging and the successful rename are real.
 */
class AtomicFilesInUseTest {

    /** What Java reports on Windows for ERROR_SHARING_VIOLATION (a plain FileSystemException with Windows' words). */
    private static final String SHARING_VIOLATION =
            "The process cannot access the file because it is being used by another process";

    @TempDir
    Path dir;

    private Path original() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("Модели кластеров"));
        return Files.writeString(folder.resolve("Калуга фарма.stic"), "original", StandardCharsets.UTF_8);
    }

    /** A rename that Windows refuses {@code refusals} times with {@code refusal}, then the real one. */
    private static AtomicFiles.Rename refusing(int refusals, FileSystemException refusal, AtomicInteger attempts) {
        return (from, to) -> {
            if (attempts.incrementAndGet() <= refusals) {
                throw refusal;
            }
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        };
    }

    @Test
    void aFileHeldForAMomentIsReplacedOnALaterAttempt() throws IOException {
        Path file = original();
        AtomicInteger attempts = new AtomicInteger();
        save(file, refusing(3, new FileSystemException(file.toString(), null, SHARING_VIOLATION), attempts), true, 10);
        assertEquals(4, attempts.get());
        assertEquals("new", Files.readString(file));
        assertEquals(List.of(file), list(file.getParent()));
    }

    @Test
    void aFileKeptOpenIsReportedByNameAndLeftAsItWas() throws IOException {
        Path file = original();
        AtomicInteger attempts = new AtomicInteger();
        AccessDeniedException denied = new AccessDeniedException(file.toString());
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> save(file, refusing(Integer.MAX_VALUE, denied, attempts), true, 5));
        assertEquals(5, attempts.get());
        assertEquals(file + ": another program has the file open, so it cannot be replaced; close it there and save"
                + " again (the file was left as it was)", e.getMessage());
        assertSame(denied, e.getCause());
        assertEquals("original", Files.readString(file));
        assertEquals(List.of(file), list(file.getParent()));
    }

    @Test
    void otherRefusalsAreNotTriedAgain() throws IOException {
        Path file = original();
        AtomicInteger attempts = new AtomicInteger();
        NoSuchFileException gone = new NoSuchFileException(file.getParent().toString());
        IOException e = assertThrows(IOException.class,
                () -> save(file, refusing(Integer.MAX_VALUE, gone, attempts), true, 10));
        assertSame(gone, e);
        assertEquals(1, attempts.get());
    }

    @Test
    void aRealRefusalHereIsReportedAsItIsAndNotTriedAgain() throws IOException {
        // a folder of that name, with a file in it: Linux refuses the rename with "Is a directory", a plain
        // FileSystemException that means no other program here
        Path target = Files.createDirectories(dir.resolve("Модели кластеров/кластер.stic"));
        Files.writeString(target.resolve("inside.txt"), "kept");
        AtomicInteger attempts = new AtomicInteger();
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> save(target, refusing(0, null, attempts), false, 10));
        assertEquals(1, attempts.get());
        assertEquals(target.toString(), e.getOtherFile(), e.getMessage());
        assertEquals("kept", Files.readString(target.resolve("inside.txt")));
        assertEquals(List.of(target), list(target.getParent()));
    }

    /** Writes "new" over {@code file} through the staging, putting it in place with {@code how}. */
    private static void save(Path file, AtomicFiles.Rename how, boolean windows, int attempts) throws IOException {
        try (AtomicFiles.Staged staged = AtomicFiles.stage(file, out -> out.write("new".getBytes()))) {
            staged.commit(how, windows, attempts, 1);
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}

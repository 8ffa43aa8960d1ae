package org.stic.model.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.stic.model.nls.Messages;

/**
 * The one way every file of the workbench is written: the content goes into a temporary file of an unguessable name,
 * created exclusively (so a planted file or link of that name is never followed) in the target's own folder, is forced
 * to disk, takes the target's permissions and is renamed over it; then the folder is forced so the rename survives a
 * crash. If anything fails the target is untouched and the temporary file is gone. A target that is a symbolic link
 * stays one: the file it points at is replaced.
 */
public final class AtomicFiles {

    /** What goes into the file, written to a buffered stream; closing it only flushes (libraries that close are welcome). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Links followed at most when looking for the file a target stands for, as the Linux kernel does. */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target} atomically and durably. */
    public static void write(Path target, Content content) throws IOException {
        try (Staged staged = stage(target, content)) {
            staged.commit();
        }
    }

    /** Writes {@code text} to {@code target} in UTF-8, atomically and durably. */
    public static void writeString(Path target, CharSequence text) throws IOException {
        write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.append(text);
            w.flush();
        });
    }

    /**
     * Writes {@code content} to a temporary file beside {@code target} and forces it to disk, without touching the
     * target yet: {@link Staged#commit()} puts it in place, closing an uncommitted one deletes it. Several files that
     * belong together (a model and its diagram file) are all staged first and committed only when every one was
     * written, so a failure while writing leaves all of them as they were.
     */
    public static Staged stage(Path target, Content content) throws IOException {
        Path file = fileBehind(target.toAbsolutePath());
        Path folder = file.getParent();
        Path temp = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean written = false;
        try {
            // CREATE_NEW is O_EXCL: it neither follows nor reuses anything already there under that name
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush();
                    }
                });
                out.flush();
                channel.force(true);
            }
            keepPermissions(file, temp);
            written = true;
            return new Staged(file, temp);
        } finally {
            if (!written) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A written, durable temporary file waiting to replace its target. */
    public static final class Staged implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private boolean committed;

        private Staged(Path target, Path temp) {
            this.target = target;
            this.temp = temp;
        }

        /** The file that {@link #commit()} replaces (behind any symbolic link the caller named). */
        public Path target() {
            return target;
        }

        /**
         * Renames the temporary file over the target and makes the rename durable. A target that another program
         * holds open (on Windows: Excel, a viewer, or a virus scanner or indexer for a moment) is tried again for about
         * a second, then reported as in use; the target is then left as it was.
         */
        public void commit() throws IOException {
            commit(ATOMIC_RENAME, ON_WINDOWS, RENAME_ATTEMPTS, RENAME_PAUSE_MILLIS);
        }

        /**
         * Test seam: {@code how} renames, refusing as the system does, which is Windows when {@code windows} (its
         * refusals cannot be produced on other systems).
         */
        void commit(Rename how, boolean windows, int attempts, long pauseMillis) throws IOException {
            if (committed) {
                return;
            }
            rename(temp, target, how, windows, attempts, pauseMillis);
            committed = true;
            forceFolder(target.getParent());
        }

        /** Deletes the temporary file unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** How a staged file is put in place. */
    @FunctionalInterface
    interface Rename {
        void rename(Path from, Path to) throws IOException;
    }

    private static final Rename ATOMIC_RENAME = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
    private static final boolean ON_WINDOWS = java.io.File.separatorChar == '\\';
    private static final int RENAME_ATTEMPTS = 10;
    private static final long RENAME_PAUSE_MILLIS = 100;

    private static void rename(Path temp, Path target, Rename how, boolean windows, int attempts, long pauseMillis)
            throws IOException {
        for (int attempt = 1;; attempt++) {
            try {
                how.rename(temp, target);
                return;
            } catch (FileSystemException e) {
                if (!windows || !inUse(e)) {
                    throw e;
                }
                if (attempt >= attempts) {
                    FileSystemException inUse = new FileSystemException(target.toString(), null, Messages.get("save.inUse"));
                    inUse.initCause(e);
                    throw inUse;
                }
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Whether a rename refused on Windows is how it refuses to replace a file that is open elsewhere: "access denied"
     * (ERROR_ACCESS_DENIED), or a plain FileSystemException for a sharing or lock violation (ERROR_SHARING_VIOLATION,
     * ERROR_LOCK_VIOLATION); its specific subclasses (no such file, not empty, ...) are other problems. Other systems
     * never refuse for that reason, and their plain FileSystemExceptions mean something else.
     */
    private static boolean inUse(FileSystemException e) {
        return e instanceof AccessDeniedException || e.getClass() == FileSystemException.class;
    }

    /** The file a path stands for: itself, or where its chain of links ends (which need not exist yet). */
    static Path fileBehind(Path path) throws IOException {
        Path file = path;
        for (int hops = 0; Files.isSymbolicLink(file); hops++) {
            if (hops == MAX_LINKS) {
                throw new IOException(path + ": too many levels of symbolic links");
            }
            file = file.getParent().resolve(Files.readSymbolicLink(file)).normalize();
        }
        return file;
    }

    private static void keepPermissions(Path original, Path replacement) {
        try {
            if (Files.exists(original)) {
                Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(original));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or not ours to change: the new file keeps the default permissions
        }
    }

    /** Makes a rename durable; some platforms (Windows) cannot open a folder for this, and there it is skipped. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // the file's content is already on disk; only the rename may be lost in a crash
        }
    }
}

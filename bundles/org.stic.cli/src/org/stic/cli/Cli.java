package org.stic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * In-process entry point of the {@code stic} command line, shared by {@link CliApplication} and the tests.
 * <p>
 * Exit codes: {@link #EXIT_OK} on success, {@link #EXIT_USAGE} for a usage error (one line on stderr),
 * {@link #EXIT_FAILURE} when a command fails.
 */
public final class Cli {

    public static final int EXIT_OK = CommandLine.ExitCode.OK;
    public static final int EXIT_FAILURE = CommandLine.ExitCode.SOFTWARE;
    public static final int EXIT_USAGE = CommandLine.ExitCode.USAGE;

    private Cli() {
    }

    /** The configured picocli command line; {@code out} and {@code err} receive everything it prints. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new SticCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler(USAGE_ERROR);
        cmd.setExecutionExceptionHandler(FAILURE);
        return cmd;
    }

    /**
     * Runs one command and returns its exit code; never calls System.exit. Whatever fails, an {@link Error} such as
     * a StackOverflowError deep in the layout or an OutOfMemoryError included, ends in one line on {@code err} that
     * names the command, the files it was given and what failed, and {@link #EXIT_FAILURE}.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(out, err).execute(args);
        } catch (Throwable t) { // what picocli's handler never sees: Errors thrown by a command
            err.printf("%s: %s%n", commandName(args), failure(files(args), t));
            if (Boolean.getBoolean("stic.debug")) {
                t.printStackTrace(err);
            }
            return EXIT_FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** A usage error is one line on stderr (picocli's default prints the whole usage help). */
    private static final IParameterExceptionHandler USAGE_ERROR = (ParameterException ex, String[] args) -> {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().printf("%s: %s (see '%s --help')%n", name, firstLine(ex.getMessage()), name);
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    };

    private static final IExecutionExceptionHandler FAILURE = (Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) -> {
        cmd.getErr().printf("%s: %s%n", cmd.getCommandSpec().qualifiedName(),
                failure(files(parsed.originalArgs().toArray(String[]::new)), ex));
        if (Boolean.getBoolean("stic.debug")) {
            ex.printStackTrace(cmd.getErr());
        }
        return EXIT_FAILURE;
    };

    /**
     * One sentence for a failure that no command expected: {@code "FILES: what failed"}, the files being those the
     * command was given, and for the errors a user can act on (stack, memory) what to do about them.
     */
    static String failure(String files, Throwable t) {
        Throwable cause = t;
        while (cause instanceof picocli.CommandLine.ExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String where = files.isEmpty() ? "" : files + ": ";
        String during = within(cause, "org.eclipse.elk.") ? " while laying out the diagram (ELK)" : "";
        if (cause instanceof StackOverflowError) {
            return where + "failed: ran out of stack" + during + "; nothing was written (the model may be too large"
                    + " for this operation)";
        }
        if (cause instanceof OutOfMemoryError) {
            return where + "failed: ran out of memory" + during + String.format(java.util.Locale.ROOT,
                    " (the Java heap may grow to %,d MB); nothing was written; give it more, e.g."
                            + " STIC_VMARGS=-Xmx8g", Runtime.getRuntime().maxMemory() >> 20);
        }
        if (cause instanceof IOException io) {
            return where + "failed: " + reason(io);
        }
        return where + "failed" + during + ": " + firstLine(String.valueOf(cause));
    }

    private static boolean within(Throwable t, String packagePrefix) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith(packagePrefix)) {
                return true;
            }
        }
        return false;
    }

    /** "stic render" for {@code render -o x.svg m.stic}: the program and the first word that is no option. */
    private static String commandName(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return "stic " + a;
            }
        }
        return "stic";
    }

    /** The arguments that name existing files, comma-separated: what a failure is about. */
    private static String files(String[] args) {
        List<String> files = new ArrayList<>();
        for (String a : args) {
            try {
                if (!a.startsWith("-") && Files.isRegularFile(Path.of(a))) {
                    files.add(a);
                }
            } catch (InvalidPathException e) {
                // not a file name
            }
        }
        return String.join(", ", files);
    }

    /** Why a file operation failed, in words, without Java's exception names. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + ((FileSystemException) e).getFile();
        }
        if (e instanceof AccessDeniedException) {
            return "access denied: " + ((FileSystemException) e).getFile();
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "not a folder: " + ((FileSystemException) e).getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + ": " + f.getFile();
        }
        return firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}

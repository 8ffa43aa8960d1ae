package org.stic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

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

    /** Runs one command and returns its exit code; never calls System.exit. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(out, err).execute(args);
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
        cmd.getErr().printf("%s: %s%n", cmd.getCommandSpec().qualifiedName(), firstLine(String.valueOf(ex)));
        if (Boolean.getBoolean("stic.debug")) {
            ex.printStackTrace(cmd.getErr());
        }
        return EXIT_FAILURE;
    };

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

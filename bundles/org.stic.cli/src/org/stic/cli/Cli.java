package org.stic.cli;

import org.stic.model.edit.Language;
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

import java.util.Map;
import java.util.ResourceBundle;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
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

    /** The configured picocli command line in the environment's language. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, Language.fromEnvironment(System.getenv()));
    }

    /**
     * The configured picocli command line; {@code out} and {@code err} receive everything it prints, help and
     * messages in {@code language}.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Language language) {
        SticCommand root = new SticCommand();
        root.language = language;
        CommandLine cmd = new CommandLine(root);
        cmd.setResourceBundle(ResourceBundle.getBundle("org.stic.cli.help", language.locale(),
                Cli.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES)));
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
        return run(args, out, err, System.getenv());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)} with the language from {@code --lang} or {@code environment}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        Language language = language(args, environment);
        // the metamodel bundle's messages (load errors) and Language.current() speak the run's language too
        String before = org.stic.model.nls.Messages.use(language.code());
        try {
            return commandLine(out, err, language).execute(args);
        } catch (Throwable t) { // what picocli's handler never sees: Errors thrown by a command
            err.printf("%s: %s%n", commandName(args), failure(language, files(args), t));
            if (Boolean.getBoolean("stic.debug")) {
                t.printStackTrace(err);
            }
            return EXIT_FAILURE;
        } finally {
            org.stic.model.nls.Messages.use(before);
            out.flush();
            err.flush();
        }
    }

    /**
     * The language a run asks for: {@code --lang ru} or {@code --lang=ru} anywhere before "--", else the
     * environment's ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}). Read before parsing, so that the help and the
     * parser's own messages are in it; an unknown value is left to the parser to refuse.
     */
    static Language language(String[] args, Map<String, String> environment) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            String value = args[i].equals("--lang") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
            Language l = value == null ? null : Language.forCode(value);
            if (l != null) {
                return l;
            }
        }
        return Language.fromEnvironment(environment);
    }

    /** The language of the run that {@code spec}'s command belongs to. */
    static Language language(CommandSpec spec) {
        return ((SticCommand) spec.root().userObject()).language;
    }

    /** A usage error is one line on stderr (picocli's default prints the whole usage help). */
    private static final IParameterExceptionHandler USAGE_ERROR = (ParameterException ex, String[] args) -> {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println(Messages.get(language(cmd.getCommandSpec()), "usageError", name,
                firstLine(ex.getMessage(), language(cmd.getCommandSpec()))));
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    };

    private static final IExecutionExceptionHandler FAILURE = (Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) -> {
        cmd.getErr().printf("%s: %s%n", cmd.getCommandSpec().qualifiedName(),
                failure(language(cmd.getCommandSpec()), files(parsed.originalArgs().toArray(String[]::new)), ex));
        if (Boolean.getBoolean("stic.debug")) {
            ex.printStackTrace(cmd.getErr());
        }
        return EXIT_FAILURE;
    };

    /**
     * One sentence for a failure that no command expected: {@code "FILES: what failed"}, the files being those the
     * command was given, and for the errors a user can act on (stack, memory) what to do about them.
     */
    static String failure(Language language, String files, Throwable t) {
        Throwable cause = t;
        while (cause instanceof picocli.CommandLine.ExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String where = files.isEmpty() ? "" : files + ": ";
        String during = within(cause, "org.eclipse.elk.") ? Messages.get(language, "failure.duringLayout") : "";
        if (cause instanceof StackOverflowError) {
            return Messages.get(language, "failure.stack", where, during);
        }
        if (cause instanceof OutOfMemoryError) {
            return Messages.get(language, "failure.memory", where, during,
                    language.number(java.math.BigDecimal.valueOf(Runtime.getRuntime().maxMemory() >> 20)));
        }
        if (cause instanceof IOException io) {
            return Messages.get(language, "failure.io", where, reason(language, io));
        }
        return Messages.get(language, "failure.other", where, during, firstLine(String.valueOf(cause), language));
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
    static String reason(Language language, IOException e) {
        if (e instanceof NoSuchFileException) {
            return Messages.get(language, "reason.noSuchFile", ((FileSystemException) e).getFile());
        }
        if (e instanceof AccessDeniedException) {
            return Messages.get(language, "reason.accessDenied", ((FileSystemException) e).getFile());
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return Messages.get(language, "reason.notFolder", ((FileSystemException) e).getFile());
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return Messages.get(language, "reason.other", f.getReason(), f.getFile());
        }
        return firstLine(e.getMessage(), language);
    }

    private static String firstLine(String message, Language language) {
        if (message == null) {
            return Messages.get(language, "error");
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}

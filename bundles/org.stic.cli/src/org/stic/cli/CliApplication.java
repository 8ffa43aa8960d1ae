package org.stic.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless Eclipse application {@code org.stic.cli.app}: runs one {@code stic} command with the arguments
 * the launcher did not consume and returns its exit code, which becomes the process's exit status.
 */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        context.applicationRunning();
        Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = raw instanceof String[] a ? a : new String[0];
        // UTF-8 whatever the platform's default (Windows-1251 under Java 17 on a Russian Windows): stic.cmd switches
        // the console to code page 65001 for it, and redirected output is UTF-8 on every platform.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        quietVirtualMachineErrorsOfOtherThreads();
        quietLibraryLogging();
        return Integer.valueOf(Cli.run(args, out, err));
    }

    /**
     * PDFBox logs through commons-logging, which sends it to the Log4j API (there for POI) when that is present; with
     * no Log4j implementation installed, the API's first use printed "could not find a logging provider" on standard
     * output, among the command's output. Its own simple logger is chosen instead: library errors go to standard
     * error, nothing to standard output. A value given on the command line ({@code STIC_VMARGS}) is kept.
     */
    private static void quietLibraryLogging() {
        if (System.getProperty(LOG4J_CONTEXT_FACTORY) == null) {
            System.setProperty(LOG4J_CONTEXT_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private static final String LOG4J_CONTEXT_FACTORY = "log4j2.loggerContextFactory";

    /**
     * When the heap runs out, the framework's own threads (the component registry's timer, for one) may die of it
     * beside the command, and the JVM would print their stack traces around the command's one-line failure. The
     * command's thread reports a heap or stack exhaustion itself, so those other threads' reports are dropped
     * ({@code -Dstic.debug=true} keeps them); any other uncaught failure is printed as before.
     */
    private static void quietVirtualMachineErrorsOfOtherThreads() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            if (failure instanceof VirtualMachineError && !Boolean.getBoolean("stic.debug")) {
                return;
            }
            if (previous != null) {
                previous.uncaughtException(thread, failure);
            } else { // the stack trace, as the JVM prints it (the thread group would call this handler again)
                failure.printStackTrace(System.err);
            }
        });
    }

    @Override
    public void stop() {
        // A command runs to its end; nothing to interrupt.
    }
}

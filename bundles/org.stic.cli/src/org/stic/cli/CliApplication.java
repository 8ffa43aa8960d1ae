package org.stic.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

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
        Charset cs = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
        return Integer.valueOf(Cli.run(args, out, err));
    }

    @Override
    public void stop() {
        // A command runs to its end; nothing to interrupt.
    }
}

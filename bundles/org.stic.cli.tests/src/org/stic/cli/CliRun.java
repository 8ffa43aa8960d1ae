package org.stic.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code stic ARGS...} in-process, as the org.stic.cli.app application does, capturing both streams. */
final class CliRun {

    record Result(int exitCode, String out, String err) {
    }

    private CliRun() {
    }

    static Result stic(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}

package org.stic.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs {@code stic ARGS...} in-process, as the org.stic.cli.app application does, capturing both streams. */
final class CliRun {

    record Result(int exitCode, String out, String err) {
    }

    private CliRun() {
    }

    /** In an environment that names no language: English unless {@code --lang} says otherwise. */
    static Result stic(String... args) {
        return sticIn(Map.of(), args);
    }

    /** With the locale variables of {@code environment} (LANG, LC_ALL ...). */
    static Result sticIn(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), environment);
        return new Result(code, out.toString(), err.toString());
    }
}

package org.stic.dataio;

import java.util.List;
import java.util.stream.Collectors;

/** The input cannot be imported: the problems say where and why; nothing was changed. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ImportException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ImportException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}

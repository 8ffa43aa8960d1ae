package org.stic.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.stic.diagram.LayoutProgress;
import org.stic.diagram.LayoutStrategy;
import org.stic.model.edit.Language;

/**
 * Progress of a diagram's layout on stderr, for diagrams large enough to take seconds to lay out or write (more than
 * {@link #QUIET_MAX_NODES} nodes) and for any layout still running after a few seconds; smaller diagrams stay quiet.
 */
final class LayoutReport implements LayoutProgress {

    /** The largest diagram rendered without progress lines: laid out and written in about a second in any strategy. */
    static final int QUIET_MAX_NODES = 800;

    private final PrintWriter err;
    private final String name;
    private final Language language;
    private boolean large;

    LayoutReport(PrintWriter err, String name, Language language) {
        this.err = err;
        this.name = name;
        this.language = language;
    }

    @Override
    public void started(LayoutStrategy strategy, int nodes, int edges) {
        large = nodes > QUIET_MAX_NODES;
        if (large) {
            say(Messages.get(language, "render.progress.layout", name, nodes, edges,
                    Messages.get(language, "layout." + strategy.id())));
        }
    }

    @Override
    public void running(LayoutStrategy strategy, long elapsedMillis) {
        say(Messages.get(language, "render.progress.running", name, seconds(elapsedMillis)));
    }

    @Override
    public void fellBack(long elapsedMillis) {
        large = true;
        say(Messages.get(language, "render.progress.fellBack", name, seconds(elapsedMillis)));
    }

    @Override
    public void finished(LayoutStrategy strategy, long elapsedMillis) {
        if (large) {
            say(Messages.get(language, "render.progress.laidOut", name, seconds(elapsedMillis)));
        }
    }

    /** Before the file is written (a large PNG takes a while). */
    void writing(Path target) {
        if (large) {
            say(Messages.get(language, "render.progress.writing", name, target));
        }
    }

    private void say(String line) {
        err.println(line);
        err.flush();
    }

    private String seconds(long millis) {
        return String.format(language.locale(), "%.1f", millis / 1000.0);
    }
}

package org.stic.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.stic.diagram.DiagramState;
import org.stic.ui.session.ModelSession;

/**
 * The diagram state of a model ({@code <model>.stic.diagram}) kept in the model's editing session: changed only
 * through {@link StateCommand}s on the session's command stack, written when the model is saved (from either
 * editor), and kept while the model editor stays open after the diagram editor closed.
 */
final class LayoutCompanion implements ModelSession.Companion {

    /** Hears every change of the state: a command, its undo or redo, a reload. */
    interface Listener {
        void stateChanged(DiagramState before, DiagramState after);
    }

    private final ModelSession session;
    private final List<Listener> listeners = new ArrayList<>();
    private DiagramState state;
    private String problem;

    LayoutCompanion(ModelSession session) {
        this.session = session;
        read();
    }

    /** The diagram file beside the model. */
    Path file() {
        return DiagramState.fileFor(session.path());
    }

    /** (Re)reads the diagram file; a file that cannot be read gives the automatic layout and a {@link #problem}. */
    void read() {
        DiagramState before = state;
        try {
            state = DiagramState.readFor(session.path());
            problem = null;
        } catch (IOException e) {
            state = new DiagramState();
            problem = "The diagram file was not read (automatic layout shown): " + e.getMessage();
        }
        if (before != null) {
            fire(before);
        }
    }

    /** Why the diagram file was not read, or null. */
    String problem() {
        return problem;
    }

    /** The live state: read it, change it only through commands (the view shown excepted, it is not undoable). */
    DiagramState state() {
        return state;
    }

    void set(DiagramState next) {
        DiagramState before = state;
        state = next;
        fire(before);
    }

    private void fire(DiagramState before) {
        List.copyOf(listeners).forEach(l -> l.stateChanged(before, state));
    }

    void addListener(Listener l) {
        listeners.add(l);
    }

    void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** Writes the diagram file, unless there is none and nothing to put in it. */
    @Override
    public void save() throws IOException {
        if (session.resource() != null) {
            state.prune(session.resource());
        }
        if (Files.exists(file()) || !state.format().equals(new DiagramState().format())) {
            state.write(file());
        }
    }
}

package org.stic.diagram.ui.editor;

import org.stic.diagram.ui.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.stic.diagram.DiagramState;
import org.stic.model.io.AtomicFiles;
import org.stic.ui.project.ProjectMarkers;
import org.stic.ui.session.ModelSession;

/**
 * The diagram state of a model ({@code <model>.stic.diagram}) kept in the model's editing session: changed only
 * through {@link StateCommand}s on the session's command stack, written when the model is saved (from either
 * editor), and kept while the model editor stays open after the diagram editor closed. A diagram file that could not
 * be read (a merge conflict, a hand edit, a newer version, a byte that is not UTF-8) is never overwritten by a save:
 * the editor shows the automatic layout and says the file is kept, until the user fixes it or chooses to replace it,
 * and then a copy of it is kept beside it.
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
    /** The diagram file exists but could not be read: saves leave it alone unless {@link #replaceUnreadable}. */
    private boolean unreadable;
    private boolean replaceConfirmed;
    /** Where the unreadable file was copied before it was replaced, or null. */
    private Path backup;

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
        replaceConfirmed = false;
        try {
            state = DiagramState.readFor(session.path());
            problem = null;
            unreadable = false;
        } catch (IOException e) {
            state = new DiagramState();
            unreadable = Files.exists(file());
            problem = Messages.get("diagramFile.unreadable", e.getMessage());
        }
        // the problem is also a marker on the diagram file in the Problems view (gone once it reads again)
        ProjectMarkers.replace(file(), problem == null ? List.of() : List.of(problem.substring(0, problem.indexOf('\n'))));
        if (before != null) {
            fire(before);
        }
    }

    /** Why the diagram file was not read, or null. */
    String problem() {
        return problem;
    }

    /** True while the diagram file could not be read and is kept by saves. */
    boolean isUnreadable() {
        return unreadable;
    }

    /** The user chose to replace the unreadable file: the next save copies it aside, then writes the diagram. */
    void replaceUnreadable() {
        replaceConfirmed = true;
    }

    /** The copy of the replaced unreadable file, or null. */
    Path backup() {
        return backup;
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

    /**
     * Stages the diagram file, unless there is none and nothing to put in it, or it could not be read and the user
     * has not chosen to replace it (then it is kept, untouched).
     */
    @Override
    public AtomicFiles.Staged stage() throws IOException {
        if (session.resource() != null) {
            state.prune(session.resource());
        }
        if (unreadable && !replaceConfirmed) {
            return null;
        }
        if (!Files.exists(file()) && state.format().equals(new DiagramState().format())) {
            return null;
        }
        if (unreadable) {
            backup = keepCopy(file());
        }
        return AtomicFiles.stage(file(), out -> out.write(state.format().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void saved() {
        if (unreadable) {
            unreadable = false;
            replaceConfirmed = false;
            problem = null;
            ProjectMarkers.replace(file(), List.of());
        }
    }

    /** Copies {@code file} to the first free {@code <file>.bak}, {@code <file>.bak-2}, ... beside it. */
    private static Path keepCopy(Path file) throws IOException {
        for (int n = 1;; n++) {
            Path copy = file.resolveSibling(file.getFileName() + (n == 1 ? ".bak" : ".bak-" + n));
            try {
                Files.copy(file, copy);
                return copy;
            } catch (FileAlreadyExistsException e) {
                // taken by an earlier copy: try the next name
            }
        }
    }
}

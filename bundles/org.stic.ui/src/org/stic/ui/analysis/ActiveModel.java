package org.stic.ui.analysis;

import java.util.EventObject;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.stic.Cluster;
import org.stic.analysis.Scenario;
import org.stic.ui.session.ModelSession;

/**
 * The model a view shows: that of the last active STIC editor of a page (model tree or diagram of the same file share
 * one {@link ModelSession}), and the what-if scenario that editor shows, if any ({@link ShownScenario}). Tells its
 * listener once per event-loop turn after any change: another model, a command executed, undone or redone in either
 * editor, the file reloaded, a step of the scenario shown, what-if mode on or off. Several changes in one turn (a compound paste, a
 * burst of commands from a script) give one update. UI thread only.
 */
final class ActiveModel {

    /** What the view does when the model it shows changed or another one is shown. */
    interface Listener {
        void modelChanged();
    }

    private final IWorkbenchPage page;
    private final Listener listener;
    private ModelSession session;
    private IEditorPart editor;
    /** The active editor's what-if scenario, null when it can show none. */
    private ShownScenario scenarioSource;
    private boolean pending;
    private final Runnable scenarioListener = this::schedule;

    private final CommandStackListener stackListener = this::stackChanged;
    private final ModelSession.Listener sessionListener = new ModelSession.Listener() {
        @Override
        public void reloaded() {
            schedule();
        }
    };
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof IEditorPart e) {
                follow(e);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) != editor) {
                return;
            }
            // another editor of the same model if one is open, else the active editor's model, else nothing
            IEditorPart closed = editor;
            IEditorPart next = session == null ? null
                    : ModelEditors.of(page, session).stream().filter(e -> e != closed).findFirst().orElse(null);
            if (next == null && page.getActiveEditor() != closed) {
                next = page.getActiveEditor();
            }
            show(next, ModelEditors.sessionOf(next));
        }
    };

    ActiveModel(IWorkbenchPage page, Listener listener) {
        this.page = page;
        this.listener = listener;
        page.addPartListener(partListener);
        follow(page.getActiveEditor());
    }

    /** The session shown, or null when no STIC editor is open. */
    ModelSession session() {
        return session;
    }

    /** The editor whose model is shown, the one to bring forward when the user asks to see an element. */
    IEditorPart editor() {
        return editor;
    }

    /** The what-if scenario the editor shows, or null when it shows the model as it is. */
    Scenario scenario() {
        return scenarioSource == null ? null : scenarioSource.shownScenario();
    }

    /** The model's root, or null when there is none (no editor, or a file that could not be loaded). */
    Cluster cluster() {
        Resource resource = session == null ? null : session.resource();
        return resource != null && !resource.getContents().isEmpty()
                && resource.getContents().get(0) instanceof Cluster c ? c : null;
    }

    private void follow(IEditorPart next) {
        ModelSession nextSession = ModelEditors.sessionOf(next);
        if (nextSession == null && next != null) {
            return; // another kind of editor: keep showing the last model
        }
        show(next, nextSession);
    }

    /** Shows the model of a session (null: none), {@code next} being the editor to bring forward for it. */
    private void show(IEditorPart next, ModelSession nextSession) {
        editor = nextSession == null ? null : next;
        ShownScenario nextScenario = editor == null ? null : Adapters.adapt(editor, ShownScenario.class);
        if (nextScenario != scenarioSource) {
            if (scenarioSource != null) {
                scenarioSource.removeScenarioListener(scenarioListener);
            }
            scenarioSource = nextScenario;
            if (scenarioSource != null) {
                scenarioSource.addScenarioListener(scenarioListener);
            }
            schedule();
        }
        if (nextSession == session) {
            return;
        }
        detach();
        session = nextSession;
        if (session != null) {
            session.commandStack().addCommandStackListener(stackListener);
            session.addListener(sessionListener);
        }
        schedule();
    }

    private void detach() {
        if (session != null) {
            session.commandStack().removeCommandStackListener(stackListener);
            session.removeListener(sessionListener);
        }
    }

    private void stackChanged(EventObject event) {
        schedule();
    }

    /** One update at the end of this event-loop turn, however many changes it brings. */
    private void schedule() {
        if (pending) {
            return;
        }
        pending = true;
        Display.getCurrent().asyncExec(() -> {
            pending = false;
            if (page.getWorkbenchWindow().getShell() != null) {
                listener.modelChanged();
            }
        });
    }

    void dispose() {
        page.removePartListener(partListener);
        if (scenarioSource != null) {
            scenarioSource.removeScenarioListener(scenarioListener);
            scenarioSource = null;
        }
        detach();
        session = null;
    }
}

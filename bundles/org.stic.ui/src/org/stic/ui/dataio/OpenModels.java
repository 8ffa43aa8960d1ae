package org.stic.ui.dataio;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.stic.ui.editor.SticEditor;
import org.stic.ui.session.ModelSession;

/** The models open in STIC editors of the active window that loaded, the active editor's first. */
final class OpenModels {

    private OpenModels() {
    }

    static List<ModelSession> of(IWorkbench workbench) {
        List<ModelSession> sessions = new ArrayList<>();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return sessions;
        }
        if (page.getActiveEditor() instanceof SticEditor active) {
            add(active, sessions);
        }
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart editor = reference.getEditor(false);
            if (editor instanceof SticEditor e) {
                add(e, sessions);
            }
        }
        return sessions;
    }

    private static void add(SticEditor editor, List<ModelSession> sessions) {
        ModelSession session = editor.getSession();
        if (session != null && session.loadError() == null && !session.resource().getContents().isEmpty()
                && !sessions.contains(session)) {
            sessions.add(session);
        }
    }

    /** What the model pickers show: the file's path in the workspace. */
    static String label(ModelSession session) {
        return session.file().getFullPath().toString();
    }
}

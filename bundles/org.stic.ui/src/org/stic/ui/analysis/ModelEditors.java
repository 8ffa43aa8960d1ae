package org.stic.ui.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.stic.ui.editor.SticEditor;
import org.stic.ui.session.ModelSession;

/**
 * The editors of one model file (the model tree, diagrams): every editor whose input is the file and whose editing
 * domain is that of the file's {@link ModelSession}. Commands and views that act on "the model the user works on"
 * find it here, whichever of its editors is active.
 */
public final class ModelEditors {

    private ModelEditors() {
    }

    /** The session an editor edits, or null when it is not an editor of a STIC model. */
    public static ModelSession sessionOf(IEditorPart editor) {
        if (editor == null || !(editor.getEditorInput() instanceof IFileEditorInput input)) {
            return null;
        }
        ModelSession session = ModelSession.find(input.getFile());
        return session != null && Adapters.adapt(editor, EditingDomain.class) == session.domain() ? session : null;
    }

    /** The open editors of the session's file on a page. */
    public static List<IEditorPart> of(IWorkbenchPage page, ModelSession session) {
        List<IEditorPart> editors = new ArrayList<>();
        IFile file = session.file();
        for (IEditorReference ref : page.getEditorReferences()) {
            IEditorPart part = ref.getEditor(false);
            if (part != null && part.getEditorInput() instanceof IFileEditorInput in && file.equals(in.getFile())
                    && sessionOf(part) == session) {
                editors.add(part);
            }
        }
        return editors;
    }

    /**
     * Selects the element in every editor of the session's file that shows it (the tree scrolls to it, a diagram
     * that draws it selects and reveals its node).
     */
    public static void select(IWorkbenchPage page, ModelSession session, EObject element) {
        StructuredSelection selection = new StructuredSelection(element);
        for (IEditorPart editor : of(page, session)) {
            if (editor instanceof SticEditor tree) {
                tree.select(selection);
            } else {
                ISelectionProvider provider = editor.getSite().getSelectionProvider();
                if (provider != null) {
                    provider.setSelection(selection);
                }
            }
        }
    }

    /** Emphasises the elements in every editor of the file that can ({@link ElementHighlighting}). */
    public static void highlight(IWorkbenchPage page, ModelSession session, Collection<? extends EObject> elements) {
        for (IEditorPart editor : of(page, session)) {
            ElementHighlighting h = Adapters.adapt(editor, ElementHighlighting.class);
            if (h != null) {
                h.highlight(elements);
            }
        }
    }
}

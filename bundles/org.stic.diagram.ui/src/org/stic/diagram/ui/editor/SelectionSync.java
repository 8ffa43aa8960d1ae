package org.stic.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.stic.Interaction;
import org.stic.diagram.EdgeType;
import org.stic.diagram.Link;

/**
 * The diagram's selection in the workbench: what the editor offers as its selection (the selected nodes' elements,
 * or the element that holds the selected link), elements chosen elsewhere (model editor, outline, another model's
 * copy of the same element) selected on the diagram, and the model editor's tree following the diagram.
 */
final class SelectionSync {

    private final DiagramEditor editor;
    private final List<ISelectionChangedListener> listeners = new ArrayList<>();
    private final ISelectionListener pageSelectionListener = this::pageSelectionChanged;
    private boolean syncingSelection;

    SelectionSync(DiagramEditor editor) {
        this.editor = editor;
    }

    /** Starts following the page's selection. */
    void listen() {
        editor.getSite().getPage().addPostSelectionListener(pageSelectionListener);
    }

    void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    private DiagramViewer viewer() {
        return editor.getViewer();
    }

    /** The selected nodes' elements; for a selected link, the element that holds it (or the Interaction). */
    ISelection getSelection() {
        return viewer() == null ? StructuredSelection.EMPTY : new StructuredSelection(selectedElements());
    }

    private List<EObject> selectedElements() {
        Link link = viewer().getSelectedLink();
        return link != null ? List.of(link.owner()) : viewer().getSelection();
    }

    void setSelection(ISelection selection) {
        List<EObject> elements = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s) {
                EObject mine = o instanceof EObject e ? mine(e) : null;
                if (mine != null) {
                    elements.add(mine);
                }
            }
        }
        if (!selectInteraction(elements)) {
            viewer().setSelection(elements, true);
        }
    }

    /** An interaction chosen elsewhere is its link on the network view; true when the diagram selected it. */
    private boolean selectInteraction(List<EObject> elements) {
        return elements.size() == 1 && elements.get(0) instanceof Interaction i
                && viewer().setSelectedLink(new Link(EdgeType.INTERACTION, i, null), true);
    }

    /** Tells the workbench (properties, outline, handlers) that the diagram's selection changed. */
    void fireSelection() {
        SelectionChangedEvent event = new SelectionChangedEvent(editor, getSelection());
        for (ISelectionChangedListener l : List.copyOf(listeners)) {
            l.selectionChanged(event);
        }
    }

    /** The element of our model that stands for an element of any resource (same XMI id). */
    private EObject mine(EObject e) {
        Resource resource = editor.getResource();
        if (resource == null) {
            return null;
        }
        if (e.eResource() == resource) {
            return e;
        }
        Resource other = e.eResource();
        return other == null ? null : resource.getEObject(other.getURIFragment(e));
    }

    /** The model editor (tree) follows the diagram's selection. */
    void selectInModelEditor() {
        IEditorPart modelEditor = findModelEditor();
        if (modelEditor == null || modelEditor.getSite().getSelectionProvider() == null
                || selectedElements().isEmpty()) {
            return;
        }
        syncingSelection = true;
        try {
            StructuredSelection elements = new StructuredSelection(selectedElements());
            ISelectionProvider provider = modelEditor.getSite().getSelectionProvider();
            if (provider instanceof Viewer v) {
                v.setSelection(elements, true); // and show it in the tree
            } else {
                provider.setSelection(elements);
            }
        } finally {
            syncingSelection = false;
        }
    }

    /** The other editor of the session: the model editor (tree) of our file, if open. */
    private IEditorPart findModelEditor() {
        for (IEditorReference ref : editor.getSite().getPage().getEditorReferences()) {
            IEditorPart part = ref.getEditor(false);
            if (part != null && !(part instanceof DiagramEditor) && part.getEditorInput() instanceof IFileEditorInput in
                    && editor.getFile().equals(in.getFile())
                    && Adapters.adapt(part, EditingDomain.class) == editor.getEditingDomain()) {
                return part;
            }
        }
        return null;
    }

    /** Elements selected elsewhere (model editor, outline) are selected on the diagram. */
    private void pageSelectionChanged(IWorkbenchPart part, ISelection selection) {
        DiagramViewer viewer = viewer();
        if (part == editor || syncingSelection || viewer == null || viewer.getControl().isDisposed()
                || !(selection instanceof IStructuredSelection s) || s.isEmpty()) {
            return;
        }
        List<EObject> elements = new ArrayList<>();
        for (Object o : s) {
            EObject mine = o instanceof EObject e ? mine(e) : null;
            if (mine != null && viewer.getScene() != null) {
                elements.add(mine);
            }
        }
        if (viewer.getSelectedLink() != null && elements.equals(selectedElements())) {
            return; // the link's owner, shown in the tree for the selected link: the link stays selected
        }
        if (!selectInteraction(elements)) {
            elements.removeIf(e -> viewer.getScene().node(e) == null);
            if (!elements.isEmpty()) {
                viewer.setSelection(elements, true);
            }
        }
    }

    void dispose() {
        editor.getSite().getPage().removePostSelectionListener(pageSelectionListener);
    }
}

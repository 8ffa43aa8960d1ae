package org.stic.ui.editor;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.stic.ui.emf.ItemProviderContentProvider;

/**
 * The Outline of a STIC model: the same tree as the editor, kept in step with it both ways, handy when the
 * editor shows a deep branch.
 */
class SticOutlinePage extends ContentOutlinePage {

    private final SticEditor editor;
    private ProblemLabelProvider labels;
    private boolean syncing;

    SticOutlinePage(SticEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer tree = getTreeViewer();
        tree.setUseHashlookup(true);
        tree.setContentProvider(new ItemProviderContentProvider(editor.getAdapterFactory()));
        labels = new ProblemLabelProvider(editor.getAdapterFactory());
        tree.setLabelProvider(labels);
        setInput(editor.getResource());
        // Outline selection selects in the editor; the editor's selection is mirrored here.
        addSelectionChangedListener(e -> {
            if (!syncing) {
                syncing = true;
                editor.select(e.getSelection());
                syncing = false;
            }
        });
        editor.getViewer().addSelectionChangedListener(e -> {
            if (!syncing && !tree.getControl().isDisposed()) {
                syncing = true;
                tree.setSelection(new StructuredSelection(e.getStructuredSelection().toList()), true);
                syncing = false;
            }
        });
    }

    void setInput(Resource resource) {
        TreeViewer tree = getTreeViewer();
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.setInput(resource);
            tree.expandToLevel(2);
        }
    }

    void setSeverities(Map<EObject, Integer> severities) {
        if (labels != null && !getTreeViewer().getControl().isDisposed()) {
            labels.setSeverities(severities);
            getTreeViewer().refresh(true);
        }
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        editor.getActions().contributeTo(actionBars);
    }

    @Override
    public void dispose() {
        editor.outlineDisposed();
        super.dispose();
    }
}

package org.stic.diagram.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Points the workbench's Undo/Redo/Copy/Paste/Delete/Select All at the active diagram editor's actions. */
public class DiagramEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (part instanceof DiagramEditor editor) {
            editor.contributeTo(getActionBars());
        }
    }
}

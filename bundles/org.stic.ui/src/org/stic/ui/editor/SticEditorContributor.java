package org.stic.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Points the workbench's Undo/Redo/Cut/Copy/Paste/Delete/Rename at the active STIC editor's actions. */
public class SticEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (part instanceof SticEditor editor) {
            editor.getActions().contributeTo(getActionBars());
        }
    }
}

package org.stic.ui.metamodel;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Points the workbench's Undo/Redo/Cut/Copy/Paste/Delete/Rename at the active metamodel editor's actions. */
public class MetamodelEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (part instanceof MetamodelEditor editor) {
            editor.getActions().contributeTo(getActionBars());
        }
    }
}

package org.stic.ui.editor;

import org.eclipse.jface.action.IAction;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The workbench's images and command ids for an editor's own Cut, Copy, Paste and Delete actions, so that menus,
 * toolbars and key bindings show and find them as the standard ones. Used by the model editor and the diagram editor.
 */
public final class StandardEditActions {

    private StandardEditActions() {
    }

    public static void dress(IAction cut, IAction copy, IAction paste, IAction delete) {
        dress(cut, ActionFactory.CUT, ISharedImages.IMG_TOOL_CUT);
        dress(copy, ActionFactory.COPY, ISharedImages.IMG_TOOL_COPY);
        dress(paste, ActionFactory.PASTE, ISharedImages.IMG_TOOL_PASTE);
        dress(delete, ActionFactory.DELETE, ISharedImages.IMG_TOOL_DELETE);
    }

    private static void dress(IAction action, ActionFactory standard, String image) {
        action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
        action.setActionDefinitionId(standard.getCommandId());
    }
}

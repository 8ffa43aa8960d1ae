package org.stic.ui.emf;

import org.stic.ui.Messages;
import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The workbench's Undo or Redo, bound to an EMF command stack: registered as the global action handler for
 * {@link ActionFactory#UNDO}/{@link ActionFactory#REDO}, it follows the stack's state and names the command
 * ("Undo Set Name"), so Edit menu, toolbar and Ctrl+Z/Ctrl+Y all act on the model's commands.
 */
public final class CommandStackAction extends Action implements CommandStackListener {

    private final boolean undo;
    private CommandStack stack;

    private CommandStackAction(boolean undo) {
        this.undo = undo;
        ActionFactory factory = undo ? ActionFactory.UNDO : ActionFactory.REDO;
        setId(factory.getId());
        setActionDefinitionId(factory.getCommandId());
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        setImageDescriptor(images.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
        update();
    }

    public static CommandStackAction undo() {
        return new CommandStackAction(true);
    }

    public static CommandStackAction redo() {
        return new CommandStackAction(false);
    }

    /** Follows the command stack of this domain (null: none, the action is disabled). */
    public void setEditingDomain(EditingDomain domain) {
        setCommandStack(domain == null ? null : domain.getCommandStack());
    }

    /** Follows this command stack (null: none, the action is disabled). */
    public void setCommandStack(CommandStack next) {
        if (next == stack) {
            return;
        }
        if (stack != null) {
            stack.removeCommandStackListener(this);
        }
        stack = next;
        if (stack != null) {
            stack.addCommandStackListener(this);
        }
        update();
    }

    @Override
    public void commandStackChanged(EventObject event) {
        update();
    }

    public void update() {
        boolean can = stack != null && (undo ? stack.canUndo() : stack.canRedo());
        setEnabled(can);
        Command command = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
        String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
        setText(Messages.get(undo ? "action.undo" : "action.redo") + label);
        setToolTipText(command == null ? null : command.getDescription());
    }

    @Override
    public void run() {
        if (stack != null) {
            if (undo) {
                stack.undo();
            } else {
                stack.redo();
            }
        }
    }
}

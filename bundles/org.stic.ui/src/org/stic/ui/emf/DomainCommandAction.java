package org.stic.ui.emf;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/**
 * An action that executes an EMF.edit command built from the current selection (Delete, Cut, Copy, Paste ...)
 * on the editing domain's command stack, and is enabled exactly when that command can execute.
 */
public class DomainCommandAction extends Action {

    private final BiFunction<EditingDomain, List<?>, Command> commandFactory;
    private EditingDomain domain;
    private List<?> selection = List.of();

    public DomainCommandAction(String id, String text, BiFunction<EditingDomain, List<?>, Command> commandFactory) {
        super(text);
        setId(id);
        this.commandFactory = commandFactory;
        setEnabled(false);
    }

    public void setEditingDomain(EditingDomain domain) {
        this.domain = domain;
        update();
    }

    public void selectionChanged(ISelection s) {
        selection = s instanceof IStructuredSelection ss ? ss.toList() : List.of();
        update();
    }

    public void update() {
        Command command = command();
        setEnabled(command.canExecute());
        command.dispose();
    }

    private Command command() {
        if (domain == null || selection.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Command command = commandFactory.apply(domain, selection);
        return command == null ? UnexecutableCommand.INSTANCE : command;
    }

    @Override
    public void run() {
        Command command = command();
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }
}

package org.stic.diagram.ui.editor;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;
import org.stic.diagram.DiagramState;

/**
 * One undoable change of the diagram state (move, resize, arrange, collapse): it holds the state before and after
 * and hands copies of them to the editor, so that undo and redo are exact whatever the change was.
 */
final class StateCommand extends AbstractCommand {

    private final DiagramState before;
    private final DiagramState after;
    private final Consumer<DiagramState> apply;

    StateCommand(String label, DiagramState before, DiagramState after, Consumer<DiagramState> apply) {
        super(label);
        this.before = before.copy();
        this.after = after.copy();
        this.apply = apply;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        apply.accept(after.copy());
    }

    @Override
    public void undo() {
        apply.accept(before.copy());
    }

    @Override
    public void redo() {
        execute();
    }
}

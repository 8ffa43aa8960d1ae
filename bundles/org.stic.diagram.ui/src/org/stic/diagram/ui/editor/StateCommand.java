package org.stic.diagram.ui.editor;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;
import org.stic.diagram.DiagramState;

/**
 * One undoable change of the diagram state (move, resize, arrange, collapse, a new node's place) on the model's
 * shared command stack. The change is applied to a copy of the state when the command executes (so it may name
 * elements that an earlier command of the same compound has just added to the model); undo and redo restore the
 * whole state before and after, which is exact whatever the change was.
 */
final class StateCommand extends AbstractCommand {

    private final LayoutCompanion layout;
    private final Consumer<DiagramState> change;
    private DiagramState before;
    private DiagramState after;

    StateCommand(String label, LayoutCompanion layout, Consumer<DiagramState> change) {
        super(label);
        this.layout = layout;
        this.change = change;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        before = layout.state().copy();
        after = layout.state().copy();
        change.accept(after);
        layout.set(after.copy());
    }

    @Override
    public void undo() {
        layout.set(before.copy());
    }

    @Override
    public void redo() {
        layout.set(after.copy());
    }
}

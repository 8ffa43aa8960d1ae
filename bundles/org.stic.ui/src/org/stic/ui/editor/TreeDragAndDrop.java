package org.stic.ui.editor;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Drag and drop inside a model tree: dropping elements on an element moves (or with Ctrl copies) them into it,
 * dropping them between elements reorders; both through EMF.edit's {@link DragAndDropCommand}, so the item
 * providers decide what may go where, and the move is one undoable command.
 */
class TreeDragAndDrop {

    private static final int OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;

    private final StructuredViewer viewer;
    private final Supplier<EditingDomain> domain;

    TreeDragAndDrop(StructuredViewer viewer, Supplier<EditingDomain> domain) {
        this.viewer = viewer;
        this.domain = domain;
    }

    void install() {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(OPERATIONS, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
                event.doit = !viewer.getSelection().isEmpty();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(OPERATIONS, transfers, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                Command command = command(target, operation);
                boolean ok = command != null && command.canExecute();
                if (command != null) {
                    command.dispose();
                }
                return ok;
            }

            @Override
            public boolean performDrop(Object data) {
                Command command = command(getCurrentTarget(), getCurrentOperation());
                if (command == null || !command.canExecute()) {
                    return false;
                }
                domain.get().getCommandStack().execute(command);
                return true;
            }

            private Command command(Object target, int operation) {
                if (target == null || domain.get() == null
                        || !(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s)) {
                    return null;
                }
                List<?> dragged = s.toList();
                return DragAndDropCommand.create(domain.get(), target, location(), OPERATIONS, operation, dragged);
            }

            /** DragAndDropCommand reads the drop point as a fraction of the target row's height. */
            private float location() {
                return switch (getCurrentLocation()) {
                case LOCATION_BEFORE -> 0.1f;
                case LOCATION_AFTER -> 0.9f;
                default -> 0.5f;
                };
            }
        });
    }
}

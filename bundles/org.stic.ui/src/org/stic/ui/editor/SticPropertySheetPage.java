package org.stic.ui.editor;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties view page of a STIC editor (of models or metamodels): the item providers' properties, edited through the editor's
 * command stack (Undo/Redo stay active while the Properties view has the focus), and each property's model
 * documentation as the tooltip of its row.
 */
public class SticPropertySheetPage extends PropertySheetPage {

    private final EditorActions actions;
    private final Consumer<SticPropertySheetPage> disposed;

    /** A page over {@code sources}, with the editor's Undo/Redo; {@code disposed} hears when it goes. */
    SticPropertySheetPage(IPropertySourceProvider sources, EditorActions actions,
            Consumer<SticPropertySheetPage> disposed) {
        this.actions = actions;
        this.disposed = disposed;
        setPropertySourceProvider(sources);
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        if (getControl() instanceof Tree tree) {
            tree.addListener(SWT.MouseHover, e -> {
                TreeItem item = tree.getItem(new Point(e.x, e.y));
                String tip = item != null && item.getData() instanceof IPropertySheetEntry entry ? entry.getDescription() : null;
                tree.setToolTipText(tip);
            });
            tree.addListener(SWT.MouseExit, e -> tree.setToolTipText(null));
        }
    }

    @Override
    public void dispose() {
        disposed.accept(this);
        super.dispose();
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        actions.contributeUndoTo(actionBars);
    }
}

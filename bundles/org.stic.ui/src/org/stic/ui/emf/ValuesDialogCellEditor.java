package org.stic.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The cell editor of a many-valued feature: shows the current values, "..." opens a {@link ValuesDialog}. */
public class ValuesDialogCellEditor extends DialogCellEditor {

    private final String title;
    private final ILabelProvider labels;
    private final List<?> choices;

    public ValuesDialogCellEditor(Composite parent, String title, ILabelProvider labels, List<?> choices) {
        super(parent);
        this.title = title;
        this.labels = labels;
        this.choices = choices;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        List<Object> current = getValue() instanceof Collection<?> c ? new ArrayList<>(c) : new ArrayList<>();
        ValuesDialog dialog = new ValuesDialog(cellEditorWindow.getShell(), title, labels, choices, current);
        return dialog.open() == Window.OK ? dialog.result() : null;
    }

    @Override
    protected void updateContents(Object value) {
        // DialogCellEditor's constructor calls this before our fields are set
        if (labels != null && getDefaultLabel() != null && !getDefaultLabel().isDisposed()) {
            getDefaultLabel().setText(labels.getText(value));
        }
    }
}

package org.stic.ui.emf;

import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only combo whose value is one of a list of objects (enum literal, boolean, referenced element). */
public class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<?> choices;

    public ChoiceCellEditor(Composite parent, List<?> choices, ILabelProvider labels) {
        super(parent, choices.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
        this.choices = choices;
    }

    public List<?> choices() {
        return choices;
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index >= 0 && index < choices.size() ? choices.get(index) : null;
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(Math.max(0, choices.indexOf(value)));
    }
}

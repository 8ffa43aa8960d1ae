package org.stic.ui.emf;

import org.stic.ui.Messages;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell editor for a data type value: it shows the value's string form and parses the text with the data
 * type's factory (so a number field rejects "12a" with a message instead of storing garbage). An empty text
 * clears a non-string value.
 */
public class DataTypeCellEditor extends TextCellEditor {

    private final EDataType type;

    public DataTypeCellEditor(Composite parent, EDataType type) {
        super(parent);
        this.type = type;
        setValidator(value -> {
            try {
                parse((String) value);
                return null;
            } catch (RuntimeException e) {
                return Messages.get("value.invalid", value, type.getName());
            }
        });
    }

    private boolean isString() {
        return type.getInstanceClass() == String.class || type == EcorePackage.Literals.ESTRING;
    }

    /** The value a text stands for; throws when the data type cannot parse it. */
    public Object parse(String text) {
        if (isString()) {
            return text;
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        return EcoreUtil.createFromString(type, text.trim());
    }

    @Override
    protected Object doGetValue() {
        return parse((String) super.doGetValue());
    }

    @Override
    protected void doSetValue(Object value) {
        String text = value == null ? "" : isString() ? value.toString() : EcoreUtil.convertToString(type, value);
        super.doSetValue(text == null ? "" : text);
    }
}

package org.stic.dataio;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * One exported catalogue: its name (a sheet's name, a CSV file's base name), its columns and its elements. A cell's
 * value is text, a number (BigDecimal, Integer), a Boolean or null; the writers turn each into what their format holds.
 */
public record Sheet(String name, String fileName, List<Column> columns, List<? extends EObject> elements) {

    /** A column: its header and how to get its value from an element. */
    public record Column(String header, Function<EObject, Object> value) {
    }

    /** The row of {@code element}'s values, in column order. */
    public Object[] row(EObject element) {
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = columns.get(i).value().apply(element);
        }
        return row;
    }
}

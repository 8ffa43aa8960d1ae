package org.stic.diagram.ui.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.stic.AvailabilityStatus;
import org.stic.diagram.ui.Messages;
import org.stic.model.edit.Vocabulary;

/**
 * A key resource's or key action's status in the scenario (наличие), with the year from which it is available
 * (four digits, or none), as the scenario file's {@code status} line holds them.
 */
final class ScenarioStatusDialog extends ScenarioDialog {

    private final AvailabilityStatus initial;
    private final Integer initialYear;
    private Combo statusCombo;
    private Text yearText;
    private AvailabilityStatus status;
    private Integer year;

    ScenarioStatusDialog(Shell shell, String title, String element, String modelValue, AvailabilityStatus initial,
            Integer initialYear) {
        super(shell, title, element, modelValue);
        this.initial = initial;
        this.initialYear = initialYear;
    }

    @Override
    protected void createFields(Composite grid) {
        statusCombo = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
        AvailabilityStatus.VALUES.forEach(s -> statusCombo.add(Vocabulary.current().literal(s)));
        statusCombo.select(AvailabilityStatus.VALUES.indexOf(initial == null ? AvailabilityStatus.UNSPECIFIED
                : initial));
        Composite from = new Composite(grid, SWT.NONE);
        from.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).create());
        new Label(from, SWT.NONE).setText(Messages.get("scenario.dialog.year"));
        yearText = new Text(from, SWT.BORDER);
        yearText.setText(initialYear == null ? "" : Integer.toString(initialYear));
        GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(yearText);
        yearText.addListener(SWT.Modify, e -> check());
        statusCombo.setFocus();
    }

    @Override
    protected String problem() {
        String y = yearText.getText().strip();
        return y.isEmpty() || y.matches("[1-9]\\d{3}") ? null : Messages.get("scenario.dialog.yearProblem");
    }

    @Override
    protected void keep() {
        status = AvailabilityStatus.VALUES.get(statusCombo.getSelectionIndex());
        String y = yearText.getText().strip();
        year = y.isEmpty() ? null : Integer.valueOf(y);
    }

    AvailabilityStatus status() {
        return status;
    }

    /** The year it is available from, or null. */
    Integer year() {
        return year;
    }
}

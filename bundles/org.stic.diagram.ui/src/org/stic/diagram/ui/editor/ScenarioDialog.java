package org.stic.diagram.ui.editor;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.stic.diagram.ui.Messages;

/**
 * A dialog that sets one value of an element in the what-if scenario: the element, its value in the model, the
 * field(s) for the scenario's value, and what is wrong with what was typed (OK waits until nothing is).
 */
abstract class ScenarioDialog extends Dialog {

    private final String title;
    private final String element;
    private final String modelValue;
    private Label problem;

    protected ScenarioDialog(Shell shell, String title, String element, String modelValue) {
        super(shell);
        this.title = title;
        this.element = element;
        this.modelValue = modelValue;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite grid = new Composite(area, SWT.NONE);
        grid.setLayout(GridLayoutFactory.swtDefaults().numColumns(3).create());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
        Label name = new Label(grid, SWT.WRAP);
        name.setText(element);
        GridDataFactory.fillDefaults().span(3, 1).hint(420, SWT.DEFAULT).applyTo(name);
        new Label(grid, SWT.NONE).setText(Messages.get("scenario.dialog.model"));
        Label value = new Label(grid, SWT.NONE);
        value.setText(modelValue);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(value);
        new Label(grid, SWT.NONE).setText(Messages.get("scenario.dialog.scenario"));
        createFields(grid);
        problem = new Label(grid, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).hint(420, SWT.DEFAULT).applyTo(problem);
        return area;
    }

    /** The two columns after "In the scenario:". */
    protected abstract void createFields(Composite grid);

    /** What is wrong with the fields, or null when they give a value. */
    protected abstract String problem();

    /** Remembers the value of the fields before they are disposed (called with a null {@link #problem()}). */
    protected abstract void keep();

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        check();
    }

    /** Says what is wrong, and lets OK be pressed only when nothing is. */
    protected final void check() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (problem == null || ok == null) {
            return;
        }
        String text = problem();
        problem.setText(text == null ? "" : text);
        ok.setEnabled(text == null);
    }

    @Override
    protected void okPressed() {
        if (problem() == null) {
            keep();
            super.okPressed();
        }
    }
}

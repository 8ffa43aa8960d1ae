package org.stic.ui.emf;

import org.stic.ui.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Chooses the values of a many-valued feature from its candidates with check boxes and a filter field. The
 * result keeps the order of the values that were already there and appends new ones in list order.
 */
public class ValuesDialog extends Dialog {

    private final String title;
    private final ILabelProvider labels;
    private final List<?> choices;
    private final Set<Object> checked;
    private CheckboxTableViewer list;

    public ValuesDialog(Shell parent, String title, ILabelProvider labels, List<?> choices, List<?> current) {
        super(parent);
        this.title = title;
        this.labels = labels;
        this.choices = choices.stream().filter(c -> c != null).toList();
        this.checked = new LinkedHashSet<>(current);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.NONE).setText(Messages.get("values.select", title));
        Text filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.get("values.filter"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        list = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(labels);
        list.setInput(choices);
        list.setCheckedElements(checked.toArray());
        list.addCheckStateListener(e -> {
            if (e.getChecked()) {
                checked.add(e.getElement());
            } else {
                checked.remove(e.getElement());
            }
        });
        filter.addModifyListener(e -> {
            String text = filter.getText().toLowerCase();
            list.setInput(choices.stream().filter(c -> labels.getText(c).toLowerCase().contains(text)).toList());
            list.setCheckedElements(checked.toArray());
        });
        GridDataFactory.fillDefaults().grab(true, true).hint(360, 280).applyTo(list.getControl());
        return area;
    }

    /** The chosen values; valid after OK. */
    public List<Object> result() {
        return new ArrayList<>(checked);
    }
}

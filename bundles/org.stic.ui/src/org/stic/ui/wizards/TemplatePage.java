package org.stic.ui.wizards;

import org.stic.ui.Messages;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Chooses what the new model starts from: empty, or one of the bundled examples. */
class TemplatePage extends WizardPage {

    private final List<ModelTemplate> templates = ModelTemplate.all();
    private ModelTemplate selected;
    private TableViewer list;

    TemplatePage(ModelTemplate initial) {
        super("template");
        setTitle(Messages.get("wizard.template.title"));
        setDescription(Messages.get("wizard.template.description"));
        selected = templates.contains(initial) ? initial : ModelTemplate.EMPTY;
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(GridLayoutFactory.swtDefaults().create());
        list = new TableViewer(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ModelTemplate) element).label();
            }
        });
        list.setInput(templates);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 160).applyTo(list.getControl());
        Label description = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(description);
        list.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof ModelTemplate t) {
                selected = t;
                description.setText(t.description());
                templateChanged(t);
            }
        });
        list.setSelection(new StructuredSelection(selected));
        setControl(area);
    }

    /** Hook for wizards that follow the choice (e.g. the default file name). */
    protected void templateChanged(ModelTemplate template) {
    }

    ModelTemplate selected() {
        return selected;
    }

    /** Selects a template (used by the first-run offer and tests). */
    void select(ModelTemplate template) {
        selected = template;
        if (list != null) {
            list.setSelection(new StructuredSelection(template));
        }
    }
}

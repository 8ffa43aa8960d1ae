package org.stic.ui.preferences;

import org.stic.model.edit.Language;
import org.stic.ui.Messages;
import java.util.function.Function;
import org.eclipse.jface.viewers.ICheckStateProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.stic.ui.validation.ModelValidation;
import org.stic.ui.validation.WorkspaceRuleSettings;
import org.stic.validation.Rule;
import org.stic.validation.RuleCatalogue;
import org.stic.analysis.FindingCatalogue;
import org.stic.analysis.FindingRule;
import org.stic.validation.RuleSettings;
import org.stic.validation.Severity;

/**
 * Preferences > STIC Validation Rules: the rule catalogue and the analysis' rules (ANA-..., computed, not OCL), each
 * rule with a check box (enabled) and a severity, stored as the workspace's rule settings. Models may override them
 * with a {@code <model>.stic.rules} file.
 */
public class RulesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** One line of the table: a rule of the validation catalogue or of the analysis' catalogue. */
    record Row(String id, String category, Severity defaultSeverity, String checks, String rationale) {
    }

    private final List<Row> rows = rows();
    /** The page's state per rule id: null = disabled, else the severity. */
    private final Map<String, Severity> state = new HashMap<>();
    private CheckboxTableViewer table;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.get("rules.description"));
        load(WorkspaceRuleSettings.load());
    }

    private void load(RuleSettings settings) {
        state.clear();
        for (Row row : rows) {
            state.put(row.id(), settings.effectiveSeverity(row.id(), row.defaultSeverity()));
        }
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(GridLayoutFactory.fillDefaults().create());
        Composite tableArea = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 360).applyTo(tableArea);
        TableColumnLayout layout = new TableColumnLayout();
        tableArea.setLayout(layout);
        table = CheckboxTableViewer.newCheckList(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(table);
        column(layout, Messages.get("rules.column.rule"), 14, Row::id);
        column(layout, Messages.get("rules.column.category"), 18, r -> Messages.get("category." + r.category()));
        TableViewerColumn severity = column(layout, Messages.get("rules.column.severity"), 12,
                r -> state.get(r.id()) == null ? Messages.get("rules.off") : Messages.get("severity." + state.get(r.id()).label()));
        severity.setEditingSupport(new SeverityEditing());
        column(layout, Messages.get("rules.column.checks"), 56, Row::checks);
        table.setInput(rows);
        table.setCheckStateProvider(new ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return state.get(((Row) element).id()) != null;
            }

            @Override
            public boolean isGrayed(Object element) {
                return false;
            }
        });
        table.addCheckStateListener(e -> {
            Row row = (Row) e.getElement();
            state.put(row.id(), e.getChecked() ? row.defaultSeverity() : null);
            table.update(row, null);
        });
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(Messages.get("rules.hint"));
        return area;
    }

    private TableViewerColumn column(TableColumnLayout layout, String title, int weight,
            Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((Row) element).rationale();
            }
        });
        return column;
    }

    /** The severity column edits with a combo of error/warning/info. */
    private final class SeverityEditing extends EditingSupport {
        SeverityEditing() {
            super(table);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(table.getTable(), SWT.READ_ONLY);
            editor.setContentProvider(ArrayContentProvider.getInstance());
            editor.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return Messages.get("severity." + ((Severity) element).label());
                }
            });
            editor.setInput(Severity.values());
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return state.get(((Row) element).id()) != null;
        }

        @Override
        protected Object getValue(Object element) {
            return state.get(((Row) element).id());
        }

        @Override
        protected void setValue(Object element, Object value) {
            if (value instanceof Severity s) {
                state.put(((Row) element).id(), s);
                table.update(element, null);
            }
        }
    }

    /** The settings the page shows: only what differs from the catalogue's defaults is written. */
    RuleSettings settings() {
        RuleSettings settings = RuleSettings.defaults();
        for (Row row : rows) {
            Severity s = state.get(row.id());
            if (s == null) {
                settings.disable(row.id());
            } else if (s != row.defaultSeverity()) {
                settings.severity(row.id(), s);
            }
        }
        return settings;
    }

    /** The catalogue's rules, then the analysis' (which the same settings switch off or re-grade). */
    static List<Row> rows() {
        RuleCatalogue catalogue = ModelValidation.validator().catalogue();
        Language language = Language.current();
        List<Row> rows = new ArrayList<>();
        for (Rule r : catalogue.rules()) {
            rows.add(new Row(r.id(), r.category().name(), r.defaultSeverity(),
                    catalogue.title(r) == null ? r.oclName() : catalogue.title(r, language),
                    catalogue.rationale(r, language)));
        }
        for (FindingRule r : FindingCatalogue.builtIn(language).rules()) {
            rows.add(new Row(r.id(), r.category(), Severity.valueOf(r.severity().name()), r.title(), r.rationale()));
        }
        return List.copyOf(rows);
    }

    @Override
    protected void performDefaults() {
        load(RuleSettings.defaults());
        table.refresh();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        try {
            WorkspaceRuleSettings.save(settings());
            return true;
        } catch (IOException e) {
            MessageDialog.openError(getShell(), Messages.get("rules.title"),
                    Messages.get("rules.cannotSave", WorkspaceRuleSettings.file(), e.getMessage()));
            return false;
        }
    }
}

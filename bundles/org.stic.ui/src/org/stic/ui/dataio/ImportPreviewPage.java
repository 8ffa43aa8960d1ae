package org.stic.ui.dataio;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.stic.Cluster;
import org.stic.dataio.Change;
import org.stic.dataio.Headers;
import org.stic.dataio.ImportException;
import org.stic.dataio.ImportPlan;
import org.stic.dataio.Importer;
import org.stic.dataio.Mapping;
import org.stic.dataio.Problem;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;
import org.stic.ui.Messages;
import org.stic.ui.session.ModelSession;

/**
 * What the import will do, worked out against the open model each time the page is shown: how every column is
 * read, then the problems (while there is one, Finish stays disabled), the elements added and changed with their
 * rows and values, the unchanged ones, and the notes. Nothing in the model changes on this page.
 */
final class ImportPreviewPage extends WizardPage {

    /** Rows of the changes table at most: the rest are counted in the summary. */
    private static final int MAX_ROWS = 2_000;

    private final ImportSourcePage source;
    private final ImportMappingPage mapping;
    private Label summary;
    private Table columns;
    private Table changes;
    private ImportPlan plan;

    ImportPreviewPage(ImportSourcePage source, ImportMappingPage mapping) {
        super("preview");
        this.source = source;
        this.mapping = mapping;
        setTitle(Messages.get("import.preview.title"));
        setDescription(Messages.get("import.preview.description"));
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(c);
        summary = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
        SashForm sash = new SashForm(c, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(700, 420).applyTo(sash);
        columns = table(sash, "import.column.table", "import.column.header", "import.column.field");
        changes = table(sash, "import.change.kind", "import.change.element", "import.change.origin",
                "import.change.details");
        sash.setWeights(1, 2);
        setControl(c);
    }

    private static Table table(Composite parent, String... headers) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (String h : headers) {
            TableColumn column = new TableColumn(t, SWT.LEFT);
            column.setText(Messages.get(h));
            column.setWidth(160);
        }
        return t;
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            BusyIndicator.showWhile(getShell().getDisplay(), this::preview);
        }
        super.setVisible(visible);
    }

    /** Plans the import against the model as it is now and shows it. */
    private void preview() {
        columns.removeAll();
        changes.removeAll();
        plan = null;
        ModelSession session = source.model();
        Language language = Language.current();
        try {
            plan = new Importer(language).plan((Cluster) session.resource().getContents().get(0), source.file(),
                    source.options(), mapping.mappingFile());
        } catch (ImportException e) {
            showProblems(e.problems().size(), e.problems());
            return;
        }
        Vocabulary vocabulary = Vocabulary.of(language);
        for (Mapping m : plan.mappings()) {
            for (Mapping.Column column : m.columns()) {
                if (column.header().isEmpty()) {
                    continue;
                }
                String field = column.field() != null ? Headers.header(m.kind(), column.field(), language)
                        : column.attribute() != null ? column.attribute() : Messages.get("import.notImported");
                row(columns, shortName(m.source()) + " (" + vocabulary.types(m.kind().eClass()) + ")",
                        column.header(), field);
            }
        }
        if (plan.hasErrors()) {
            showProblems(plan.errors().size(), plan.errors());
            return;
        }
        int shown = 0;
        for (Change.Kind kind : new Change.Kind[] {Change.Kind.ADDED, Change.Kind.CHANGED, Change.Kind.UNCHANGED}) {
            for (Change change : plan.changes()) {
                if (change.kind() == kind && shown++ < MAX_ROWS) {
                    row(changes, Messages.get("import.kind." + kind.name()), change.label(language),
                            shortName(change.origin()), change.describe(language));
                }
            }
        }
        for (Problem note : plan.notes()) {
            row(changes, Messages.get("import.kind.NOTE"), "", where(note), note.text());
        }
        summary.setText(String.join("\n", plan.summary(language)));
        setErrorMessage(null);
        setMessage(plan.changesModel() ? null : Messages.get("import.nothingToDo"));
        setPageComplete(true);
        pack();
    }

    private void showProblems(int count, java.util.List<Problem> problems) {
        for (Problem p : problems) {
            row(changes, Messages.get("import.kind.ERROR"), "", where(p), p.text());
        }
        summary.setText(Messages.count("import.errors", count));
        setErrorMessage(Messages.count("import.errors", count));
        setPageComplete(false);
        pack();
    }

    /** "реестр.csv:5:3" for a problem of /home/…/реестр.csv at row 5, column 3: the folder is on the first page. */
    private static String where(Problem p) {
        String full = p.toString();
        return shortName(full.substring(0, full.length() - p.text().length() - 2));
    }

    private static String shortName(String source) {
        return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    }

    private void pack() {
        for (Table t : new Table[] {columns, changes}) {
            for (TableColumn column : t.getColumns()) {
                column.pack();
                column.setWidth(Math.min(column.getWidth(), 420));
            }
        }
        summary.getParent().layout(true, true);
    }

    private static void row(Table table, String... texts) {
        new TableItem(table, SWT.NONE).setText(texts);
    }

    ImportPlan plan() {
        return plan;
    }
}

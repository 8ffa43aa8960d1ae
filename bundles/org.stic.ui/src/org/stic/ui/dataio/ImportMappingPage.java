package org.stic.ui.dataio;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stic.Cluster;
import org.stic.dataio.Field;
import org.stic.dataio.Field.TableKind;
import org.stic.dataio.Headers;
import org.stic.dataio.ImportException;
import org.stic.dataio.Importer;
import org.stic.dataio.Mapping;
import org.stic.dataio.MappingFile;
import org.stic.dataio.Problem;
import org.stic.dataio.Table;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;
import org.stic.ui.Messages;

/**
 * How each column of the file is imported, chosen by the user: for every column a field of its table, an extension
 * attribute, or "not imported", defaulting from the header (or from the mapping file the first page names). Each
 * choice is checked at once as the command line checks a mapping file (a field given two columns, a table without
 * its name or its ends); the choices can be saved as a mapping file that {@code stic import --mapping} reads.
 */
final class ImportMappingPage extends WizardPage {

    private final ImportSourcePage source;
    private final Language language = Language.current();
    private Composite grid;
    private ScrolledComposite scroller;
    private Text saveTo;
    /** What was read, and for which file, options and mapping file: read again only when they change. */
    private Object readFor;
    private List<Table> tables = List.of();
    /** The user's choices per table (by {@link MappingFile#nameOf}) and column index. */
    private final Map<String, Map<Integer, String>> choices = new LinkedHashMap<>();
    /** The tables (by name) read without a header row. */
    private final Set<String> headerless = new LinkedHashSet<>();

    ImportMappingPage(ImportSourcePage source) {
        super("mapping");
        this.source = source;
        setTitle(Messages.get("import.mapping.title"));
        setDescription(Messages.get("import.mapping.description"));
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        scroller = new ScrolledComposite(c, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(700, 380).applyTo(scroller);
        grid = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(grid);
        scroller.setContent(grid);

        new Label(c, SWT.NONE).setText(Messages.get("import.mapping.saveTo"));
        saveTo = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(saveTo);
        Composite buttons = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        Button browse = new Button(buttons, SWT.PUSH);
        browse.setText(Messages.get("import.browse"));
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.SAVE);
            d.setOverwrite(true);
            String chosen = d.open();
            if (chosen != null) {
                saveTo.setText(chosen);
            }
        });
        Button save = new Button(buttons, SWT.PUSH);
        save.setText(Messages.get("import.mapping.save"));
        save.addListener(SWT.Selection, e -> save());
        setControl(c);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            BusyIndicator.showWhile(getShell().getDisplay(), this::read);
        }
        super.setVisible(visible);
    }

    /** Reads the file's tables when the file or the way to read it changed, and shows their columns. */
    private void read() {
        Object key = List.of(String.valueOf(source.file()), source.options(), String.valueOf(source.mappingFile()));
        if (key.equals(readFor)) {
            return;
        }
        readFor = key;
        choices.clear();
        headerless.clear();
        tables = List.of();
        try {
            // the first page's mapping file gives the first choices; columns it does not name follow their header
            MappingFile given = source.mappingFile() == null ? MappingFile.NONE
                    : MappingFile.read(source.mappingFile(), language);
            tables = new Importer(language).read(source.file(), source.options().with(given));
            for (Table t : tables) {
                String name = MappingFile.nameOf(t);
                if (given.headerless(name)) {
                    headerless.add(name);
                }
                for (int i = 0; i < t.header().size(); i++) {
                    String spec = given.spec(t, i);
                    if (spec != null) {
                        choices.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(i, spec);
                    }
                }
            }
        } catch (ImportException e) {
            readFor = null;
            show(null, e.problems());
            return;
        }
        refresh();
    }

    /** The table {@code name} has a header row or not, as the user ticked: read again, the choices kept. */
    private void setHeaderless(String name, boolean without) {
        if (without ? !headerless.add(name) : !headerless.remove(name)) {
            return;
        }
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                tables = new Importer(language).read(source.file(), source.options().with(mappingFile()));
            } catch (ImportException e) {
                show(null, e.problems());
                return;
            }
            refresh();
        });
    }

    /** Checks the choices as they stand and shows every column with its choice. */
    private void refresh() {
        Importer.MappingCheck check = new Importer(language).checkMapping(cluster(), tables, mappingFile());
        show(check, check.problems());
    }

    private void show(Importer.MappingCheck check, List<Problem> problems) {
        for (Control child : grid.getChildren()) {
            child.dispose();
        }
        if (check != null) {
            for (Mapping mapping : check.mappings()) {
                Table table = tables.stream().filter(t -> t.source().equals(mapping.source())).findFirst()
                        .orElseThrow();
                Label title = new Label(grid, SWT.NONE);
                title.setText(shortName(mapping.source()) + " ("
                        + Vocabulary.of(language).types(mapping.kind().eClass()) + ")");
                title.setFont(JFaceResources.getBannerFont());
                GridDataFactory.fillDefaults().span(3, 1).indent(0, 6).applyTo(title);
                String name = MappingFile.nameOf(table);
                Button noHeader = new Button(grid, SWT.CHECK);
                noHeader.setText(Messages.get("import.mapping.noHeaderRow"));
                noHeader.setSelection(headerless.contains(name));
                noHeader.setData(name); // tests find a table's box by its name
                noHeader.addListener(SWT.Selection, e -> {
                    boolean without = noHeader.getSelection();
                    // the page is rebuilt after the read: not from within this box's own event
                    getShell().getDisplay().asyncExec(() -> {
                        if (!grid.isDisposed()) {
                            setHeaderless(name, without);
                        }
                    });
                });
                GridDataFactory.fillDefaults().span(3, 1).applyTo(noHeader);
                for (String h : new String[] {"import.column.header", "import.column.field",
                    "import.mapping.example"}) {
                    new Label(grid, SWT.NONE).setText(Messages.get(h));
                }
                for (Mapping.Column column : mapping.columns()) {
                    row(table, mapping, column, check.attributes());
                }
            }
        }
        grid.layout(true, true);
        scroller.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        String error = problems.isEmpty() ? null : problems.stream().map(ImportMappingPage::where)
                .reduce((a, b) -> a + "\n" + b).orElse(null);
        setErrorMessage(error);
        setPageComplete(check != null && problems.isEmpty());
    }

    /** One column: its letter and header, the choice of what it is imported as, and the first row's value. */
    private void row(Table table, Mapping mapping, Mapping.Column column, List<String> attributes) {
        new Label(grid, SWT.NONE).setText(column.header().isEmpty() ? column.letter()
                : column.letter() + "  " + column.header());
        List<String> choices = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        choices.add(MappingFile.SKIP);
        labels.add(Messages.get("import.notImported"));
        for (Field field : mapping.kind().fields()) {
            choices.add(field.key());
            labels.add(Headers.header(mapping.kind(), field, language));
        }
        if (mapping.kind() == TableKind.PARTICIPANTS) {
            for (String a : attributes) {
                choices.add(MappingFile.ATTRIBUTE + a);
                labels.add(Messages.get("import.mapping.attribute", a));
            }
        }
        Combo combo = new Combo(grid, SWT.READ_ONLY);
        combo.setItems(labels.toArray(String[]::new));
        String current = column.field() != null ? column.field().key()
                : column.attribute() != null ? MappingFile.ATTRIBUTE + column.attribute() : MappingFile.SKIP;
        combo.select(Math.max(0, choices.indexOf(current)));
        combo.setData(column.header()); // tests find a column's choice by its header, or by its letter
        combo.setData("letter", column.letter());
        combo.setData("table", MappingFile.nameOf(table));
        combo.addListener(SWT.Selection, e -> {
            this.choices.computeIfAbsent(MappingFile.nameOf(table), n -> new LinkedHashMap<>())
                    .put(column.index(), choices.get(combo.getSelectionIndex()));
            getShell().getDisplay().asyncExec(() -> {
                if (!grid.isDisposed()) {
                    refresh();
                }
            });
        });
        String example = table.rows().isEmpty() ? "" : table.rows().get(0).cell(column.index());
        Label first = new Label(grid, SWT.NONE);
        first.setText(example.length() > 48 ? example.substring(0, 47) + "…" : example);
        first.setToolTipText(example);
    }

    /**
     * The choices as a mapping: every column the user (or the first page's mapping file) chose for, by its position,
     * and the tables without a header row. In sections by sheet when there are several tables.
     */
    MappingFile mappingFile() {
        MappingFile.Builder b = new MappingFile.Builder();
        for (Table t : tables) {
            String name = MappingFile.nameOf(t);
            String scope = scope(t);
            if (scope != null) {
                b.section(scope);
            }
            if (headerless.contains(name)) {
                b.headerless(scope);
            }
            choices.getOrDefault(name, Map.of()).forEach((index, spec) -> b.column(scope, index, spec));
        }
        return b.build();
    }

    /** Lines for every table when there is one table (the mapping then serves next month's file too), else its sheet's. */
    private String scope(Table table) {
        return tables.size() > 1 ? MappingFile.nameOf(table) : null;
    }

    /**
     * Writes the mapping of every column (chosen or following its header) to the file named, for
     * {@code stic import --mapping} or the first page of a later import: a column by its header when its table has
     * one header of that name, otherwise by its letter.
     */
    private void save() {
        Path file;
        try {
            file = Path.of(saveTo.getText().strip());
        } catch (InvalidPathException e) {
            file = null;
        }
        if (file == null || saveTo.getText().isBlank()) {
            setErrorMessage(Messages.get("import.mapping.noFile"));
            return;
        }
        MappingFile.Builder all = new MappingFile.Builder();
        for (Mapping mapping : new Importer(language).checkMapping(cluster(), tables, mappingFile()).mappings()) {
            Table table = tables.stream().filter(t -> t.source().equals(mapping.source())).findFirst().orElseThrow();
            String scope = scope(table);
            if (headerless.contains(MappingFile.nameOf(table))) {
                all.headerless(scope);
            }
            Map<String, Long> headers = mapping.columns().stream().filter(c -> !c.header().isEmpty())
                    .collect(Collectors.groupingBy(c -> Headers.normalise(c.header()), Collectors.counting()));
            for (Mapping.Column column : mapping.columns()) {
                String spec = column.field() != null ? column.field().key()
                        : column.attribute() != null ? MappingFile.ATTRIBUTE + column.attribute() : MappingFile.SKIP;
                if (!column.header().isEmpty() && headers.get(Headers.normalise(column.header())) == 1) {
                    all.header(scope, column.header(), spec);
                } else if (!column.header().isEmpty() || column.imported()) {
                    all.column(scope, column.index(), spec);
                }
            }
        }
        try {
            all.build().write(file, language);
            setErrorMessage(null);
            setMessage(Messages.get("import.mapping.saved", file));
        } catch (IOException e) {
            setErrorMessage(Messages.get("export.failed", file, Objects.toString(e.getMessage())));
        }
    }

    private Cluster cluster() {
        return (Cluster) source.model().resource().getContents().get(0);
    }

    /** "реестр.csv:1: ..." for a problem of /home/…/реестр.csv: the folder is on the first page. */
    private static String where(Problem p) {
        return shortName(p.file()) + p.toString().substring(p.file().length());
    }

    private static String shortName(String source) {
        return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    }
}

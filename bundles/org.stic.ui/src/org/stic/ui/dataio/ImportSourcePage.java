package org.stic.ui.dataio;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stic.dataio.ReadOptions;
import org.stic.dataio.csv.CsvReader;
import org.stic.ui.Messages;
import org.stic.ui.session.ModelSession;

/** The file to import, how to read it, and the open model to import into. */
final class ImportSourcePage extends WizardPage {

    private static final Charset[] ENCODINGS = {null, StandardCharsets.UTF_8, CsvReader.WINDOWS_1251};
    private static final Character[] SEPARATORS = {null, ',', ';', '\t'};

    private final List<ModelSession> models;
    private Combo model;
    private Text file;
    private Combo encoding;
    private Combo separator;
    private Text sheet;
    private Text mapping;

    ImportSourcePage(List<ModelSession> models) {
        super("source");
        this.models = models;
        setTitle(Messages.get("import.source.title"));
        setDescription(Messages.get("import.source.description"));
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        label(c, "import.model");
        model = new Combo(c, SWT.READ_ONLY);
        models.forEach(m -> model.add(OpenModels.label(m)));
        model.select(0);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(model);

        label(c, "import.file");
        file = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
        browse(c, file, new String[] {"*.csv;*.xlsx;*.xlsm;*.txt", "*.*"});

        label(c, "import.encoding");
        encoding = new Combo(c, SWT.READ_ONLY);
        encoding.setItems(Messages.get("import.detect"), "UTF-8", "Windows-1251");
        encoding.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(encoding);

        label(c, "import.separator");
        separator = new Combo(c, SWT.READ_ONLY);
        separator.setItems(Messages.get("import.detect"), ",", ";", Messages.get("import.tab"));
        separator.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(separator);

        label(c, "import.sheet");
        sheet = new Text(c, SWT.BORDER);
        sheet.setMessage(Messages.get("import.sheet.all"));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(sheet);

        label(c, "import.mapping");
        mapping = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(mapping);
        browse(c, mapping, new String[] {"*.*"});

        file.addModifyListener(e -> validate());
        mapping.addModifyListener(e -> validate());
        setControl(c);
        validate();
    }

    private static void label(Composite c, String key) {
        new Label(c, SWT.NONE).setText(Messages.get(key));
    }

    private void browse(Composite c, Text into, String[] filters) {
        Button b = new Button(c, SWT.PUSH);
        b.setText(Messages.get("import.browse"));
        b.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(filters);
            String chosen = d.open();
            if (chosen != null) {
                into.setText(chosen);
            }
        });
    }

    private void validate() {
        String message = null;
        if (models.isEmpty()) {
            message = Messages.get("import.noModel");
        } else if (file.getText().isBlank()) {
            message = null;
        } else if (path(file.getText()) == null || !Files.isRegularFile(path(file.getText()))) {
            message = Messages.get("import.fileMissing", file.getText());
        } else if (!mapping.getText().isBlank() && (path(mapping.getText()) == null
                || !Files.isRegularFile(path(mapping.getText())))) {
            message = Messages.get("import.fileMissing", mapping.getText());
        }
        setErrorMessage(message);
        setPageComplete(message == null && !file.getText().isBlank());
    }

    private static Path path(String text) {
        try {
            return Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    ModelSession model() {
        return models.isEmpty() ? null : models.get(Math.max(0, model.getSelectionIndex()));
    }

    Path file() {
        return path(file.getText());
    }

    Path mappingFile() {
        return mapping.getText().isBlank() ? null : path(mapping.getText());
    }

    ReadOptions options() {
        return new ReadOptions(ENCODINGS[encoding.getSelectionIndex()], SEPARATORS[separator.getSelectionIndex()],
                sheet.getText().isBlank() ? null : sheet.getText().strip());
    }
}

package org.stic.ui.dataio;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.stic.Cluster;
import org.stic.dataio.Catalogues;
import org.stic.dataio.Exporter;
import org.stic.dataio.Sheet;
import org.stic.model.edit.Language;
import org.stic.model.io.ModelLoadException;
import org.stic.model.io.SticResources;
import org.stic.ui.Messages;
import org.stic.ui.session.ModelSession;

/** The model, format, place, language and readiness year of an export, and the catalogues it will write. */
final class ExportPage extends WizardPage {

    private final List<ModelSession> models;
    private final IFile selectedFile;
    private Combo model;
    private Combo format;
    private Text target;
    private Combo language;
    private Spinner year;
    private Table preview;

    ExportPage(List<ModelSession> models, IFile selectedFile) {
        super("export");
        this.models = models;
        this.selectedFile = selectedFile != null && models.stream().noneMatch(m -> m.file().equals(selectedFile))
                ? selectedFile : null;
        setTitle(Messages.get("export.page.title"));
        setDescription(Messages.get("export.page.description"));
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        label(c, "export.model");
        model = new Combo(c, SWT.READ_ONLY);
        if (selectedFile != null) {
            model.add(selectedFile.getFullPath().toString());
        }
        models.forEach(m -> model.add(OpenModels.label(m)));
        model.select(0);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(model);

        label(c, "export.format");
        format = new Combo(c, SWT.READ_ONLY);
        format.setItems(Messages.get("export.format.xlsx"), Messages.get("export.format.csv"));
        format.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(format);

        label(c, "export.to");
        target = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(target);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.get("import.browse"));
        browse.addListener(SWT.Selection, e -> browse());

        label(c, "export.language");
        language = new Combo(c, SWT.READ_ONLY);
        for (Language l : Language.values()) {
            language.add(Messages.get("export.language." + l.code()));
        }
        language.select(Language.current().ordinal());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(language);

        label(c, "export.year");
        year = new Spinner(c, SWT.BORDER);
        year.setValues(Year.now().getValue(), 1900, 2200, 0, 1, 10);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(year);

        preview = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        preview.setHeaderVisible(true);
        preview.setLinesVisible(true);
        for (String h : new String[] {"export.catalogue", "export.rows"}) {
            new TableColumn(preview, SWT.LEFT).setText(Messages.get(h));
        }
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 260).applyTo(preview);

        model.addListener(SWT.Selection, e -> update());
        language.addListener(SWT.Selection, e -> update());
        format.addListener(SWT.Selection, e -> validate());
        target.addModifyListener(e -> validate());
        setControl(c);
        update();
    }

    private static void label(Composite c, String key) {
        new Label(c, SWT.NONE).setText(Messages.get(key));
    }

    private void browse() {
        String chosen;
        if (format() == Exporter.Format.XLSX) {
            FileDialog d = new FileDialog(getShell(), SWT.SAVE);
            d.setFilterExtensions(new String[] {"*.xlsx"});
            d.setOverwrite(true);
            chosen = d.open();
        } else {
            chosen = new DirectoryDialog(getShell(), SWT.SAVE).open();
        }
        if (chosen != null) {
            target.setText(chosen);
        }
    }

    /** The catalogues of the chosen model and their sizes, in the chosen language. */
    private void update() {
        preview.removeAll();
        try {
            if (model.getItemCount() > 0) {
                for (Sheet sheet : new Catalogues(language(), year()).of(cluster())) {
                    new TableItem(preview, SWT.NONE).setText(new String[] {sheet.name(),
                            String.valueOf(sheet.elements().size())});
                }
            }
        } catch (ModelLoadException e) {
            setErrorMessage(e.getMessage());
        }
        for (TableColumn column : preview.getColumns()) {
            column.pack();
        }
        validate();
    }

    private void validate() {
        String message = null;
        if (model.getItemCount() == 0) {
            message = Messages.get("export.noModel");
        } else if (target() == null) {
            message = target.getText().isBlank() ? null : Messages.get("export.noTarget");
        }
        setErrorMessage(message);
        setPageComplete(message == null && target() != null);
    }

    /** The chosen model: an open editor's, with its unsaved changes, or the selected file as saved. */
    Cluster cluster() throws ModelLoadException {
        int i = model.getSelectionIndex();
        if (selectedFile != null && i == 0) {
            return SticResources.load(selectedFile.getLocation().toFile().toPath());
        }
        ModelSession session = models.get(i - (selectedFile != null ? 1 : 0));
        return (Cluster) session.resource().getContents().get(0);
    }

    Exporter.Format format() {
        return format.getSelectionIndex() == 1 ? Exporter.Format.CSV : Exporter.Format.XLSX;
    }

    Path target() {
        try {
            return target.getText().isBlank() ? null : Path.of(target.getText().strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    Language language() {
        return Language.values()[Math.max(0, language.getSelectionIndex())];
    }

    int year() {
        return year.getSelection();
    }
}

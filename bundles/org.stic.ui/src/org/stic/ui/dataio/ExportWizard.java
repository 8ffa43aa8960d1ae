package org.stic.ui.dataio;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.stic.Cluster;
import org.stic.dataio.Exporter;
import org.stic.model.io.ModelLoadException;
import org.stic.model.io.SticResources;
import org.stic.ui.Messages;
import org.stic.ui.session.ModelSession;

/**
 * File > Export > Catalogues: every catalogue of a model (open in its editor, with its unsaved changes, or a selected
 * {@code .stic} file) as one XLSX workbook or as CSV files, in the language chosen, with the readiness of each need.
 */
public class ExportWizard extends Wizard implements IExportWizard {

    private List<ModelSession> models = List.of();
    private IFile selectedFile;
    private ExportPage page;

    public ExportWizard() {
        setWindowTitle(Messages.get("export.title"));
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        models = OpenModels.of(workbench);
        if (selection != null && selection.getFirstElement() instanceof IFile f
                && SticResources.EXTENSION.equals(f.getFileExtension())) {
            selectedFile = f;
        }
    }

    @Override
    public void addPages() {
        page = new ExportPage(models, selectedFile);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        String[] failure = {null};
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                Cluster cluster = page.cluster();
                new Exporter(page.language(), page.year()).export(cluster, page.format(), page.target());
            } catch (IOException | ModelLoadException e) {
                failure[0] = Messages.get("export.failed", page.target(), e.getMessage());
            }
        });
        page.setErrorMessage(failure[0]);
        return failure[0] == null;
    }
}

package org.stic.ui.dataio;

import java.util.List;

import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.stic.dataio.ImportPlan;
import org.stic.ui.Messages;
import org.stic.ui.session.ModelSession;

/**
 * File > Import > Participants and Interactions: a CSV file or XLSX workbook into a model open in its editor. The
 * first page names the file and how to read it, the second lets the user choose what each column is imported as (and
 * save that as a mapping file), the third shows what will change; Finish
 * applies the import as one command of the model's editor (one Undo takes it back; the model is saved as usual).
 */
public class ImportWizard extends Wizard implements IImportWizard {

    private List<ModelSession> models = List.of();
    private ImportSourcePage source;
    private ImportMappingPage mapping;
    private ImportPreviewPage preview;

    public ImportWizard() {
        setWindowTitle(Messages.get("import.title"));
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        models = OpenModels.of(workbench);
    }

    @Override
    public void addPages() {
        source = new ImportSourcePage(models);
        mapping = new ImportMappingPage(source);
        preview = new ImportPreviewPage(source, mapping);
        addPage(source);
        addPage(mapping);
        addPage(preview);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == preview && preview.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        ImportPlan plan = preview.plan();
        ModelSession session = source.model();
        if (plan == null || plan.hasErrors() || session == null) {
            return false;
        }
        if (!plan.changesModel()) {
            return true;
        }
        ChangeCommand command = new ChangeCommand(session.resource()) {
            @Override
            protected void doExecute() {
                plan.apply();
            }
        };
        command.setLabel(Messages.get("import.command", source.file().getFileName()));
        session.domain().getCommandStack().execute(command);
        return true;
    }
}

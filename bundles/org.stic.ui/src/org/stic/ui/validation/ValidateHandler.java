package org.stic.ui.validation;

import org.stic.ui.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.stic.model.io.ModelLoadException;
import org.stic.ui.editor.SticEditor;
import org.stic.ui.project.SticProjects;

/**
 * The Validate command: validates the model of the active STIC editor (as edited, saved or not), or, from the
 * Project Explorer, the selected .stic files as they are on disk. The findings become Problems markers.
 */
public class ValidateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (part instanceof SticEditor stic) {
            stic.validate();
            return null;
        }
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        boolean any = false;
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s) {
                IFile file = Adapters.adapt(o, IFile.class);
                if (file != null && "stic".equals(file.getFileExtension())) {
                    validateFile(event, file);
                    any = true;
                }
            }
        }
        if (!any && editor instanceof SticEditor stic) {
            stic.validate();
        }
        return null;
    }

    private static void validateFile(ExecutionEvent event, IFile file) {
        try {
            ModelValidation.validate(file, SticProjects.load(file));
        } catch (ModelLoadException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.get("validate.title"), e.getMessage());
        }
    }
}

package org.stic.ui.validation;

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
import org.stic.ui.Messages;
import org.stic.ui.analysis.ModelEditors;
import org.stic.ui.project.SticProjects;
import org.stic.ui.session.ModelSession;

/**
 * The Validate command: validates the model of the active editor of a model file (the model editor or a diagram
 * editor: as edited, saved or not), or, from the Project Explorer, the selected .stic files as they are on disk.
 * The findings become Problems markers.
 */
public class ValidateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (part instanceof IEditorPart active && validateEditor(event, active)) {
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
        if (!any && editor != null) {
            validateEditor(event, editor);
        }
        return null;
    }

    /**
     * Validates the model an editor edits; an editor of a .stic file outside a session (a text editor) validates the
     * file on disk. False when the editor is of no model.
     */
    private static boolean validateEditor(ExecutionEvent event, IEditorPart editor) {
        ModelSession session = ModelEditors.sessionOf(editor);
        if (session != null) {
            session.validate();
            return true;
        }
        IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
        if (file != null && "stic".equals(file.getFileExtension())) {
            validateFile(event, file);
            return true;
        }
        return false;
    }

    private static void validateFile(ExecutionEvent event, IFile file) {
        try {
            ModelValidation.validate(file, SticProjects.load(file));
        } catch (ModelLoadException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.get("validate.title"), e.getMessage());
        }
    }
}

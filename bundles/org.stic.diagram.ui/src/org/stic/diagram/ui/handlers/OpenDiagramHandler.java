package org.stic.diagram.ui.handlers;

import org.stic.diagram.ui.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.part.FileEditorInput;
import org.stic.diagram.View;
import org.stic.diagram.ui.editor.DiagramEditor;

/**
 * Open Diagram: opens the diagram editor on the selected .stic file (Project Explorer), or on the file of the
 * active editor (model editor, main menu), showing the view named by the command's {@value #VIEW} parameter
 * (or the one saved in the diagram file).
 */
public class OpenDiagramHandler extends AbstractHandler {

    public static final String COMMAND = "org.stic.diagram.ui.openDiagram";
    public static final String VIEW = "org.stic.diagram.ui.view";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IFile file = sticFile(HandlerUtil.getCurrentSelection(event));
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        if (file == null && active != null && active.getEditorInput() instanceof IFileEditorInput in
                && "stic".equals(in.getFile().getFileExtension())) {
            file = in.getFile();
        }
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (file == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.get("open.title"),
                    Messages.get("open.selectModel"));
            return null;
        }
        String viewId = event.getParameter(VIEW);
        View view = viewId == null ? null : View.byId(viewId)
                .orElseThrow(() -> new ExecutionException(Messages.get("open.unknownView", viewId)));
        try {
            open(page, file, view);
        } catch (PartInitException e) {
            throw new ExecutionException(Messages.get("open.failed", file.getName()), e);
        }
        return null;
    }

    /** Opens (or activates) the diagram editor of a model file and shows a view (null: the saved one). */
    public static DiagramEditor open(IWorkbenchPage page, IFile file, View view) throws PartInitException {
        // match the editor id too: the model editor open on the same file must not be taken for the diagram
        DiagramEditor editor = (DiagramEditor) page.openEditor(new FileEditorInput(file), DiagramEditor.ID, true,
                IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
        if (view != null) {
            editor.showView(view);
        }
        return editor;
    }

    private static IFile sticFile(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.size() == 1) {
            IFile file = Adapters.adapt(s.getFirstElement(), IFile.class);
            if (file != null && "stic".equals(file.getFileExtension())) {
                return file;
            }
        }
        return null;
    }
}

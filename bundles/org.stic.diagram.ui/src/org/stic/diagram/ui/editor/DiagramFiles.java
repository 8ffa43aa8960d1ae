package org.stic.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.stic.diagram.DiagramState;
import org.stic.diagram.ui.Messages;
import org.stic.ui.session.ModelSession;

/**
 * The editor's files: Save writes the model and the diagram file through the session; a diagram file changed on
 * disk with nothing unsaved is taken, a changed rule file redraws the findings; a model or diagram file that could
 * not be read is said in a bar under the diagram, with the user's explicit choice to replace an unreadable diagram
 * file.
 */
final class DiagramFiles {

    private final DiagramEditor editor;
    private final ModelSession session;
    private final LayoutCompanion layout;
    private final IResourceChangeListener workspaceListener = this::workspaceChanged;
    private String problem;
    private Composite statusBar;
    private Label status;
    /** Shown while the diagram file could not be read: the user's explicit choice to replace it. */
    private Button replaceDiagramFile;

    DiagramFiles(DiagramEditor editor, ModelSession session, LayoutCompanion layout) {
        this.editor = editor;
        this.session = session;
        this.layout = layout;
        ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
    }

    /** The bar under the diagram that says what could not be read. */
    void createStatusBar(Composite parent) {
        statusBar = new Composite(parent, SWT.NONE);
        statusBar.setLayout(GridLayoutFactory.swtDefaults().numColumns(2).margins(4, 2).create());
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(statusBar);
        status = new Label(statusBar, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        replaceDiagramFile = new Button(statusBar, SWT.PUSH);
        replaceDiagramFile.setText(Messages.get("diagramFile.replace"));
        GridDataFactory.swtDefaults().exclude(true).applyTo(replaceDiagramFile);
        replaceDiagramFile.addListener(SWT.Selection, e -> replaceUnreadableDiagramFile());
    }

    /** Takes the problem of the files as (re)loaded: the model's first, else the diagram file's. */
    void readProblem() {
        problem = session.loadError() != null ? session.loadError().getMessage() : layout.problem();
    }

    void showProblem() {
        boolean show = problem != null;
        status.setText(show ? problem : "");
        boolean replaceable = show && session.loadError() == null && layout.isUnreadable();
        ((GridData) replaceDiagramFile.getLayoutData()).exclude = !replaceable;
        replaceDiagramFile.setVisible(replaceable);
        ((GridData) statusBar.getLayoutData()).exclude = !show;
        statusBar.setVisible(show);
        statusBar.getParent().layout(true, true);
    }

    /**
     * The user's explicit choice to give up the diagram file that could not be read: asked once more, then the model
     * and diagram are saved, the old file copied aside first.
     */
    private void replaceUnreadableDiagramFile() {
        Path file = layout.file();
        if (!MessageDialog.openQuestion(editor.getSite().getShell(), Messages.get("diagramFile.replace.title"),
                Messages.get("diagramFile.replace.question", file.getFileName()))) {
            return;
        }
        layout.replaceUnreadable();
        session.saveShowingErrors(editor.getSite().getShell());
        if (!layout.isUnreadable()) {
            problem = Messages.get("diagramFile.replaced", file.getFileName(), layout.backup().getFileName());
            showProblem();
        }
    }

    /** Writes the model and the diagram file, whichever editor made the changes. */
    void save() {
        layout.state().setShownView(editor.getView());
        session.saveShowingErrors(editor.getSite().getShell());
    }

    // ---- workspace changes: diagram file, rule settings (the session follows the model file)

    private void workspaceChanged(IResourceChangeEvent event) {
        IResourceDelta root = event.getDelta();
        if (root == null) {
            return;
        }
        IFile file = editor.getFile();
        IResourceDelta diagram = root.findMember(file.getFullPath().addFileExtension("diagram"));
        IResourceDelta rules = root.findMember(file.getFullPath().addFileExtension("rules"));
        boolean diagramChanged = diagram != null && (diagram.getKind() == IResourceDelta.REMOVED
                || (diagram.getFlags() & IResourceDelta.CONTENT) != 0 || diagram.getKind() == IResourceDelta.ADDED);
        if (!diagramChanged && rules == null) {
            return;
        }
        DiagramViewer viewer = editor.getViewer();
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (viewer.getControl().isDisposed()) {
                return;
            }
            if (diagramChanged && !editor.isDirty() && !layout.state().format().equals(readStateQuietly())) {
                // nothing unsaved: take the file's layout; the history's layout snapshots no longer apply
                session.commandStack().flush();
                layout.read();
            }
            editor.scene().rebuild();
        });
    }

    private String readStateQuietly() {
        try {
            DiagramState s = DiagramState.readFor(session.path());
            s.setShownView(editor.getView());
            return s.format();
        } catch (IOException e) {
            return null;
        }
    }

    void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
    }
}

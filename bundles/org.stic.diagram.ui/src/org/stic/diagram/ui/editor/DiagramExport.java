package org.stic.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.stic.diagram.DiagramExporter;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.ui.Messages;

/**
 * Export of the view shown, as drawn (manual layout included), to SVG, PNG or PDF through the diagram engine: the
 * file dialog, the format chosen by the file's extension, the workspace refreshed, warnings and failures said.
 */
final class DiagramExport {

    private final DiagramEditor editor;

    DiagramExport(DiagramEditor editor) {
        this.editor = editor;
    }

    /** Asks where to export, then exports. */
    void export() {
        IFile file = editor.getFile();
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
        dialog.setText(Messages.get("export.title"));
        dialog.setFilterNames(new String[] { "SVG (*.svg)", "PNG (*.png)", "PDF (*.pdf)" });
        dialog.setFilterExtensions(new String[] { "*.svg", "*.png", "*.pdf" });
        String base = file.getName().replaceFirst("\\.stic$", "");
        dialog.setFileName(base + "-" + editor.getView().id() + ".svg");
        dialog.setFilterPath(file.getLocation().toFile().toPath().getParent().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            int ext = dialog.getFilterIndex() >= 0 ? dialog.getFilterIndex() : 0;
            exportTo(Path.of(chosen), ExportFormat.values()[ext]);
        }
    }

    /** Exports the view as shown; the format follows the file's extension if it has one. */
    List<String> exportTo(Path target, ExportFormat fallback) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        ExportFormat format = dot < 0 ? fallback : ExportFormat.byId(name.substring(dot + 1)).orElse(fallback);
        if (dot < 0) {
            target = target.resolveSibling(name + "." + format.id());
        }
        try {
            List<String> warnings = DiagramExporter.export(editor.getViewer().getScene(), format,
                    ExportOptions.defaults(), target);
            editor.getFile().getParent().refreshLocal(IResource.DEPTH_ONE, null);
            if (!warnings.isEmpty()) {
                MessageDialog.openWarning(editor.getSite().getShell(), Messages.get("export.warnings"),
                        String.join("\n", warnings));
            }
            return warnings;
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(editor.getSite().getShell(), Messages.get("export.failed"),
                    Messages.get("export.couldNotWrite", target), Status.error(String.valueOf(e.getMessage()), e));
            return List.of();
        }
    }
}

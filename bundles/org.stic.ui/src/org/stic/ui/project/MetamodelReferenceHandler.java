package org.stic.ui.project;

import org.stic.ui.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;
import org.stic.extensions.ProjectSettings;
import org.stic.extensions.SticProject;
import org.stic.model.edit.Language;
import org.stic.report.MetamodelReference;

/**
 * Help > STIC Metamodel Reference: writes the reference of the STIC metamodel and rules, with the extensions and
 * user rules of the project of the selected or active model (the same pages as {@code stic metamodel-doc}), into
 * this bundle's state folder and opens it in the system browser.
 */
public class MetamodelReferenceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IFile model = model(event);
        Path index;
        try {
            index = write(model);
        } catch (IOException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.get("reference.title"),
                    Messages.get("reference.cannotWrite", e.getMessage()));
            return null;
        }
        // no browser bundle in the product: the desktop's browser shows the page
        if (!Program.launch(index.toUri().toString())) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.get("reference.title"),
                    Messages.get("reference.noBrowser", index));
        }
        return null;
    }

    /**
     * Writes the reference for the project of a model (null: the built-in metamodel and rules only) into a fresh
     * folder of the state location, one per settings file; returns its index page.
     */
    public static Path write(IFile model) throws IOException {
        SticProject project = model == null || model.getLocation() == null
                ? SticProject.of(ProjectSettings.none()) : SticProjects.forModel(model);
        Path settings = project.settings().file();
        String name = settings == null ? "built-in"
                : Integer.toHexString(settings.toAbsolutePath().normalize().toString().hashCode());
        Path dir = Platform.getStateLocation(FrameworkUtil.getBundle(MetamodelReferenceHandler.class)).toFile()
                .toPath().resolve("metamodel-reference").resolve(name);
        deleteTree(dir); // diagrams of extensions no longer declared must not linger
        return MetamodelReference.write(project.extensions(), project.catalogue(), project.problems(), dir,
                Language.current());
    }

    /** The .stic file selected (Project Explorer) or open in the active editor, or null. */
    private static IFile model(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s) {
            IFile selected = Adapters.adapt(s.getFirstElement(), IFile.class);
            if (selected != null && isModel(selected)) {
                return selected;
            }
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (editor != null && editor.getEditorInput() instanceof IFileEditorInput in && isModel(in.getFile())) {
            return in.getFile();
        }
        return null;
    }

    private static boolean isModel(IFile file) {
        return "stic".equals(file.getFileExtension());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package org.stic.diagram.ui.tests;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.stic.examples.Examples;

/** The bundled Kaluga example, copied into a fresh workspace project for each test. */
final class KalugaExample {

    /** The key action of the example that has no supporting resource (INT-001). */
    static final String GAP = "Сопровождение регистрации лекарственных средств";

    private KalugaExample() {
    }

    static IFile copyIntoWorkspace(String projectName) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("kaluga-pharma.stic");
        Files.copy(Examples.path(Examples.KALUGA_PHARMA), file.getLocation().toFile().toPath(),
                StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(file.getLocation().toFile().toPath().resolveSibling("kaluga-pharma.stic.diagram"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return file;
    }
}

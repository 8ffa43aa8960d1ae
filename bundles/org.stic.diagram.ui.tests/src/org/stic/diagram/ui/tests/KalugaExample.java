package org.stic.diagram.ui.tests;

import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.stic.Cluster;
import org.stic.NamedElement;
import org.stic.examples.Examples;
import org.stic.model.io.SticResources;
import org.stic.ui.editor.SticEditor;

/**
 * The bundled Kaluga example, copied into a fresh workspace project for each test, in the current metamodel version
 * (loaded and saved, the same ids; the shipped file may be an older version, whose first save the workbench asks
 * about, which is not what these tests are about).
 */
final class KalugaExample {

    /** The key action of the example that has no supporting resource (INT-001). */
    static final String GAP = "Сопровождение регистрации лекарственных средств";
    /** The need that waits for that action's resource (not ready in 2026). */
    static final String REGISTRATION_NEED = "Ускоренная регистрация лекарственных средств";
    /** The resource whose supports link to {@link #GAP} closes that gap. */
    static final String DOSSIER_REVIEW = "Регуляторная экспертиза досье";
    /** The participant that alone holds the preclinical studies (a critical element). */
    static final String CRO = "Контрактная исследовательская организация";
    static final String PRECLINICAL = "Доклинические исследования кандидатов в лекарства";

    private KalugaExample() {
    }

    static IFile copyIntoWorkspace(String projectName) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("kaluga-pharma.stic");
        Resource example = SticResources.loadResource(SticResources.newResourceSet(), Examples.path(Examples.KALUGA_PHARMA));
        example.setURI(URI.createFileURI(file.getLocation().toFile().getPath()));
        SticResources.save(example);
        Files.deleteIfExists(file.getLocation().toFile().toPath().resolveSibling("kaluga-pharma.stic.diagram"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return file;
    }

    /** A copy of the example open in the model editor of the active page, where tests edit it in both editors. */
    record Open(IWorkbenchPage page, IFile file, SticEditor model) {

        Cluster cluster() {
            return (Cluster) model.getResource().getContents().get(0);
        }

        /** The element of the model with this name; fails when there is none. */
        EObject named(String name) {
            for (var it = cluster().eAllContents(); it.hasNext();) {
                if (it.next() instanceof NamedElement n && name.equals(n.getName())) {
                    return n;
                }
            }
            throw new AssertionError("no element " + name);
        }

        /** Closes every editor without saving and deletes the project. */
        void close() throws Exception {
            page.closeAllEditors(false);
            Ui.settle();
            file.getProject().delete(true, true, null);
        }
    }

    static Open openInModelEditor(String projectName) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().forceActive();
        IFile file = copyIntoWorkspace(projectName);
        return new Open(page, file, (SticEditor) IDE.openEditor(page, file, SticEditor.ID));
    }
}

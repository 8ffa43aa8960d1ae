package org.stic.ui.wizards;

import org.stic.ui.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.stic.Cluster;
import org.stic.SticFactory;
import org.stic.examples.Examples;
import org.stic.model.io.ModelLoadException;
import org.stic.model.io.SticResources;

/**
 * What a new model starts from: an empty cluster (with its two contours) or a copy of a bundled example.
 *
 * @param label shown in the wizards
 * @param example name of the bundled example as {@link Examples#names()} lists it; null for the empty model
 */
public record ModelTemplate(String label, String example) {

    public static final ModelTemplate EMPTY = new ModelTemplate(Messages.get("template.empty"), null);

    /** The empty model followed by every bundled example. */
    public static List<ModelTemplate> all() {
        List<ModelTemplate> result = new ArrayList<>();
        result.add(EMPTY);
        for (String name : Examples.names()) {
            result.add(new ModelTemplate(Messages.get("template.example", title(name)), name));
        }
        return result;
    }

    /**
     * "kaluga-pharma" -> "Kaluga pharmaceutical cluster" in the workbench's language; an example without a title of
     * its own (added to the bundle later) is named after its file: "new-example.stic" -> "New example".
     */
    static String title(String exampleName) {
        if (Messages.has("example." + baseName(exampleName))) {
            return Messages.get("example." + baseName(exampleName));
        }
        String base = baseName(exampleName).replace('-', ' ');
        return base.isEmpty() ? base : base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1);
    }

    /** The file name a model from this template gets by default. */
    public String defaultFileName() {
        return (example == null ? "cluster" : baseName(example)) + ".stic";
    }

    private static String baseName(String name) {
        return name.endsWith(".stic") ? name.substring(0, name.length() - 5) : name;
    }

    public String description() {
        return example == null
                ? Messages.get("template.empty.description")
                : Messages.get("template.example.description", example);
    }

    /** Creates the workspace file with this template's content. */
    public void create(IFile file, IProgressMonitor monitor) throws CoreException {
        try {
            file.create(new ByteArrayInputStream(new byte[0]), IResource.FORCE, monitor);
            Path path = file.getLocation().toFile().toPath();
            Resource resource;
            if (example != null) {
                // loaded and saved rather than copied: an example still in an earlier metamodel version is written in
                // the current one, so that a new model is never an old file; its ids are the example's
                resource = SticResources.loadResource(SticResources.newResourceSet(), Examples.path(example));
                resource.setURI(URI.createFileURI(path.toString()));
            } else {
                Cluster cluster = SticFactory.eINSTANCE.createCluster();
                cluster.setName(baseName(file.getName()));
                cluster.setExternalContour(SticFactory.eINSTANCE.createExternalContour());
                cluster.setInternalContour(SticFactory.eINSTANCE.createInternalContour());
                resource = SticResources.create(SticResources.newResourceSet(), path, cluster);
            }
            SticResources.save(resource);
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
        } catch (ModelLoadException e) {
            throw new CoreException(Status.error(Messages.get("template.couldNotRead", example, e.getMessage()), e));
        } catch (IOException e) {
            throw new CoreException(Status.error(Messages.get("template.couldNotCreate", file.getFullPath(), e.getMessage()), e));
        }
    }
}

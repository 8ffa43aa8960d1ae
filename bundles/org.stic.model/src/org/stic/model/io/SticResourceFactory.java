package org.stic.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/**
 * Creates the resources of {@code *.stic} files (registered for the extension in plugin.xml, and by
 * {@link SticResources#newResourceSet()} outside OSGi). Loading them through {@link SticResources} is preferred: it
 * gives a {@link ModelLoadException} with a position instead of EMF's raw exceptions.
 */
public class SticResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new SticResource(uri);
    }
}

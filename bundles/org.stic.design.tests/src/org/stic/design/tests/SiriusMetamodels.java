package org.stic.design.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Assumptions;

/**
 * Sirius's own metamodels (viewpoint.ecore, diagram.ecore) and system colours (Environment.odesign), read as plain EMF
 * data from the folder the system property {@value #PROPERTY} names. They are not part of this repository: CI passes
 * {@code ../shared/sirius-metamodel}; in a clone without it the Sirius checks are skipped with the reason printed.
 */
final class SiriusMetamodels {

    static final String PROPERTY = "stic.sirius.metamodel";

    /** Where diagram.ecore expects viewpoint.ecore (its references are relative to the Sirius source tree). */
    private static final URI VIEWPOINT_URI = URI.createURI("platform:/plugin/org.eclipse.sirius.model/model/viewpoint.ecore");
    private static final URI DIAGRAM_URI = URI.createURI("platform:/plugin/org.eclipse.sirius.diagram.model/model/diagram.ecore");
    private static final URI ENVIRONMENT_URI = URI.createURI("environment:/viewpoint");
    private static final String ECORE_PLATFORM_URI = "platform:/plugin/org.eclipse.emf.ecore/model/Ecore.ecore";

    private static SiriusMetamodels shared;

    private final Path folder;
    private final List<EPackage> packages;

    private SiriusMetamodels(Path folder) throws IOException {
        this.folder = folder;
        ResourceSet metamodels = configure(new ResourceSetImpl());
        Resource viewpoint = load(metamodels, VIEWPOINT_URI, "viewpoint.ecore");
        Resource diagram = load(metamodels, DIAGRAM_URI, "diagram.ecore");
        EcoreUtil.resolveAll(metamodels);
        List<EPackage> all = new ArrayList<>();
        for (Resource resource : List.of(viewpoint, diagram)) {
            resource.getAllContents().forEachRemaining(o -> {
                if (o instanceof EPackage p) {
                    all.add(p);
                }
            });
        }
        this.packages = List.copyOf(all);
    }

    /**
     * The metamodels from the folder named by {@value #PROPERTY}; aborts the calling test (skipped, reason printed)
     * when the property is not set, fails it when the property names a folder that is not there.
     */
    static synchronized SiriusMetamodels fromSystemProperty() throws IOException {
        String value = System.getProperty(PROPERTY, "").strip();
        if (value.isEmpty()) {
            String reason = "Sirius design checks skipped: system property " + PROPERTY
                    + " is not set (CI sets it to ../shared/sirius-metamodel)";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        Path folder = Path.of(value).toAbsolutePath().normalize();
        for (String file : List.of("viewpoint.ecore", "diagram.ecore", "Environment.odesign")) {
            assertTrue(Files.isRegularFile(folder.resolve(file)),
                    PROPERTY + " = " + folder + " but " + file + " is not there");
        }
        if (shared == null || !shared.folder.equals(folder)) {
            shared = new SiriusMetamodels(folder);
        }
        return shared;
    }

    /** A fresh resource set in which .odesign files load against Sirius's metamodels and {@code domain}. */
    ResourceSet newResourceSet(EPackage domain) {
        ResourceSet resourceSet = configure(new ResourceSetImpl());
        for (EPackage p : packages) {
            resourceSet.getPackageRegistry().put(p.getNsURI(), p);
        }
        resourceSet.getPackageRegistry().put(domain.getNsURI(), domain);
        resourceSet.getURIConverter().getURIMap().put(ENVIRONMENT_URI, fileUri("Environment.odesign"));
        return resourceSet;
    }

    /**
     * Loads {@code file} into a fresh resource set. Load errors do not throw: they stay in {@link Resource#getErrors()}
     * for the checks to report.
     */
    Resource loadDesign(Path file, EPackage domain) {
        ResourceSet resourceSet = newResourceSet(domain);
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(null);
        } catch (IOException recordedInErrors) {
            // XMI loading records every problem in getErrors() before it throws the first one.
        }
        return resource;
    }

    private ResourceSet configure(ResourceSet resourceSet) {
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("odesign", new XMIResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getProtocolToFactoryMap().put("environment", new XMIResourceFactoryImpl());
        // The Sirius models name Ecore by its platform URI: answer with the running Ecore package, not a second copy.
        resourceSet.getPackageRegistry().put(ECORE_PLATFORM_URI, EcorePackage.eINSTANCE);
        return resourceSet;
    }

    private Resource load(ResourceSet resourceSet, URI uri, String file) throws IOException {
        resourceSet.getURIConverter().getURIMap().put(uri, fileUri(file));
        Resource resource = resourceSet.createResource(uri);
        resource.load(null);
        return resource;
    }

    private URI fileUri(String file) {
        return URI.createFileURI(folder.resolve(file).toString());
    }
}

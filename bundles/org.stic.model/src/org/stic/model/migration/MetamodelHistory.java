package org.stic.model.migration;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * The earlier versions of the STIC metamodel that files may still use, kept as their {@code .ecore} under
 * {@code model/history/} and loaded (once, on first use) as dynamic packages, so that an old file is read exactly as
 * its version defined it before a migration copies it into the current metamodel.
 */
public final class MetamodelHistory {

    /** The nsURI of metamodel 1.0. */
    public static final String NS_URI_1_0 = "http://www.stic.org/stic/1.0";

    private static final String STIC_1_0 = "/model/history/stic-1.0.ecore";

    /** The 1.0 package, or null if the nsURI is no earlier version of the STIC metamodel. */
    public static EPackage packageOf(String nsUri) {
        return NS_URI_1_0.equals(nsUri) ? stic10() : null;
    }

    /** Metamodel 1.0 as a dynamic package; the same instance every time. */
    public static EPackage stic10() {
        return Stic10.PACKAGE;
    }

    /** Holder: loaded when first asked for, by the class loader's lock. */
    private static final class Stic10 {
        static final EPackage PACKAGE = load(STIC_1_0);
    }

    private static EPackage load(String path) {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
        Resource resource = resourceSet.createResource(URI.createURI("stic-history:" + path));
        try (InputStream in = MetamodelHistory.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks " + path);
            }
            resource.load(in, Map.of());
        } catch (IOException e) {
            // the bundle's own file: unreadable only if the installation is broken
            throw new IllegalStateException("cannot read " + path, e);
        }
        EPackage history = (EPackage) resource.getContents().get(0);
        history.setEFactoryInstance(new LegacyObject.Factory());
        return history;
    }

    private MetamodelHistory() {
    }
}

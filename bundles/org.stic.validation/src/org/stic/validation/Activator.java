package org.stic.validation;

import org.eclipse.emf.ecore.EValidator;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.stic.SticPackage;

/** Registers the rule catalogue's EValidator for the STIC package when the bundle starts. */
public class Activator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        RuleEValidator.register();
    }

    @Override
    public void stop(BundleContext context) {
        // EMF's registry outlives this bundle: hand the package back to its generated validator.
        EValidator.Registry.INSTANCE.put(SticPackage.eINSTANCE, org.stic.util.SticValidator.INSTANCE);
    }
}

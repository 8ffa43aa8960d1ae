package org.stic.design;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.Plugin;
import org.osgi.framework.BundleContext;

/**
 * Registers the STIC viewpoint specification with Sirius while this bundle is active.
 *
 * <p>Sirius starts this activator through the {@code org.eclipse.sirius.componentization} extension. Sirius cannot be
 * resolved in our build, so the registry is reached reflectively (the Sirius packages come in through
 * {@code DynamicImport-Package}); without Sirius the bundle logs one line and stays idle.
 */
public final class Activator extends Plugin {

    /** The bundle's symbolic name: Sirius resolves the registered path against it. */
    public static final String PLUGIN_ID = "org.stic.design";

    /** The viewpoint specification inside this bundle. */
    public static final String DESIGN_PATH = "description/stic.odesign";

    static final String REGISTRY_CLASS = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";
    static final String VIEWPOINT_CLASS = "org.eclipse.sirius.viewpoint.description.Viewpoint";

    private static Activator plugin;

    private List<?> registered = List.of();

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
        registered = register();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        try {
            dispose(registered);
            registered = List.of();
        } finally {
            plugin = null;
            super.stop(context);
        }
    }

    /** The running instance, or {@code null} when the bundle is not active. */
    public static Activator getDefault() {
        return plugin;
    }

    /** The viewpoints this activator registered (empty when Sirius is absent). */
    public List<?> registeredViewpoints() {
        return registered;
    }

    private List<?> register() throws ReflectiveOperationException {
        Class<?> registryClass;
        try {
            registryClass = Class.forName(REGISTRY_CLASS);
        } catch (ClassNotFoundException | LinkageError absent) {
            getLog().info("Sirius is not installed: the STIC viewpoint (" + DESIGN_PATH + ") is not registered.");
            return List.of();
        }
        Object result = registryClass.getMethod("registerFromPlugin", String.class)
                .invoke(registry(registryClass), PLUGIN_ID + "/" + DESIGN_PATH);
        return List.copyOf((Collection<?>) result);
    }

    private static void dispose(List<?> viewpoints) throws ReflectiveOperationException {
        if (viewpoints.isEmpty()) {
            return;
        }
        Class<?> registryClass = Class.forName(REGISTRY_CLASS);
        Method disposeFromPlugin = registryClass.getMethod("disposeFromPlugin", Class.forName(VIEWPOINT_CLASS));
        Object registry = registry(registryClass);
        for (Object viewpoint : viewpoints) {
            disposeFromPlugin.invoke(registry, viewpoint);
        }
    }

    private static Object registry(Class<?> registryClass) throws ReflectiveOperationException {
        return registryClass.getMethod("getInstance").invoke(null);
    }
}

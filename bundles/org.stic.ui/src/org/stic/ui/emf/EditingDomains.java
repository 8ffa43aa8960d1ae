package org.stic.ui.emf;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/** Creates the adapter factories and editing domains the STIC editors and views share in shape. */
public final class EditingDomains {

    private EditingDomains() {
    }

    /**
     * The item providers registered for every package (STIC's through the edit bundle's extension), resource
     * item providers, and the reflective ones as a fallback for packages without generated providers.
     */
    public static ComposedAdapterFactory adapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /**
     * An editing domain over the given resource set with a fresh {@link BasicCommandStack}; the resource set
     * carries the domain so that {@code AdapterFactoryEditingDomain.getEditingDomainFor(eObject)} finds it (the
     * item property descriptors execute their SetCommands there).
     */
    public static AdapterFactoryEditingDomain create(ComposedAdapterFactory factory, ResourceSet resourceSet) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), resourceSet);
        resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        return domain;
    }
}

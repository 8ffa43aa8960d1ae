package org.stic.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;

/**
 * A decorator of a generated item provider that, like it, serves all objects of a class and offers the same
 * interfaces. It is an {@link Adapter} only because the composed and decorator adapter factories
 * ({@link DecoratorAdapterFactory#adapt(Notifier, Object)}) cast to one; it is never attached to an object.
 */
public abstract class SharedItemProviderDecorator extends ItemProviderDecorator implements Adapter,
        IEditingDomainItemProvider, IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider,
        IItemPropertySource {

    protected SharedItemProviderDecorator(ComposeableAdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public Notifier getTarget() {
        return null;
    }

    @Override
    public void setTarget(Notifier newTarget) {
        // shared by all objects of a class: there is no single target
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return adapterFactory.isFactoryForType(type);
    }
}

package org.stic.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.stic.provider.SticItemProviderAdapterFactory;

/**
 * The item provider adapter factory registered for the STIC metamodel (plugin.xml): the generated item providers,
 * decorated with {@link SticLabels}. Decorating keeps the generated code untouched and regenerable.
 */
public class SticEditAdapterFactory extends DecoratorAdapterFactory {

    public SticEditAdapterFactory() {
        super(new SticItemProviderAdapterFactory());
    }

    @Override
    protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
        return new LabelledItemProvider(this);
    }

    /** The generated providers label referenced objects (property sheets) through the root factory: make it ours. */
    @Override
    public void setParentAdapterFactory(ComposedAdapterFactory parentAdapterFactory) {
        super.setParentAdapterFactory(parentAdapterFactory);
        ((ComposeableAdapterFactory) decoratedAdapterFactory).setParentAdapterFactory(parentAdapterFactory);
    }

    /**
     * One per generated item provider (they serve all objects of their class), offering the same interfaces as the
     * generated ones. It is an {@link Adapter} only because {@link DecoratorAdapterFactory#adapt(Notifier, Object)}
     * casts to one; it is never attached to an object.
     */
    private static final class LabelledItemProvider extends ItemProviderDecorator implements Adapter,
            IEditingDomainItemProvider, IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider,
            IItemPropertySource {

        LabelledItemProvider(ComposeableAdapterFactory adapterFactory) {
            super(adapterFactory);
        }

        @Override
        public String getText(Object object) {
            return SticLabels.text(object);
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
}

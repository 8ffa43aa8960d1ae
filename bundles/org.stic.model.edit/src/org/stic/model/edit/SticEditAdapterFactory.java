package org.stic.model.edit;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.stic.provider.SticItemProviderAdapterFactory;

/**
 * The item provider adapter factory registered for the STIC metamodel (plugin.xml): the generated item providers,
 * decorated with {@link Vocabulary}. Decorating keeps the generated code untouched and regenerable.
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

    /** One per generated item provider: its labels are {@link Vocabulary}. */
    private static final class LabelledItemProvider extends SharedItemProviderDecorator {

        LabelledItemProvider(ComposeableAdapterFactory adapterFactory) {
            super(adapterFactory);
        }

        @Override
        public String getText(Object object) {
            return Vocabulary.current().label(object);
        }
    }
}

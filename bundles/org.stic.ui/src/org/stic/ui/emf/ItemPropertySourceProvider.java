package org.stic.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Property sources for the Properties view from an adapter factory's {@link IItemPropertySource}s. */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;
    private final ItemImages images = new ItemImages();

    public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource ps) {
            return ps;
        }
        if (adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source) {
            return new ItemPropertySource(object, source(object, source), images);
        }
        return null;
    }

    /** The item property source the Properties view edits {@code object} through (subclasses may decorate it). */
    protected IItemPropertySource source(Object object, IItemPropertySource itemSource) {
        return itemSource;
    }

    public void dispose() {
        images.dispose();
    }
}

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
            return new ItemPropertySource(object, source, images);
        }
        return null;
    }

    public void dispose() {
        images.dispose();
    }
}

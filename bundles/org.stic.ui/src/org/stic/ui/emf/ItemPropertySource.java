package org.stic.ui.emf;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * An {@link IPropertySource} over an EMF.edit {@link IItemPropertySource}. Values are set through the item
 * property descriptors, which execute a SetCommand on the object's editing domain: property changes are
 * undoable and mark the editor dirty like any other edit.
 */
public class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;
    private final ItemImages images;

    public ItemPropertySource(Object object, IItemPropertySource source, ItemImages images) {
        this.object = object;
        this.source = source;
        this.images = images;
    }

    @Override
    public Object getEditableValue() {
        return source.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(object);
        return descriptors.stream()
                .map(d -> new FeaturePropertyDescriptor(object, d, images))
                .toArray(IPropertyDescriptor[]::new);
    }

    /** The item property descriptor with this id, or null. */
    public IItemPropertyDescriptor descriptor(Object id) {
        return source.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        if (d == null) {
            return null;
        }
        Object value = d.getPropertyValue(object);
        // Item providers wrap values for nested property sheets; the sheet needs the plain value.
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        return d != null && d.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        if (d != null && d.canSetProperty(object)) {
            d.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor d = descriptor(id);
        if (d != null && d.canSetProperty(object)) {
            d.setPropertyValue(object, value);
        }
    }
}

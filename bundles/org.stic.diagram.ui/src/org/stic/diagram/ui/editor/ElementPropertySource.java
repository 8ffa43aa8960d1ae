package org.stic.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The Properties view's view of a diagram element: the EMF.edit item property descriptors of the model's edit
 * bundle, shown with their categories, names and labelled values. Editing stays with the model editor.
 */
final class ElementPropertySource implements IPropertySource {

    private final Object element;
    private final ComposedAdapterFactory factory;
    private final AdapterFactoryItemDelegator labels;

    ElementPropertySource(Object element, ComposedAdapterFactory factory) {
        this.element = element;
        this.factory = factory;
        this.labels = new AdapterFactoryItemDelegator(factory);
    }

    private List<IItemPropertyDescriptor> itemDescriptors() {
        IItemPropertySource source = (IItemPropertySource) factory.adapt(element, IItemPropertySource.class);
        return source == null ? List.of() : source.getPropertyDescriptors(element);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> result = new ArrayList<>();
        for (IItemPropertyDescriptor d : itemDescriptors()) {
            PropertyDescriptor p = new PropertyDescriptor(d.getId(element), d.getDisplayName(element));
            p.setCategory(d.getCategory(element));
            p.setDescription(d.getDescription(element));
            p.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object value) {
                    return labels.getText(value);
                }
            });
            result.add(p);
        }
        return result.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        for (IItemPropertyDescriptor d : itemDescriptors()) {
            if (d.getId(element).equals(id)) {
                Object value = d.getPropertyValue(element);
                return value instanceof IItemPropertySource wrapped ? wrapped.getEditableValue(element) : value;
            }
        }
        return null;
    }

    @Override
    public Object getEditableValue() {
        return element;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only: editing goes through the model editor's command stack
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only: editing goes through the model editor's command stack
    }
}

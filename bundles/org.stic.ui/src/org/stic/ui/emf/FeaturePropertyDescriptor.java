package org.stic.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.MissingResourceException;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * An {@link IPropertyDescriptor} over an EMF.edit {@link IItemPropertyDescriptor}. It picks the cell editor from
 * the feature: a read-only combo for enumerations, booleans and single references (listing the type-compatible
 * elements the item provider offers), a checked list dialog for many-valued features, and a text field that
 * parses the data type (numbers, dates ...) otherwise. The description is the feature's model documentation.
 */
public class FeaturePropertyDescriptor implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;
    private final ItemImages images;

    public FeaturePropertyDescriptor(Object object, IItemPropertyDescriptor descriptor, ItemImages images) {
        this.object = object;
        this.descriptor = descriptor;
        this.images = images;
    }

    public IItemPropertyDescriptor itemDescriptor() {
        return descriptor;
    }

    /** The Ecore feature behind this property, or null for computed properties. */
    public EStructuralFeature feature() {
        return descriptor.getFeature(object) instanceof EStructuralFeature f ? f : null;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object)) {
            return null;
        }
        EStructuralFeature feature = feature();
        ILabelProvider labels = getLabelProvider();
        if (descriptor.isMany(object)) {
            Collection<?> choices = descriptor.getChoiceOfValues(object);
            if (choices == null) {
                return null; // many-valued free values (e.g. a list of strings): not offered in the sheet
            }
            return new ValuesDialogCellEditor(parent, getDisplayName(), labels, new ArrayList<>(choices));
        }
        if (feature instanceof EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            if (type instanceof EEnum || isBoolean(type)) {
                return new ChoiceCellEditor(parent, choices(type), labels);
            }
            return new DataTypeCellEditor(parent, type);
        }
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (choices != null) {
            List<Object> values = new ArrayList<>(choices);
            if (!values.contains(null) && feature != null && !feature.isRequired()) {
                values.add(0, null); // a single optional reference can be cleared
            }
            return new ChoiceCellEditor(parent, values, labels);
        }
        return null;
    }

    private List<Object> choices(EDataType type) {
        if (type instanceof EEnum e) {
            List<Object> values = new ArrayList<>();
            e.getELiterals().forEach(l -> values.add(l.getInstance()));
            return values;
        }
        return List.of(Boolean.TRUE, Boolean.FALSE);
    }

    private static boolean isBoolean(EDataType type) {
        Class<?> c = type.getInstanceClass();
        return c == boolean.class || c == Boolean.class;
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    /** The model documentation of the feature; the item provider's generic description when there is none. */
    @Override
    public String getDescription() {
        EStructuralFeature feature = feature();
        String doc = feature == null ? null : ModelDocumentation.of(feature);
        return doc != null && !doc.isBlank() ? doc : descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider itemLabels = descriptor.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return itemLabels.getText(value);
            }

            @Override
            public Image getImage(Object value) {
                try {
                    return images.get(itemLabels.getImage(value));
                } catch (MissingResourceException e) {
                    return null;
                }
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof FeaturePropertyDescriptor f && f.feature() != null && f.feature() == feature();
    }
}

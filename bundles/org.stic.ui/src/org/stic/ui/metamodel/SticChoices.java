package org.stic.ui.metamodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptorDecorator;
import org.stic.SticPackage;
import org.stic.ui.emf.ItemPropertySourceProvider;

/**
 * The Properties view of the metamodel editor: Ecore's own property descriptors, whose lists of choices for a
 * class's supertypes and a feature's type also offer STIC's classes, data types and enumerations and those of the
 * project's other extensions (Ecore's offer only what the file's resource set holds). A STIC class chosen is written
 * by nsURI ({@code http://www.stic.org/stic/2.0#//Participant}), the way extensions must refer to it.
 */
final class SticChoices extends ItemPropertySourceProvider {

    SticChoices(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    protected IItemPropertySource source(Object object, IItemPropertySource itemSource) {
        return new IItemPropertySource() {
            @Override
            public List<IItemPropertyDescriptor> getPropertyDescriptors(Object o) {
                List<IItemPropertyDescriptor> descriptors = new ArrayList<>();
                for (IItemPropertyDescriptor d : itemSource.getPropertyDescriptors(o)) {
                    descriptors.add(decorated(o, d));
                }
                return descriptors;
            }

            @Override
            public IItemPropertyDescriptor getPropertyDescriptor(Object o, Object propertyId) {
                IItemPropertyDescriptor d = itemSource.getPropertyDescriptor(o, propertyId);
                return d == null ? null : decorated(o, d);
            }

            @Override
            public Object getEditableValue(Object o) {
                return itemSource.getEditableValue(o);
            }
        };
    }

    private static IItemPropertyDescriptor decorated(Object object, IItemPropertyDescriptor d) {
        Object feature = d.getFeature(object);
        if (feature != EcorePackage.Literals.ECLASS__ESUPER_TYPES && feature != EcorePackage.Literals.ETYPED_ELEMENT__ETYPE) {
            return d;
        }
        return new ItemPropertyDescriptorDecorator(object, d) {
            @Override
            public Collection<?> getChoiceOfValues(Object thisObject) {
                Collection<?> own = super.getChoiceOfValues(thisObject);
                Set<Object> choices = new LinkedHashSet<>(own == null ? List.of() : own);
                choices.addAll(extra((EObject) thisObject, (EStructuralFeature) feature));
                return new ArrayList<>(choices);
            }
        };
    }

    /**
     * STIC's and the other extensions' classifiers that fit: classes (other than the class itself) as supertypes,
     * classes as a reference's type, data types and enumerations as an attribute's type.
     */
    static List<EClassifier> extra(EObject object, EStructuralFeature feature) {
        List<EPackage> packages = new ArrayList<>();
        packages.add(SticPackage.eINSTANCE);
        if (object.eResource() != null && object.eResource().getResourceSet() != null) {
            for (Object value : object.eResource().getResourceSet().getPackageRegistry().values()) {
                if (value instanceof EPackage p && p != SticPackage.eINSTANCE && p != EcorePackage.eINSTANCE
                        && p.eResource() != object.eResource() && !packages.contains(p)) {
                    packages.add(p);
                }
            }
        }
        List<EClassifier> extra = new ArrayList<>();
        for (EPackage p : packages) {
            for (EClassifier c : p.getEClassifiers()) {
                boolean fits = feature == EcorePackage.Literals.ECLASS__ESUPER_TYPES
                        ? c instanceof EClass && c != object
                        : object instanceof EReference ? c instanceof EClass : c instanceof EDataType;
                if (fits) {
                    extra.add(c);
                }
            }
        }
        return extra;
    }
}

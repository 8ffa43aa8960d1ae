package org.stic.ui.emf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.stic.SticPackage;
import org.stic.extensions.SticProject;
import org.stic.model.edit.SharedItemProviderDecorator;
import org.stic.provider.SticEditPlugin;

/**
 * Item providers for the classes of metamodel extensions (packages loaded at run time from a project's
 * {@code .ecore} files, with no generated edit code). An extension class that subclasses a STIC class is shown as
 * that STIC class (its label, icon, children), with its own attributes added to the Properties view; a class with
 * no STIC supertype gets EMF's reflective item provider.
 */
public class ExtensionItemProviderAdapterFactory extends ReflectiveItemProviderAdapterFactory {

    /** One decorator per STIC item provider and extension class (the property list depends on the class). */
    private final Map<Object, Map<EClass, ExtensionItemProvider>> decorators = new HashMap<>();

    /** Dynamic packages only: STIC and every generated package have their own providers. */
    @Override
    public boolean isFactoryForType(Object type) {
        if (type instanceof EPackage p) {
            return p != SticPackage.eINSTANCE && !EPackage.Registry.INSTANCE.containsKey(p.getNsURI());
        }
        return supportedTypes.contains(type);
    }

    @Override
    public Object adapt(Object object, Object type) {
        Object provider = extensionProvider(object, type);
        return provider != null ? provider : super.adapt(object, type);
    }

    /** The composed factory adapts notifiers through this signature. */
    @Override
    public Adapter adapt(Notifier target, Object type) {
        Object provider = extensionProvider(target, type);
        return provider != null ? (Adapter) provider : super.adapt(target, type);
    }

    /** The decorated STIC provider for an element of an extension class with a STIC supertype, else null. */
    private Object extensionProvider(Object object, Object type) {
        if (!(object instanceof EObject e) || SticProject.sticSupertype(e.eClass()) == null || root() == null) {
            return null;
        }
        AdapterFactory stic = sticFactory(type);
        Object sticProvider = stic == null ? null : stic.adapt(object, type);
        if (!(sticProvider instanceof IChangeNotifier notifier)) {
            return null;
        }
        return decorators.computeIfAbsent(sticProvider, k -> new HashMap<>())
                .computeIfAbsent(e.eClass(), c -> new ExtensionItemProvider(this, notifier, c));
    }

    @Override
    public void dispose() {
        decorators.values().forEach(m -> m.values().forEach(ItemProviderDecorator::dispose));
        super.dispose();
    }

    private ComposedAdapterFactory root() {
        return getRootAdapterFactory() instanceof ComposedAdapterFactory c ? c : null;
    }

    /** The factory of the STIC package in the same composed factory (the edit bundle's, found by the registry). */
    private AdapterFactory sticFactory(Object type) {
        List<Object> types = new ArrayList<>();
        types.add(SticPackage.eINSTANCE);
        if (type != null) {
            types.add(type);
        }
        return root().getFactoryForTypes(types);
    }

    /** The STIC item provider of the nearest STIC supertype for everything, plus the extension's own features. */
    private static final class ExtensionItemProvider extends SharedItemProviderDecorator {

        private final EClass eClass;
        private List<IItemPropertyDescriptor> extensionDescriptors;

        ExtensionItemProvider(ComposeableAdapterFactory factory, IChangeNotifier sticProvider, EClass eClass) {
            super(factory);
            this.eClass = eClass;
            setDecoratedItemProvider(sticProvider);
        }

        @Override
        public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
            List<IItemPropertyDescriptor> all = new ArrayList<>(super.getPropertyDescriptors(object));
            all.addAll(extensionDescriptors());
            return all;
        }

        @Override
        public IItemPropertyDescriptor getPropertyDescriptor(Object object, Object propertyId) {
            for (IItemPropertyDescriptor d : extensionDescriptors()) {
                if (propertyId.equals(d.getId(object))) {
                    return d;
                }
            }
            return super.getPropertyDescriptor(object, propertyId);
        }

        /** The features the extension adds (those of classes outside the STIC package). */
        private List<IItemPropertyDescriptor> extensionDescriptors() {
            if (extensionDescriptors == null) {
                extensionDescriptors = new ArrayList<>();
                for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
                    if (f.getEContainingClass().getEPackage() == SticPackage.eINSTANCE || f.isDerived()
                            || f.isTransient() || (f instanceof EReference r && r.isContainment())) {
                        continue;
                    }
                    extensionDescriptors.add(new ItemPropertyDescriptor(
                            ((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
                            SticEditPlugin.INSTANCE, displayName(f), displayName(f), f, f.isChangeable(), false, true,
                            f instanceof EAttribute ? ItemPropertyDescriptor.GENERIC_VALUE_IMAGE : null, null, null));
                }
            }
            return extensionDescriptors;
        }

        /** "floorArea" -> "Floor Area", as the generated descriptors name STIC's features. */
        private static String displayName(EStructuralFeature f) {
            String words = f.getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2");
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        /** The STIC provider already forwards its notifications to the composed factory: no second copy. */
        @Override
        public void notifyChanged(Notification notification) {
            // deliberately empty
        }
    }
}

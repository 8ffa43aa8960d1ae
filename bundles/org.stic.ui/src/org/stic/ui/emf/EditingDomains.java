package org.stic.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.stic.SticPackage;
import org.stic.extensions.SticProject;

/** Creates the adapter factories and editing domains the STIC editors and views share in shape. */
public final class EditingDomains {

    private EditingDomains() {
    }

    /**
     * The item providers registered for every package (STIC's through the edit bundle's extension), resource
     * item providers, those of metamodel extensions, and the reflective ones as a fallback for other packages.
     */
    public static ComposedAdapterFactory adapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new ExtensionItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /**
     * An editing domain over the given resource set with a fresh {@link BasicCommandStack}; the resource set
     * carries the domain so that {@code AdapterFactoryEditingDomain.getEditingDomainFor(eObject)} finds it (the
     * item property descriptors execute their SetCommands there). Its new-child descriptors add the classes of the
     * metamodel extensions in the resource set's package registry wherever a STIC supertype of theirs may go. Its
     * clipboard is the {@link ModelClipboard} all models share, and Copy notes there the links Paste keeps.
     */
    public static AdapterFactoryEditingDomain create(ComposedAdapterFactory factory, ResourceSet resourceSet) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(),
                resourceSet) {
            @Override
            public Collection<?> getNewChildDescriptors(Object object, Object sibling) {
                Object owner = object == null ? getParent(sibling) : object;
                List<Object> descriptors = new ArrayList<>(super.getNewChildDescriptors(object, sibling));
                if (owner instanceof EObject e) {
                    descriptors.addAll(extensionChildren(e, extensionClasses(getResourceSet())));
                }
                return descriptors;
            }

            @Override
            public Command createCommand(Class<? extends Command> commandClass, CommandParameter parameter) {
                return commandClass == CopyToClipboardCommand.class
                        ? new ModelClipboard.CopyToClipboard(this, parameter.getCollection())
                        : super.createCommand(commandClass, parameter);
            }

            @Override
            public Collection<Object> getClipboard() {
                return ModelClipboard.contents();
            }

            @Override
            public void setClipboard(Collection<Object> clipboard) {
                ModelClipboard.setContents(clipboard);
            }
        };
        resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        return domain;
    }

    /** The concrete extension classes with a STIC supertype among the resource set's own (local) packages. */
    static List<EClass> extensionClasses(ResourceSet resourceSet) {
        List<EClass> classes = new ArrayList<>();
        for (Object value : resourceSet.getPackageRegistry().values()) {
            if (value instanceof EPackage p && p != SticPackage.eINSTANCE) {
                for (EClassifier c : p.getEClassifiers()) {
                    if (c instanceof EClass k && !k.isAbstract() && !k.isInterface()
                            && SticProject.sticSupertype(k) != null) {
                        classes.add(k);
                    }
                }
            }
        }
        return classes;
    }

    /** A new instance of each class for every containment of the owner that may hold it. */
    static List<CommandParameter> extensionChildren(EObject owner, List<EClass> classes) {
        List<CommandParameter> children = new ArrayList<>();
        for (EReference containment : owner.eClass().getEAllContainments()) {
            if (!containment.isChangeable() || containment.isDerived()) {
                continue;
            }
            for (EClass c : classes) {
                if (containment.getEReferenceType().isSuperTypeOf(c)) {
                    children.add(new CommandParameter(null, containment, EcoreUtil.create(c)));
                }
            }
        }
        return children;
    }
}

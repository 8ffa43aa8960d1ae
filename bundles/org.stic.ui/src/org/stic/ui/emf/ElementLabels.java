package org.stic.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.stic.model.edit.Vocabulary;

/** Names of elements, their types and their references as the model editor and the Properties view show them. */
public final class ElementLabels {

    private final AdapterFactoryItemDelegator items;

    public ElementLabels(AdapterFactory factory) {
        this.items = new AdapterFactoryItemDelegator(factory);
    }

    public String name(EObject element) {
        return Vocabulary.current().label(element);
    }

    /** "Key Action". */
    public String type(EObject element) {
        return Vocabulary.current().type(element.eClass());
    }

    /** "Supporting Resources", as the Properties view names the reference. */
    public String reference(EObject owner, EReference reference) {
        IItemPropertyDescriptor d = items.getPropertyDescriptor(owner, reference.getName());
        return d == null ? reference.getName() : d.getDisplayName(owner);
    }
}

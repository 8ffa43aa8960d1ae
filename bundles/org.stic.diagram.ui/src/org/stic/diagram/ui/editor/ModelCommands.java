package org.stic.diagram.ui.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.stic.Cluster;
import org.stic.Interaction;
import org.stic.NamedElement;
import org.stic.SticFactory;
import org.stic.SticPackage;
import org.stic.diagram.Creation;
import org.stic.diagram.Link;
import org.stic.diagram.LinkKind;
import org.stic.diagram.NodeType;

/** The model changes the diagram's tools make, as EMF commands on the editing domain (undoable, shared stack). */
final class ModelCommands {

    private ModelCommands() {
    }

    /**
     * A new element of {@code type} named {@code name}, added to {@code owner}'s containment (the contour, the
     * segment or the cluster); a missing contour is created with it. The command's result is the element.
     */
    static Command create(EditingDomain domain, Cluster cluster, NodeType type, EObject owner, String name) {
        EObject element = SticFactory.eINSTANCE.create(type.eClass());
        ((NamedElement) element).setName(name);
        CompoundCommand create = new CompoundCommand("Create " + Creation.title(type)) {
            @Override
            public Collection<?> getResult() {
                return List.of(element);
            }
        };
        EObject holder = owner;
        if (holder == null) {
            holder = SticFactory.eINSTANCE.create(Creation.contourFeature(type).getEReferenceType());
            create.append(SetCommand.create(domain, cluster, Creation.contourFeature(type), holder));
        }
        create.append(AddCommand.create(domain, holder, type.containment(), element));
        return create;
    }

    /** The link of an accepted source and target: the reference added, or a new Interaction. */
    static Command link(EditingDomain domain, Cluster cluster, LinkKind kind, EObject source, EObject target) {
        LinkKind.Change change = kind.change(source, target);
        CompoundCommand link = new CompoundCommand("Create " + kind.noun().replaceFirst("^an? ", ""));
        if (change.reference() == null) {
            // the ends are set by commands too: setting them updates the participants' opposite lists
            Interaction i = SticFactory.eINSTANCE.createInteraction();
            link.append(AddCommand.create(domain, cluster, SticPackage.Literals.CLUSTER__INTERACTIONS, i));
            link.append(SetCommand.create(domain, i, SticPackage.Literals.INTERACTION__SOURCE, source));
            link.append(SetCommand.create(domain, i, SticPackage.Literals.INTERACTION__TARGET, target));
        } else {
            link.append(AddCommand.create(domain, change.owner(), change.reference(), change.value()));
        }
        return link;
    }

    /** The reference link taken out of its owner's list ("Delete supports link"); both elements stay. */
    static Command unlink(EditingDomain domain, Link link) {
        Command remove = RemoveCommand.create(domain, link.owner(), link.type().reference(), link.value());
        return new CompoundCommand("Delete " + link.noun(), List.of(remove));
    }

    static Command rename(EditingDomain domain, EObject element, String name) {
        return SetCommand.create(domain, element, SticPackage.Literals.NAMED_ELEMENT__NAME, name);
    }
}

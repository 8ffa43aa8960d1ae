package org.stic.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stic.Cluster;
import org.stic.Contour;

/**
 * What deleting elements from the model takes with it, for the confirmation and the delete command: the elements
 * that refer to them (whose references are removed) and the elements that cannot exist without them (a reference
 * they must have, e.g. an interaction's source), which are deleted too.
 */
public final class ModelDeletion {

    /** One reference to a deleted element (or to something it contains) from an element that stays or goes along. */
    public record Reference(EObject referrer, EReference reference, EObject target, boolean referrerDeleted) {
    }

    private final Set<EObject> elements;
    private final List<Reference> references;

    private ModelDeletion(Set<EObject> elements, List<Reference> references) {
        this.elements = elements;
        this.references = references;
    }

    /** The cluster and its contours hold the model together: the diagram never deletes them. */
    public static boolean deletable(EObject element) {
        return element.eContainer() != null && !(element instanceof Cluster) && !(element instanceof Contour);
    }

    /** The deletion of the chosen elements within their resource. */
    public static ModelDeletion of(Collection<? extends EObject> chosen) {
        Set<EObject> first = new LinkedHashSet<>(chosen);
        Set<EObject> elements = new LinkedHashSet<>(chosen);
        Resource resource = first.iterator().next().eResource();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Reference r : references(elements, resource)) {
                if (r.reference().isRequired() && !r.reference().isMany()) {
                    grew |= elements.add(r.referrer());
                }
            }
        }
        Set<EObject> along = new LinkedHashSet<>(elements);
        along.removeAll(first);
        List<Reference> result = new ArrayList<>();
        for (Reference r : references(first, resource)) {
            result.add(new Reference(r.referrer(), r.reference(), r.target(), EcoreUtil.isAncestor(along, r.referrer())));
        }
        for (Reference r : references(elements, resource)) {
            if (EcoreUtil.isAncestor(along, r.target())) {
                result.add(r);
            }
        }
        return new ModelDeletion(elements, result);
    }

    /**
     * References from outside the deleted subtrees to anything in them; only the ones the file stores, as a user
     * reads them (the other end of a two-way link is the same link seen from the other side).
     */
    private static List<Reference> references(Set<EObject> elements, Resource resource) {
        List<EObject> gone = new ArrayList<>();
        for (EObject e : elements) {
            gone.add(e);
            e.eAllContents().forEachRemaining(gone::add);
        }
        List<Reference> result = new ArrayList<>();
        EcoreUtil.UsageCrossReferencer.findAll(gone, resource).forEach((target, settings) -> {
            for (EStructuralFeature.Setting s : settings) {
                if (s.getEStructuralFeature() instanceof EReference ref && !ref.isTransient() && !ref.isDerived()
                        && !ref.isContainment() && !EcoreUtil.isAncestor(elements, s.getEObject())) {
                    result.add(new Reference(s.getEObject(), ref, target, false));
                }
            }
        });
        return result;
    }

    /** The chosen elements and those deleted along with them. */
    public Set<EObject> elements() {
        return elements;
    }

    /** The references to the deleted elements from elements that stay (removed) or that go along. */
    public List<Reference> references() {
        return references;
    }
}

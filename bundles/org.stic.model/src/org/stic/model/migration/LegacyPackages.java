package org.stic.model.migration;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.ETypedElement;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stic.SticPackage;

/**
 * The packages one 1.0 file is read with, and where each of their classes goes in the current metamodel. The STIC
 * classes come from {@link MetamodelHistory}. An extension package (a user's {@code .ecore} whose classes subclass
 * STIC classes) is registered once, against the current STIC package; a 1.0 file that uses it gets a copy of it whose
 * STIC supertypes and types are the 1.0 classes of the same names, so that its objects fit into the 1.0 model they are
 * read into. The migration then copies each object into the class it was copied from.
 */
public final class LegacyPackages {

    private final EPackage legacy = MetamodelHistory.stic10();
    private final Map<EPackage, EPackage> variants = new IdentityHashMap<>();
    private final Map<EClass, EClass> currentClasses = new IdentityHashMap<>();

    /** The 1.0 STIC package. */
    public EPackage stic() {
        return legacy;
    }

    /**
     * The package to read objects of {@code registered} with in a 1.0 file: itself when it does not depend on the
     * STIC metamodel, else its copy against 1.0 (made once per file).
     */
    public EPackage variantOf(EPackage registered) {
        if (registered == SticPackage.eINSTANCE) {
            return legacy;
        }
        EPackage known = variants.get(registered);
        if (known != null) {
            return known;
        }
        if (!dependsOnStic(registered)) {
            variants.put(registered, registered);
            return registered;
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        EPackage copy = (EPackage) copier.copy(registered);
        copier.copyReferences();
        variants.put(registered, copy);
        for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
            if (entry.getKey() instanceof EClass original) {
                currentClasses.put((EClass) entry.getValue(), original);
            }
        }
        for (EObject element : (Iterable<EObject>) copy::eAllContents) {
            if (element instanceof EClass eClass) {
                List<EClass> supertypes = eClass.getESuperTypes();
                for (int i = 0; i < supertypes.size(); i++) {
                    supertypes.set(i, (EClass) toLegacy(supertypes.get(i)));
                }
            } else if (element instanceof ETypedElement typed && typed.getEType() != null) {
                typed.setEType(toLegacy(typed.getEType()));
            }
        }
        return copy;
    }

    /** The current class of a class the 1.0 file was read with. */
    public EClass currentClassOf(EClass readWith) {
        EClass current = currentClasses.get(readWith);
        if (current == null) {
            if (readWith.getEPackage() == legacy) {
                current = (EClass) SticPackage.eINSTANCE.getEClassifier(readWith.getName());
            } else {
                current = readWith;
            }
            currentClasses.put(readWith, current);
        }
        return current;
    }

    private EClassifier toLegacy(EClassifier classifier) {
        if (classifier.getEPackage() == SticPackage.eINSTANCE) {
            return legacy.getEClassifier(classifier.getName());
        }
        EPackage owner = classifier.getEPackage();
        if (owner != null && owner != legacy && dependsOnStic(owner)) {
            return variantOf(owner).getEClassifier(classifier.getName());
        }
        return classifier;
    }

    private final Map<EPackage, Boolean> dependence = new HashMap<>();

    /** Whether a class of the package has a STIC supertype or a feature of a STIC type (directly or through another). */
    private boolean dependsOnStic(EPackage ePackage) {
        Boolean known = dependence.get(ePackage);
        if (known != null) {
            return known;
        }
        dependence.put(ePackage, false);
        boolean depends = false;
        for (EObject element : (Iterable<EObject>) ePackage::eAllContents) {
            EClassifier type = element instanceof ETypedElement typed ? typed.getEType() : null;
            if (element instanceof EClass eClass) {
                for (EClass supertype : eClass.getESuperTypes()) {
                    depends |= refersToStic(supertype, ePackage);
                }
            } else if (type != null) {
                depends |= refersToStic(type, ePackage);
            }
        }
        dependence.put(ePackage, depends);
        return depends;
    }

    private boolean refersToStic(EClassifier classifier, EPackage from) {
        EPackage owner = classifier.getEPackage();
        return owner == SticPackage.eINSTANCE || owner != null && owner != from && owner != legacy && dependsOnStic(owner);
    }
}

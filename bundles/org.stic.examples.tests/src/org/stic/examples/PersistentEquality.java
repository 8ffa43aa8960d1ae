package org.stic.examples;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil.EqualityHelper;

/**
 * EMF's EqualityHelper over what a file holds: transient features (the rebuilt opposite views such as
 * {@code Participant.segments}) are skipped, because their order after loading follows the order in which EMF
 * resolves references, not the order in which a program happened to create the links.
 */
final class PersistentEquality {

    static boolean equal(EObject a, EObject b) {
        return new EqualityHelper() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean haveEqualFeature(EObject x, EObject y, EStructuralFeature feature) {
                return feature.isTransient() || super.haveEqualFeature(x, y, feature);
            }
        }.equals(a, b);
    }

    private PersistentEquality() {
    }
}

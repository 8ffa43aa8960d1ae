package org.stic.analysis;

import org.eclipse.emf.ecore.EObject;
import org.stic.NamedElement;

/** How the analysis names elements in its texts: by name, or by type when unnamed. */
final class Names {

    private Names() {
    }

    static String of(EObject element) {
        if (element instanceof NamedElement n && n.getName() != null && !n.getName().isBlank()) {
            return n.getName();
        }
        return element == null ? "" : "(" + element.eClass().getName() + ")";
    }
}

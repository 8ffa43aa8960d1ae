package org.stic.ui.analysis;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;

/**
 * What an editor of a model offers the analysis views besides its selection: emphasising a set of elements (the
 * needs that depend on a critical element) without the user's selection being the way to say it. Editors return an
 * implementation from {@code getAdapter(ElementHighlighting.class)}; this bundle does not know the editors that do
 * (the diagram editor stands above it).
 */
public interface ElementHighlighting {

    /** Emphasises these elements, those the editor shows, and reveals the first; an empty collection clears it. */
    void highlight(Collection<? extends EObject> elements);
}

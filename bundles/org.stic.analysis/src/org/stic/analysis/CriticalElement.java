package org.stic.analysis;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.stic.SegmentNeed;

/**
 * A participant, partnership, key resource or key action and the ready needs that stop being ready without it.
 * {@code impact} weighs each of them by priority (docs/analysis.md, "Critical elements").
 */
public record CriticalElement(EObject element, List<SegmentNeed> needs, int impact) {
}

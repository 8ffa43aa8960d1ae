package org.stic.analysis;

import org.eclipse.emf.ecore.EObject;

/**
 * Something the analysis found on one element, from a rule of its catalogue ({@code rules/catalogue.json}, ids
 * ANA-nnn): the same shape as a validation finding (rule id, severity, element, message).
 */
public record AnalysisFinding(String ruleId, Severity severity, EObject element, String message) {
}

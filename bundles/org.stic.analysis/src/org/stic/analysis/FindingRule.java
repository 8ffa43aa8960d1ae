package org.stic.analysis;

/**
 * One rule of the analysis catalogue. {@code message} may use {0} for the element's name and {1} for the detail
 * the analysis gives; the texts are in the language the catalogue was read in (the file holds English and
 * Russian).
 */
public record FindingRule(String id, String category, Severity severity, String context, String title,
        String message, String rationale) {
}

package org.stic.validation;

/**
 * One rule of the catalogue: an OCL invariant named {@code oclName} on the metamodel class {@code contextClass},
 * plus the data people need to act on a finding. {@code messageTemplate} may use {@code {label}} (e.g. "Key
 * action 'Prototype testing'"), {@code {name}}, {@code {type}}, {@code {path}} and {@code {detail}} (the value of
 * the rule's optional detail query, evaluated only on a violating element).
 */
public record Rule(String id, RuleCategory category, Severity defaultSeverity, String contextClass, String oclName,
        String ocl, String messageTemplate, String rationale) {
}

package org.stic.validation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.stic.NamedElement;
import org.stic.validation.RuleCatalogue.Compiled;

/**
 * Validates STIC models against a {@link RuleCatalogue}: walks the containment tree once and, for each element,
 * checks the parsed invariants of its class directly ({@code query.check}), which costs about as much as the same
 * rules written in Java; messages are built only for violations.
 * <p>
 * Thread-safe: OCL's evaluation environments are not, so one validation runs at a time per catalogue.
 */
public final class SticValidator {

    private static final class BuiltIn {
        static final SticValidator INSTANCE = new SticValidator(RuleCatalogue.builtIn());
    }

    private final RuleCatalogue catalogue;

    public SticValidator(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The validator of the built-in catalogue. */
    public static SticValidator builtIn() {
        return BuiltIn.INSTANCE;
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** Findings for the element and everything it contains, every rule at its default severity. */
    public List<Finding> validate(EObject rootOrSubtree) {
        return validate(rootOrSubtree, RuleSettings.defaults());
    }

    /** Findings for the element and everything it contains, in tree order, under {@code settings}. */
    public List<Finding> validate(EObject root, RuleSettings settings) {
        Severity[] severities = severities(settings);
        List<Finding> findings = new ArrayList<>();
        synchronized (catalogue) {
            check(root, severities, findings);
            for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
                check(it.next(), severities, findings);
            }
        }
        return findings;
    }

    /** Findings for this one element only (not its contents): what an EValidator needs. */
    public List<Finding> validateElement(EObject element, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        synchronized (catalogue) {
            check(element, severities(settings), findings);
        }
        return findings;
    }

    /** Effective severity per loaded rule, null for a rule switched off. */
    private Severity[] severities(RuleSettings settings) {
        List<Compiled> compiled = catalogue.compiled();
        Severity[] s = new Severity[compiled.size()];
        for (Compiled c : compiled) {
            s[c.index] = settings.effectiveSeverity(c.rule);
        }
        return s;
    }

    private void check(EObject element, Severity[] severities, List<Finding> findings) {
        for (Compiled c : catalogue.rulesFor(element.eClass())) {
            Severity severity = severities[c.index];
            if (severity != null && !c.invariant.check(element)) {
                findings.add(new Finding(c.rule.id(), severity, element, message(c, element)));
            }
        }
    }

    private String message(Compiled c, EObject element) {
        String template = c.rule.messageTemplate();
        String name = element instanceof NamedElement n && n.getName() != null ? n.getName() : "";
        String message = template.replace("{label}", Finding.labelOf(element))
                .replace("{type}", Finding.typeOf(element))
                .replace("{name}", name);
        if (message.contains("{path}")) {
            message = message.replace("{path}", Finding.pathOf(element));
        }
        if (message.contains("{detail}")) {
            message = message.replace("{detail}", catalogue.detail(c, element));
        }
        return message;
    }
}

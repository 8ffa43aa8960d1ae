package org.stic.validation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.stic.NamedElement;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;
import org.stic.validation.RuleCatalogue.Compiled;
import org.stic.validation.RuleCatalogue.Evaluator;

/**
 * Validates STIC models against a {@link RuleCatalogue}: walks the containment tree once and, for each element,
 * evaluates the invariants of its class and its supertypes, each parsed once by OCL and compiled once into Java
 * closures that keep OCL's semantics ({@link CompiledOcl}; what they do not cover OCL's interpreter evaluates), with
 * one OCL evaluation environment per rule (not EMF's delegate path, not a new OCL query context per element);
 * messages are built only for violations.
 * <p>
 * Thread-safe: OCL's evaluation environments are not, so one validation runs at a time per catalogue.
 */
public final class SticValidator {

    private static final class BuiltIn {
        static final SticValidator INSTANCE = new SticValidator(RuleCatalogue.builtIn());
    }

    private final RuleCatalogue catalogue;
    private final boolean interpret;

    public SticValidator(RuleCatalogue catalogue) {
        this(catalogue, false);
    }

    /** {@code interpret}: evaluate by OCL's interpreter alone, not the compiled closures (to compare them). */
    SticValidator(RuleCatalogue catalogue, boolean interpret) {
        this.catalogue = catalogue;
        this.interpret = interpret;
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
        return validate(root, settings, Language.current());
    }

    /** As {@link #validate(EObject, RuleSettings)}, with the findings' messages in {@code language}. */
    public List<Finding> validate(EObject root, RuleSettings settings, Language language) {
        Run run = start(root, settings, language);
        List<Finding> findings = new ArrayList<>();
        run.check(root, findings);
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            run.check(it.next(), findings);
        }
        return findings;
    }

    /**
     * Prepares a validation of the model that holds {@code root}, element by element: what an EValidator needs,
     * called once per element by EMF's Diagnostician. The settings are read once, here.
     */
    Run start(EObject root, RuleSettings settings) {
        return start(root, settings, Language.current());
    }

    Run start(EObject root, RuleSettings settings, Language language) {
        List<Compiled> compiled = catalogue.compiled();
        Severity[] severities = new Severity[compiled.size()];
        for (Compiled c : compiled) {
            severities[c.index] = settings.effectiveSeverity(c.rule);
        }
        synchronized (catalogue) {
            return new Run(severities, catalogue.evaluators(root, interpret), Vocabulary.of(language));
        }
    }

    /** One validation: effective severity and evaluator per loaded rule (severity null: switched off). */
    final class Run {
        private final Severity[] severities;
        private final Evaluator[] evaluators;
        private final Vocabulary vocabulary;

        private Run(Severity[] severities, Evaluator[] evaluators, Vocabulary vocabulary) {
            this.severities = severities;
            this.evaluators = evaluators;
            this.vocabulary = vocabulary;
        }

        /** Adds the findings of {@code element} itself (not its contents). */
        void check(EObject element, List<Finding> findings) {
            synchronized (catalogue) {
                for (Compiled c : catalogue.rulesFor(element.eClass())) {
                    Severity severity = severities[c.index];
                    if (severity != null && !evaluators[c.index].check(element)) {
                        findings.add(new Finding(c.rule.id(), severity, element, message(c, element, vocabulary)));
                    }
                }
            }
        }
    }

    /** The rule's message template with its placeholders filled in, in one pass over the template. */
    private String message(Compiled c, EObject element, Vocabulary vocabulary) {
        String template = catalogue.messageTemplate(c.rule, vocabulary.language());
        StringBuilder b = new StringBuilder(template.length() + 40);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                b.append(template, i, template.length());
                break;
            }
            b.append(template, i, open);
            String value = placeholder(template.substring(open + 1, close), c, element, vocabulary);
            b.append(value != null ? value : template.substring(open, close + 1));
            i = close + 1;
        }
        return b.toString();
    }

    /** The value of one placeholder of a message template; null for an unknown one (left as written). */
    private String placeholder(String name, Compiled c, EObject element, Vocabulary vocabulary) {
        return switch (name) {
        case "label" -> Finding.labelOf(element, vocabulary);
        case "type" -> vocabulary.type(element.eClass());
        case "name" -> element instanceof NamedElement n && n.getName() != null ? n.getName() : "";
        case "path" -> Finding.pathOf(element, vocabulary);
        case "detail" -> catalogue.detail(c, element, vocabulary.language());
        default -> null;
        };
    }
}

package org.stic.ui.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EPackage;
import org.stic.ui.Messages;
import org.stic.validation.RuleCatalogue;
import org.stic.validation.Severity;

/**
 * What the rule editor reports on a Complete OCL rule document while it is typed: the problems of reading it the way
 * the project reads it ({@link RuleCatalogue#oclDocumentProblems}), and its {@code -- @rule} comments checked (an
 * unknown or repeated key, a severity that does not exist, an id used twice or by a built-in rule).
 */
public final class RuleFileCheck {

    /** One finding, at a 1-based line and column, {@code length} characters long. */
    public record Finding(boolean error, int line, int column, int length, String message) {
    }

    private RuleFileCheck() {
    }

    /**
     * The findings of one rule document; {@code otherRuleFiles} are the texts of the project's other rule files by
     * the name to show for each, so that an id taken there too is found here (the project loads one of the two).
     */
    public static List<Finding> check(EPackage.Registry packages, String source, String text,
            Map<String, String> otherRuleFiles) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> elsewhere = new HashMap<>();
        otherRuleFiles.forEach((name, other) -> RuleCatalogue.ruleComments(other)
                .forEach(c -> elsewhere.putIfAbsent(c.id(), Messages.get("ruleEditor.otherFileLine", name, c.line()))));
        for (RuleCatalogue.Problem p : RuleCatalogue.oclDocumentProblems(packages, source, text)) {
            findings.add(new Finding(true, Math.max(p.line(), 1), Math.max(p.column(), 1), 1,
                    Messages.get("ruleEditor.problem", p.message())));
        }
        Map<String, Integer> ids = new HashMap<>();
        for (RuleCatalogue.RuleComment c : RuleCatalogue.ruleComments(text)) {
            Integer first = ids.putIfAbsent(c.id(), c.line());
            if (first != null) {
                findings.add(new Finding(true, c.line(), c.idColumn(), c.id().length(),
                        Messages.get("ruleEditor.duplicateId", c.id(), first)));
            } else if (elsewhere.containsKey(c.id())) {
                findings.add(new Finding(true, c.line(), c.idColumn(), c.id().length(),
                        Messages.get("ruleEditor.duplicateIdElsewhere", c.id(), elsewhere.get(c.id()))));
            } else if (RuleCatalogue.builtIn().isLoaded(c.id())) {
                findings.add(new Finding(true, c.line(), c.idColumn(), c.id().length(),
                        Messages.get("ruleEditor.builtInId", c.id())));
            }
            Set<String> seen = new HashSet<>();
            for (RuleCatalogue.RuleComment.Entry e : c.entries()) {
                if (!RuleCatalogue.ruleCommentKeys().contains(e.key())) {
                    findings.add(new Finding(false, c.line(), e.column(), e.key().length(),
                            Messages.get("ruleEditor.unknownKey", e.key(),
                                    String.join(", ", RuleCatalogue.ruleCommentKeys()))));
                } else if (!seen.add(e.key())) {
                    findings.add(new Finding(false, c.line(), e.column(), e.key().length(),
                            Messages.get("ruleEditor.repeatedKey", e.key())));
                } else if ("severity".equals(e.key()) && Severity.parse(e.value()) == null) {
                    findings.add(new Finding(true, c.line(), e.column(), e.key().length() + 1 + e.value().length(),
                            Messages.get("ruleEditor.badSeverity", e.value())));
                }
            }
        }
        return findings;
    }
}

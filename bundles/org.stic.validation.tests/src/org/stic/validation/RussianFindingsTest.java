package org.stic.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/** The rule catalogue in Russian: every rule's texts exist, keep their placeholders, and findings read in Russian. */
class RussianFindingsTest {

    private final RuleCatalogue catalogue = RuleCatalogue.builtIn();

    @Test
    void everyBuiltInRuleHasRussianTitleMessageAndRationaleWithTheSamePlaceholders() {
        List<String> offenders = new ArrayList<>();
        for (Rule rule : catalogue.rules()) {
            String title = catalogue.title(rule, Language.RU);
            String message = catalogue.messageTemplate(rule, Language.RU);
            String rationale = catalogue.rationale(rule, Language.RU);
            for (String text : List.of(title, message, rationale)) {
                if (!cyrillic(text)) {
                    offenders.add(rule.id() + " not in Russian: " + text);
                }
            }
            if (!placeholders(message).equals(placeholders(rule.messageTemplate()))) {
                offenders.add(rule.id() + " placeholders differ: " + message);
            }
        }
        assertEquals(new TreeSet<>(catalogue.translatedRuleIds(Language.EN)), catalogue.translatedRuleIds(Language.RU),
                "the Russian catalogue names exactly the rules of the English one");
        assertTrue(offenders.isEmpty(), String.join("\n", offenders));
    }

    @Test
    void findingsReadInRussianWithRussianLabelsAndPaths() {
        CleanCluster m = new CleanCluster();
        m.action.getSupportingResources().clear();
        List<Finding> findings = SticValidator.builtIn().validate(m.cluster, RuleSettings.defaults(), Language.RU);
        Finding int001 = findings.stream().filter(f -> f.ruleId().equals("INT-001")).findFirst().orElseThrow();
        assertEquals("Ключевое действие «Prototype testing» не опирается ни на один ключевой ресурс: свяжите с ним"
                + " ресурсы (оборудование, кадры, финансирование ...), без которых его не выполнить.", int001.message());
        assertEquals("Kaluga pharma / Внутренний контур / Prototype testing", int001.path(Vocabulary.of(Language.RU)));
        Finding rdy001 = findings.stream().filter(f -> f.ruleId().equals("RDY-001")).findFirst().orElseThrow();
        assertEquals("Потребность сегмента «Access to GMP labs» не покрыта цепочкой готовности «потребность →"
                + " ценностное предложение → ключевое действие → ключевой ресурс»: ни одно ключевое действие, реализующее"
                + " ее ценностные предложения, не обеспечено ключевым ресурсом.", rdy001.message());
        findings.forEach(f -> assertTrue(cyrillic(f.message()), f.message()));
    }

    /** A project's catalogue (the built-in rules plus its OCL rule files) keeps the built-in rules' Russian texts. */
    @Test
    void userRulesLeaveTheBuiltInRulesRussian() {
        RuleCatalogue builtIn = RuleCatalogue.builtIn();
        RuleCatalogue project = builtIn.withOclDocuments(org.eclipse.emf.ecore.EPackage.Registry.INSTANCE,
                java.util.Map.of("methodology.ocl", "package stic\ncontext Cluster\n-- @rule USR-001\n"
                        + "inv named: not self.name.oclIsUndefined()\nendpackage\n"));
        assertTrue(project.rule("USR-001").isPresent(), "the user rule is read: " + project.problems());
        Rule int001 = project.rule("INT-001").orElseThrow();
        assertEquals(builtIn.title(int001, Language.RU), project.title(int001, Language.RU));
        assertEquals("Ключевое действие опирается хотя бы на один обеспечивающий ключевой ресурс.",
                project.title(int001, Language.RU));
        assertEquals(builtIn.messageTemplate(int001, Language.RU), project.messageTemplate(int001, Language.RU));
    }

    @Test
    void englishFindingsStayEnglish() {
        CleanCluster m = new CleanCluster();
        m.action.getSupportingResources().clear();
        SticValidator.builtIn().validate(m.cluster, RuleSettings.defaults(), Language.EN)
                .forEach(f -> assertTrue(!cyrillic(f.message()), f.message()));
    }

    private static boolean cyrillic(String text) {
        return text != null && text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    private static TreeSet<String> placeholders(String template) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}

package org.stic.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.junit.jupiter.api.Test;
import org.stic.ActionKind;
import org.stic.Interaction;
import org.stic.InteractionKind;
import org.stic.KeyAction;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.SticFactory;
import org.stic.SticPackage;

/** The one vocabulary in both languages, and how each language writes dates, numbers and money. */
class VocabularyTest {

    private final Vocabulary en = Vocabulary.of(Language.EN);
    private final Vocabulary ru = Vocabulary.of(Language.RU);

    @Test
    void classesHaveSingularAndPluralNamesInBothLanguages() {
        EClass keyAction = SticPackage.Literals.KEY_ACTION;
        assertEquals("Key Action", en.type(keyAction));
        assertEquals("Key Actions", en.types(keyAction));
        assertEquals("Ключевое действие", ru.type(keyAction));
        assertEquals("Ключевые действия", ru.types(keyAction));
        assertEquals("Участник кластера", ru.type(SticPackage.Literals.PARTICIPANT));
        assertEquals("Потоки доходов", ru.types(SticPackage.Literals.REVENUE_STREAM));
    }

    @Test
    void featuresAndLiteralsAreWordsOfTheLanguage() {
        assertEquals("Supporting Resources", en.feature(SticPackage.Literals.KEY_ACTION__SUPPORTING_RESOURCES));
        assertEquals("Обеспечивающие ресурсы", ru.feature(SticPackage.Literals.KEY_ACTION__SUPPORTING_RESOURCES));
        assertEquals("R&D support", en.literal(ActionKind.RD_SUPPORT));
        assertEquals("поддержка НИОКР", ru.literal(ActionKind.RD_SUPPORT));
        assertEquals("специализированная организация кластера", ru.literal(ParticipantKind.CLUSTER_ORGANISATION));
        assertEquals("предприятие ОПК, вуз",
                ru.literals(List.of(ParticipantKind.DEFENCE_INDUSTRY_ENTERPRISE, ParticipantKind.UNIVERSITY)));
    }

    @Test
    void labelsOfUnnamedElementsAndInteractionsFollowTheLanguage() {
        KeyAction unnamed = SticFactory.eINSTANCE.createKeyAction();
        assertEquals("(unnamed Key Action)", en.label(unnamed));
        assertEquals("(Ключевое действие без наименования)", ru.label(unnamed));
        Participant university = SticFactory.eINSTANCE.createParticipant();
        university.setName("КФ МГТУ");
        Interaction interaction = SticFactory.eINSTANCE.createInteraction();
        interaction.setSource(university);
        interaction.setKind(InteractionKind.KNOWLEDGE_TRANSFER);
        assertEquals("КФ МГТУ → ? (трансфер знаний)", ru.label(interaction));
        KeyAction named = SticFactory.eINSTANCE.createKeyAction();
        named.setName("Испытания");
        assertEquals("Ключевое действие «Испытания»", ru.typed(named));
        assertEquals("Key action 'Испытания'", en.typed(named));
        assertEquals("Segment need", en.typeInSentence(SticPackage.Literals.SEGMENT_NEED));
    }

    @Test
    void anExtensionClassIsNamedByItself() {
        EClass technopark = EcoreFactory.eINSTANCE.createEClass();
        technopark.setName("Technopark");
        assertEquals("Technopark", ru.type(technopark));
        assertEquals("Technopark", en.types(technopark));
    }

    /** Every class, feature and literal of the metamodel has its Russian and English name, plurals included. */
    @Test
    void everyMetamodelNameExistsInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (EClassifier classifier : SticPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass c) {
                for (Vocabulary v : List.of(en, ru)) {
                    check(missing, v, c.getName(), v.type(c));
                    check(missing, v, c.getName() + " (plural)", v.types(c));
                    for (EStructuralFeature f : c.getEStructuralFeatures()) {
                        check(missing, v, c.getName() + "." + f.getName(), v.feature(f));
                    }
                }
            } else if (classifier instanceof EEnum e) {
                for (EEnumLiteral l : e.getELiterals()) {
                    String english = en.literal(l.getInstance());
                    if (english.equals(l.getName()) && l.getName().length() > 3) {
                        missing.add("en: " + e.getName() + "." + l.getName() + " has no words");
                    }
                    if (ru.literal(l.getInstance()).equals(english) && english.chars().anyMatch(Character::isLetter)) {
                        missing.add("ru: " + e.getName() + "." + l.getName() + " is not translated");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    private static void check(List<String> missing, Vocabulary v, String what, String name) {
        boolean cyrillic = name.chars().anyMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC);
        if (v.language() == Language.RU != cyrillic) {
            missing.add(v.language().code() + ": " + what + " reads '" + name + "'");
        }
    }

    @Test
    void datesNumbersAndMoneyAreWrittenAsEachLanguageWritesThem() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        assertEquals("7 декабря 2026 г.", Language.RU.date(day));
        assertEquals("7 December 2026", Language.EN.date(day));
        assertEquals("1\u00A0234,5\u00A0\u20BD", Language.RU.money(new BigDecimal("1234.50"), "RUB"));
        assertEquals("\u20BD1,234.5", Language.EN.money(new BigDecimal("1234.5"), "RUB"));
        assertEquals("12\u00A0000\u00A0EUR", Language.RU.money(new BigDecimal("12000"), "EUR"));
        assertEquals("-3,25", Language.RU.number(new BigDecimal("-3.25")));
    }

    @Test
    void theLanguageComesFromTheEnvironmentAsPosixProgramsReadIt() {
        assertEquals(Language.RU, Language.fromEnvironment(Map.of("LANG", "ru_RU.UTF-8")));
        assertEquals(Language.EN, Language.fromEnvironment(Map.of("LC_ALL", "C", "LANG", "ru_RU.UTF-8")));
        assertEquals(Language.RU, Language.fromEnvironment(Map.of("LC_ALL", "ru_RU", "LANG", "en_GB.UTF-8")));
        assertEquals(Language.EN, Language.fromEnvironment(Map.of()));
        assertEquals(Language.EN, Language.fromEnvironment(Map.of("LANG", "de_DE.UTF-8")));
    }

    @Test
    void countedTextsTakeTheRussianFormOfTheirNumber() {
        MessageBundle texts = new MessageBundle(VocabularyTest.class, "org/stic/model/edit/counted");
        assertEquals("1 finding", texts.count(Language.EN, "findings", 1));
        assertEquals("2 findings", texts.count(Language.EN, "findings", 2));
        assertEquals("1 замечание", texts.count(Language.RU, "findings", 1));
        assertEquals("3 замечания", texts.count(Language.RU, "findings", 3));
        assertEquals("11 замечаний", texts.count(Language.RU, "findings", 11));
        assertEquals("21 замечание", texts.count(Language.RU, "findings", 21));
        assertEquals("1\u00A0024 замечания в модели «К»", texts.count(Language.RU, "findingsIn", 1024, "К"));
    }
}

package org.stic.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.service.localization.BundleLocalization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.stic.design.Activator;
import org.stic.design.DesignServices;
import org.stic.InteractionKind;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * The Sirius design speaks English and Russian: its labels and end-user documentation are {@code %keys}, both
 * properties files the built bundle ships hold every key, the Russian is Russian, every label resolves through the
 * OSGi bundle localization (what Sirius's {@code MessageTranslator} reads, via {@code Platform.getResourceBundle}),
 * and what the design calls things is what the product calls them. The design is read with plain EMF against
 * Sirius's metamodels, as the other design checks read it.
 */
class DesignTranslationTest {

    @TempDir
    Path folder;

    private SiriusMetamodels sirius;
    private DesignTexts texts;
    private Map<String, String> english;
    private Map<String, String> russian;

    @BeforeEach
    void load() throws IOException {
        sirius = SiriusMetamodels.fromSystemProperty();
        Resource design = DesignFiles.load(sirius, folder, DesignFiles.shippedText());
        assertEquals(List.of(), design.getErrors(), "load errors");
        texts = new DesignTexts(design);
        english = shipped("plugin.properties");
        russian = shipped("plugin_ru.properties");
    }

    @Test
    void everyLabelAndEndUserDocumentationIsAKey() {
        assertTrue(texts.userTexts().size() >= 76, "the design's labels were not all found: " + texts.userTexts().size());
        assertNone(texts.literalTexts());
    }

    @Test
    void everyKeyIsInBothPropertiesFiles() {
        assertNone(texts.missingKeys("plugin.properties", english));
        assertNone(texts.missingKeys("plugin_ru.properties", russian));
    }

    @Test
    void everyRussianTextIsThereAndRussian() {
        assertNone(DesignTexts.russianProblems(english, russian));
    }

    @Test
    void everyLabelResolvesThroughTheBundleLocalization() {
        List<String> problems = new ArrayList<>();
        texts.userTexts().forEach((where, key) -> {
            for (Language language : Language.values()) {
                String shown = resolve(key, language);
                if (shown == null || shown.isBlank() || shown.startsWith("%")) {
                    problems.add(where + " = " + key + " (" + language.code() + ") does not resolve: " + shown);
                } else if (language == Language.RU && !shown.matches(".*\\p{IsCyrillic}.*")) {
                    problems.add(where + " = " + key + " (ru) resolves to '" + shown + "'");
                }
            }
        });
        assertNone(problems);
        assertEquals("Ключевой ресурс", resolve("%node.keyResource", Language.RU));
        assertEquals("Key resource", resolve("%node.keyResource", Language.EN));
    }

    @Test
    void theBundleHeadersAreTranslatedToo() {
        Bundle bundle = DesignFiles.designBundle();
        assertEquals("STIC Sirius Design", bundle.getHeaders("en").get(Constants.BUNDLE_NAME));
        assertEquals(russian.get("pluginName"), bundle.getHeaders("ru").get(Constants.BUNDLE_NAME));
        assertTrue(russian.get("pluginName").matches(".*\\p{IsCyrillic}.*"));
    }

    @Test
    void theDesignNamesThingsAsTheProductDoes() {
        for (Language language : Language.values()) {
            assertNone(texts.agreementProblems(language, DesignTranslationTest::resolve));
        }
    }

    @Test
    void plantedTextDefectsAreFound() throws IOException {
        String shipped = DesignFiles.shippedText();

        String literal = shipped.replaceFirst("label=\"%node.keyAction\"", "label=\"Key action\"");
        List<String> found = new DesignTexts(DesignFiles.load(sirius,
                Files.createDirectories(folder.resolve("literal")), literal)).literalTexts();
        assertTrue(found.stream().anyMatch(p -> p.contains("KeyActionNode.label = 'Key action' is not a %key")), found.toString());

        Map<String, String> incomplete = new TreeMap<>(russian);
        incomplete.remove("edge.hasNeed");
        found = texts.missingKeys("plugin_ru.properties", incomplete);
        assertTrue(found.stream().anyMatch(p -> p.contains("'%edge.hasNeed' is not in plugin_ru.properties")), found.toString());
        found = DesignTexts.russianProblems(english, incomplete);
        assertTrue(found.contains("edge.hasNeed: no Russian text"), found.toString());

        Map<String, String> copied = new TreeMap<>(russian);
        copied.put("section.links", english.get("section.links"));
        found = DesignTexts.russianProblems(english, copied);
        assertTrue(found.contains("section.links: 'Links' is not Russian"), found.toString());

        String englishTitle = shipped.replaceFirst("labelExpression=\"aql:self.sticText\\('region.goals'\\)\"",
                "labelExpression=\"aql:'Goals and indicators'\"");
        assertFalse(englishTitle.equals(shipped));
        found = new DesignTexts(DesignFiles.load(sirius, Files.createDirectories(folder.resolve("english-title")),
                englishTitle)).literalExpressionTexts(Activator.PLUGIN_ID);
        assertTrue(found.stream().anyMatch(p -> p.contains("shows 'Goals and indicators' as it stands")), found.toString());

        Map<String, String> noTitle = new TreeMap<>(russian);
        noTitle.remove("title.network");
        found = texts.missingKeys("plugin_ru.properties", noTitle);
        assertTrue(found.stream().anyMatch(p -> p.contains("sticText('title.network') is not in plugin_ru.properties")),
                found.toString());

        // a tool that names what it creates otherwise than its mapping does
        String misnamed = shipped.replaceFirst("name=\"CreateKeyAction\" label=\"%node.keyAction\"",
                "name=\"CreateKeyAction\" label=\"%node.keyResource\"");
        assertFalse(misnamed.equals(shipped));
        found = new DesignTexts(DesignFiles.load(sirius,
                Files.createDirectories(folder.resolve("misnamed")), misnamed)).agreementProblems(Language.RU, DesignTranslationTest::resolve);
        assertTrue(found.stream().anyMatch(p -> p.contains("CreateKeyAction (ru): 'Ключевой ресурс', the product says 'Ключевое действие'")),
                found.toString());
    }

    @Test
    void everyTextAnExpressionShowsComesFromTheTextService() {
        assertNone(texts.literalExpressionTexts(Activator.PLUGIN_ID));
    }

    @Test
    void theTextServiceSpeaksTheWorkbenchsLanguageAndRussian() {
        // as Sirius calls it: the running platform's language
        String nl = Platform.getNL();
        assertEquals(DesignServices.text(localization(nl), "title.both", "Калужский кластер"),
                new DesignServices().sticText(null, "title.both", "Калужский кластер"), "in " + nl);
        assertEquals(localization(nl).getString("edge.supports"), new DesignServices().sticText(null, "edge.supports"));
        ResourceBundle ru = localization("ru");
        assertEquals("Центр трансляционной медицины [планируется]",
                DesignServices.text(ru, "note.planned", "Центр трансляционной медицины"));
        assertEquals("Бизнес-модель: Калужский кластер", DesignServices.text(ru, "title.both", "Калужский кластер"));
        assertEquals("обеспечивает", DesignServices.text(ru, "edge.supports"));
        assertEquals("Business model of Kaluga cluster", DesignServices.text(localization("en"), "title.both", "Kaluga cluster"));
    }

    @Test
    void theLiteralServiceNamesAnInteractionsKindAsTheVocabularyDoes() {
        Language running = Language.of(Locale.forLanguageTag(Platform.getNL().replace('_', '-')));
        String shown = new DesignServices().sticLiteral(InteractionKind.COOPERATION);
        assertEquals(Vocabulary.of(running).literal(InteractionKind.COOPERATION), shown, "in " + Platform.getNL());
        assertFalse(shown.equals(InteractionKind.COOPERATION.getLiteral()), "a word, not the literal's id: " + shown);
    }

    /** A label as Sirius shows it in {@code language}: a %key looked up in the design bundle's localization. */
    static String resolve(String label, Language language) {
        if (label == null || !label.startsWith("%")) {
            return label;
        }
        try {
            ResourceBundle bundle = localization(language.code());
            return bundle == null ? null : bundle.getString(label.substring(1));
        } catch (MissingResourceException missing) {
            return null;
        }
    }

    /** The design bundle's texts in {@code locale}, through the OSGi bundle localization (what Sirius reads). */
    static ResourceBundle localization(String locale) {
        // the framework's classes have no bundle of their own here; ask through the runtime bundle (active: it runs the tests)
        BundleContext context = FrameworkUtil.getBundle(Platform.class).getBundleContext();
        ServiceReference<BundleLocalization> reference = context.getServiceReference(BundleLocalization.class);
        assertNotNull(reference, "no bundle localization service");
        try {
            return context.getService(reference).getLocalization(DesignFiles.designBundle(), locale);
        } finally {
            context.ungetService(reference);
        }
    }

    /** A properties file of the built design bundle, read as UTF-8 (as Java reads resource bundles). */
    private static Map<String, String> shipped(String name) throws IOException {
        URL entry = DesignFiles.designBundle().getEntry(name);
        assertNotNull(entry, name + " is not in the built bundle: build.properties must ship it");
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(entry.openStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    private static void assertNone(List<String> problems) {
        assertEquals("", String.join("\n", problems), problems.size() + " problem(s)");
    }
}

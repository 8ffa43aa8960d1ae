package org.stic.model.edit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The translation is complete, over the whole repository's sources (this test reads them from the checkout it is
 * built in): every text file of every bundle has its Russian variant with every key, in Russian; every key is used;
 * and no user-facing English sentence is left in Java code outside the message files. Each check fails with the
 * list of offenders.
 */
class TranslationCompletenessTest {

    /** The checkout: this fragment is built in bundles/org.stic.model.edit.tests. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Path BUNDLES = ROOT.resolve("bundles");
    private static final Path FEATURES = ROOT.resolve("features");
    /** The p2 repository's project: category.xml and its labels' site.properties / site_ru.properties. */
    private static final Path REPOSITORY = ROOT.resolve("releng/org.stic.repository");

    /** Russian values that may equal the English one: no words, only placeholders, symbols and ids. */
    private static final Pattern NO_WORDS = Pattern.compile("[^A-Za-z]*|.*\\{\\d}.*[^A-Za-z]*");

    /** Keys whose text is the same in both languages: the product's and vendor's names, a command line, a unit sign. */
    private static final Set<String> SAME_IN_BOTH = Set.of("providerName", "productName", "category.stic",
            "wizards.category", "stic.new.usage.customSynopsis.0", "_UI_QuantityUnit_PERCENT_literal");

    @Test
    void everyTextFileHasARussianVariantWithEveryKeyInRussian() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path english : textFiles()) {
            Path russian = english.resolveSibling(english.getFileName().toString().replace(".properties", "_ru.properties"));
            if (!Files.exists(russian)) {
                offenders.add(relative(english) + ": no " + russian.getFileName());
                continue;
            }
            Map<String, String> en = read(english);
            Map<String, String> ru = new TreeMap<>(read(russian));
            if (english.getFileName().toString().equals("vocabulary.properties")) {
                // the Russian literals live beside the Russian class and feature names
                ru.putAll(read(english.resolveSibling("plugin_ru.properties")));
            }
            for (Map.Entry<String, String> e : en.entrySet()) {
                String value = ru.get(e.getKey());
                if (value == null) {
                    offenders.add(relative(russian) + ": missing " + e.getKey());
                } else if (!e.getValue().isBlank() && !cyrillic(value) && !NO_WORDS.matcher(e.getValue()).matches()
                        && !SAME_IN_BOTH.contains(e.getKey())) {
                    offenders.add(relative(russian) + ": " + e.getKey() + " is not Russian: " + value);
                }
            }
            Set<String> stale = new TreeSet<>(ru.keySet());
            stale.removeAll(en.keySet());
            if (!isGeneratedVocabulary(english) && !english.getFileName().toString().equals("vocabulary.properties")) {
                stale.forEach(k -> offenders.add(relative(russian) + ": " + k + " is not in " + english.getFileName()));
            }
        }
        assertTrue(offenders.isEmpty(), "untranslated texts:\n" + String.join("\n", offenders));
    }

    @Test
    void everyMessageKeyIsUsed() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path english : textFiles()) {
            String name = english.getFileName().toString();
            if (!name.equals("messages.properties")) {
                continue; // plugin.properties: %keys checked below; help: picocli's keys; vocabulary: VocabularyTest
            }
            Path bundle = bundleOf(english);
            String code = javaSources(bundle).map(TranslationCompletenessTest::readQuietly)
                    .collect(Collectors.joining("\n"));
            for (String key : read(english).keySet()) {
                if (!used(key, code)) {
                    offenders.add(relative(english) + ": " + key + " is used nowhere in " + bundle.getFileName());
                }
            }
        }
        List<Path> localized = Files.list(BUNDLES).filter(b -> Files.exists(b.resolve("plugin.xml"))
                || Files.exists(b.resolve("plugin.properties"))).sorted().toList();
        for (Path pluginXml : localized.stream().map(b -> b.resolve("plugin.xml")).toList()) {
            Path properties = pluginXml.resolveSibling("plugin.properties");
            String xml = (Files.exists(pluginXml) ? Files.readString(pluginXml) : "")
                    + Files.readString(pluginXml.resolveSibling("META-INF/MANIFEST.MF")) + siriusDesigns(pluginXml.getParent());
            Matcher m = Pattern.compile("%([\\w.]+)").matcher(xml);
            Set<String> referenced = new TreeSet<>();
            while (m.find()) {
                referenced.add(m.group(1));
            }
            Map<String, String> keys = Files.exists(properties) ? read(properties) : Map.of();
            referenced.stream().filter(k -> !keys.containsKey(k))
                    .forEach(k -> offenders.add(relative(pluginXml) + ": %" + k + " has no text in plugin.properties"));
            if (!isGeneratedVocabulary(properties)) {
                keys.keySet().stream().filter(k -> !referenced.contains(k))
                        .forEach(k -> offenders.add(relative(properties) + ": " + k + " is used nowhere"));
            }
            if (!referenced.isEmpty() && Files.exists(pluginXml) && Files.readString(pluginXml).matches("(?s).*\\s(label|name|description|tooltip)=\"[A-Z][^%\"]*\".*")) {
                offenders.add(relative(pluginXml) + ": a label, name, description or tooltip not given as %key");
            }
        }
        for (Path feature : features()) {
            keysInStep(feature.resolve("feature.xml"), Pattern.compile("%([\\w.]+)"), feature.resolve("feature.properties"),
                    offenders);
        }
        keysInStep(REPOSITORY.resolve("category.xml"), Pattern.compile("=\"%([\\w.]+)\""),
                REPOSITORY.resolve("site.properties"), offenders);
        if (Pattern.compile("<category-def [^>]*label=\"[^%]").matcher(Files.readString(REPOSITORY.resolve("category.xml"))).find()) {
            offenders.add(relative(REPOSITORY.resolve("category.xml")) + ": a category label not given as %key");
        }
        assertTrue(offenders.isEmpty(), "unused or missing keys:\n" + String.join("\n", offenders));
    }

    /** Every %key {@code xml} names has its text in {@code properties}, and every text there is named. */
    private static void keysInStep(Path xml, Pattern key, Path properties, List<String> offenders) throws IOException {
        Map<String, String> keys = read(properties);
        Set<String> referenced = new TreeSet<>();
        Matcher m = key.matcher(Files.readString(xml));
        while (m.find()) {
            referenced.add(m.group(1));
        }
        referenced.stream().filter(k -> !keys.containsKey(k)).forEach(k -> offenders.add(
                relative(xml) + ": %" + k + " has no text in " + properties.getFileName()));
        keys.keySet().stream().filter(k -> !referenced.contains(k)).forEach(k -> offenders.add(
                relative(properties) + ": " + k + " is used nowhere"));
    }

    /**
     * What the install dialogs and About > Installation Details show: every product bundle's name and vendor, and every
     * feature's label, provider and description, come from their properties files (in Russian too, checked above).
     * model.edit keeps its literal name: its localization file is the one EMF generates, which would call it "Stic
     * Edit Support".
     */
    @Test
    void everyBundleAndFeatureNameIsTranslatable() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(BUNDLES)) {
            for (Path bundle : bundles.filter(b -> !isTestBundle(b) && !b.getFileName().toString().equals("org.stic.model.edit"))
                    .sorted().toList()) {
                String manifest = Files.readString(bundle.resolve("META-INF/MANIFEST.MF"));
                for (String header : List.of("Bundle-Name", "Bundle-Vendor")) {
                    if (!Pattern.compile("(?m)^" + header + ": %\\w+").matcher(manifest).find()) {
                        offenders.add(relative(bundle) + ": " + header + " is not a %key");
                    }
                }
                if (!manifest.contains("Bundle-Localization: plugin")
                        || !Files.readString(bundle.resolve("build.properties")).contains("plugin_ru.properties")) {
                    offenders.add(relative(bundle) + ": no Bundle-Localization: plugin, or plugin_ru.properties not shipped");
                }
            }
        }
        for (Path feature : features()) {
            String xml = Files.readString(feature.resolve("feature.xml"));
            if (!xml.matches("(?s).*\\slabel=\"%\\w+\".*") || !xml.matches("(?s).*\\sprovider-name=\"%\\w+\".*")
                    || !xml.matches("(?s).*<description>\\s*%\\w+\\s*</description>.*")) {
                offenders.add(relative(feature) + ": label, provider-name or description not given as %key");
            }
            if (!Files.readString(feature.resolve("build.properties")).contains("feature_ru.properties")) {
                offenders.add(relative(feature) + ": feature_ru.properties not shipped");
            }
        }
        assertTrue(offenders.isEmpty(), "names not translatable:\n" + String.join("\n", offenders));
    }

    /**
     * The files the platform reads as ISO-8859-1 are pure ASCII (Cyrillic as {@code \\uXXXX}), so that p2 (which reads
     * plugin and feature properties that way into the repository's content.xml, and so into every install dialog) and
     * Equinox at run time read the same names: every bundle's plugin*.properties, every feature's feature*.properties,
     * the p2 categories' site*.properties, and every file of the platform's NL fragments (Eclipse NLS message files
     * among them). Our own message files (messages, help, vocabulary, documentation) are read as UTF-8 by our code and
     * stay readable.
     */
    @Test
    void filesThePlatformReadsAreAscii() throws IOException {
        List<String> offenders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(BUNDLES, FEATURES, ROOT.resolve("nl"), REPOSITORY)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/"))
                        .filter(p -> p.getFileName().toString().matches(
                                root.endsWith("nl") ? ".*\\.properties" : "(plugin|feature|site)(_\\w+)?\\.properties"))
                        .sorted().forEach(files::add);
            }
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                } else if (bytes[i] < 0) {
                    offenders.add(relative(file) + ":" + line + ":" + (i - lineStart + 1)
                            + ": a byte that is not ASCII; write the text as \\u escapes (releng/escape-properties.py)");
                    break;
                }
            }
        }
        assertTrue(files.size() > 30, "found only " + files.size() + " files under " + ROOT);
        assertTrue(offenders.isEmpty(), "files p2 reads as ISO-8859-1 hold other characters:\n" + String.join("\n", offenders));
    }

    /**
     * No English sentence in Java code outside the message files: a string literal of two or more words is a text
     * people read, except (the allow-list) exceptions that only signal a programming error, log lines, and ids.
     */
    @Test
    void noUserFacingEnglishLiteralIsLeftInJavaCode() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        Map<String, List<String>> examples = new TreeMap<>();
        try (Stream<Path> bundles = Files.list(BUNDLES)) {
            for (Path bundle : bundles.filter(b -> !isTestBundle(b)).sorted().toList()) {
                for (Path java : javaSources(bundle).toList()) {
                    List<String> sentences = sentences(Files.readString(java));
                    if (!sentences.isEmpty()) {
                        String key = BUNDLES.relativize(java).toString().replace('\\', '/');
                        found.put(key, sentences.size());
                        examples.put(key, sentences);
                    }
                }
            }
        }
        List<String> offenders = new ArrayList<>();
        found.forEach((file, count) -> offenders.add(file + ": " + count + " English sentence(s), e.g. "
                + examples.get(file).subList(0, Math.min(3, count))));
        assertTrue(offenders.isEmpty(), "English texts outside the message files (use the bundle's Messages and its"
                + " messages.properties / messages_ru.properties):\n" + String.join("\n", offenders));
    }

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern SENTENCE = Pattern.compile("[A-Za-z][a-z]+[,:;]?\\s+(?:[\\w'()-]+\\s+)*[a-z][a-z]+.*");
    /** A title-case label: "Arrange &All", "Delete from Model". */
    private static final Pattern LABEL = Pattern.compile(
            "&?[A-Z][a-z]+(?:\\s+(?:&?[A-Z][a-z]+|to|of|the|and|from|in|on|a))*\\s+&?[A-Z][a-z]+\\.{0,3}");
    /** Lines whose literals are not read by users: programming errors, logs, annotations' ids, tests of ids. */
    private static final Pattern ALLOWED_LINE = Pattern.compile(
            "IllegalStateException|IllegalArgumentException|UnsupportedOperationException|AssertionError"
                    + "|NullPointerException|\\bLOG\\b|\\blog\\(|ILog|Platform\\.getLog|getLog\\(\\)|System\\.getProperty"
                    + "|@SuppressWarnings|\\.getString\\(\"_UI_"
                    // the diagram contract's declarations (EdgeType, compared with the Sirius design), not texts
                    + "|SticPackage\\.Literals\\."
                    // a text measured to calibrate the diagram fonts, never shown
                    + "|\\bFONT_SAMPLE =");

    static List<String> sentences(String source) {
        String code = stripComments(source);
        List<String> sentences = new ArrayList<>();
        for (String line : code.split("\n")) {
            if (ALLOWED_LINE.matcher(line).find()) {
                continue;
            }
            Matcher m = LITERAL.matcher(line);
            while (m.find()) {
                String text = m.group(1);
                if ((SENTENCE.matcher(text).matches() || LABEL.matcher(text).matches()) && !text.contains("://") && !text.startsWith("org.")
                        && !text.startsWith("stic ")
                        && !text.matches(".*\\b(select|from|where)\\b.*\\b(self|->)\\b.*")) {
                    sentences.add(text);
                }
            }
        }
        return sentences;
    }

    private static String stripComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '"' && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                out.append(source, i, Math.min(end + 1, source.length()));
                i = end + 1;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                String comment = source.substring(i, end < 0 ? source.length() : end);
                comment.chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end < 0 ? source.length() : end + 2;
            } else if (c == '\'' && i + 2 < source.length()) {
                int end = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 2 : 1) + 1);
                out.append(source, i, end < 0 ? i + 1 : end + 1);
                i = end < 0 ? i + 1 : end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * A key is used when the code names it, or builds it: a literal prefix joined to a value ("readiness.status." +
     * id), or a literal first part joined to a literal rest ({@code verb.key + ".title"} with "delete" a literal).
     */
    private static boolean used(String key, String code) {
        if (code.contains("\"" + key + "\"")) {
            return true;
        }
        for (int i = 1; i < key.length(); i++) {
            String head = key.substring(0, i);
            String tail = key.substring(i);
            if (code.contains("\"" + head + "\" +")
                    || code.contains("+ \"" + tail + "\"") && code.contains("\"" + head + "\"")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The %keys of a bundle's Sirius designs (description/*.odesign), which Sirius resolves in plugin.properties (whole
     * attribute values only, since the designs' own references escape spaces as %20), and the keys their expressions
     * give the design's text service, {@code self.sticText('key')}.
     */
    private static String siriusDesigns(Path bundle) throws IOException {
        Path description = bundle.resolve("description");
        if (!Files.isDirectory(description)) {
            return "";
        }
        try (Stream<Path> files = Files.list(description)) {
            StringBuilder text = new StringBuilder();
            for (Path design : files.filter(f -> f.toString().endsWith(".odesign")).sorted().toList()) {
                Matcher key = Pattern.compile("=\"(%[\\w.]+)\"|sticText\\('([\\w.]+)'").matcher(Files.readString(design));
                while (key.find()) {
                    text.append(' ').append(key.group(1) != null ? key.group(1) : "%" + key.group(2));
                }
            }
            return text.toString();
        }
    }

    /** The English text files of all bundles (messages, help, plugin and vocabulary properties) and features. */
    private static List<Path> textFiles() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(BUNDLES)) {
            files.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/"))
                    .filter(p -> !isTestBundle(bundleOf(p)))
                    .filter(p -> p.getFileName().toString().matches("(messages|help|plugin|vocabulary)\\.properties"))
                    .forEach(found::add);
        }
        for (Path feature : features()) {
            found.add(feature.resolve("feature.properties"));
        }
        found.add(REPOSITORY.resolve("site.properties"));
        return found.stream().sorted().toList();
    }

    /** The folders of the features (features/*), each with its feature.xml. */
    private static List<Path> features() throws IOException {
        try (Stream<Path> folders = Files.list(FEATURES)) {
            return folders.filter(f -> Files.exists(f.resolve("feature.xml"))).sorted().toList();
        }
    }

    /** Test fragments and the test-support bundle: their texts are read by developers, not users. */
    private static boolean isTestBundle(Path bundle) {
        String name = bundle.getFileName().toString();
        return name.endsWith(".tests") || name.contains(".tests.");
    }

    /** model.edit's plugin.properties is generated from the .ecore; its Russian variant is ahead of it. */
    private static boolean isGeneratedVocabulary(Path file) {
        return file.getFileName().toString().equals("plugin.properties")
                && bundleOf(file).getFileName().toString().equals("org.stic.model.edit");
    }

    private static Stream<Path> javaSources(Path bundle) {
        Path src = bundle.resolve("src");
        if (!Files.isDirectory(src)) {
            return Stream.empty();
        }
        try {
            return Files.walk(src).filter(p -> p.toString().endsWith(".java")).sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path bundleOf(Path file) {
        Path p = BUNDLES.relativize(file);
        return BUNDLES.resolve(p.getName(0));
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> map = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean cyrillic(String text) {
        return text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    private static String relative(Path file) {
        return ROOT.relativize(file).toString();
    }
}

package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.cli.CliRun.Result;
import org.stic.examples.Examples;

import com.google.gson.JsonParser;

/**
 * The command line in Russian and English: --lang, else LC_ALL/LC_MESSAGES/LANG; help, messages, findings and
 * reports follow it, while ids, JSON keys and SARIF's structure stay the same in both.
 */
class LanguageTest {

    private static final Map<String, String> RUSSIAN_LOCALE = Map.of("LANG", "ru_RU.UTF-8");
    private static final List<String> COMMANDS = List.of("validate", "render", "report", "new", "metamodel-doc");
    /** Latin words a Russian help keeps: commands, options, values, file names, formats, proper names. */
    private static final Pattern ENGLISH_PROSE = Pattern.compile("\\b(the|and|or|of|to|from|with|when|is|are|a)\\b");

    @TempDir
    Path dir;

    @Test
    void helpFollowsTheLocaleAndLang() {
        Result ru = CliRun.sticIn(RUSSIAN_LOCALE, "--help");
        assertEquals(0, ru.exitCode(), ru.err());
        assertTrue(ru.out().startsWith("Использование: stic"), ru.out());
        assertTrue(ru.out().contains("Команды:"), ru.out());
        assertTrue(ru.out().contains("Показать эту справку и выйти."), ru.out());
        Result en = CliRun.sticIn(RUSSIAN_LOCALE, "--lang", "en", "--help");
        assertTrue(en.out().startsWith("Usage: stic"), en.out());
        assertTrue(en.out().contains("Show this help message and exit."), en.out());
        assertEquals(ru.out(), CliRun.stic("--lang=ru", "--help").out(), "--lang=ru equals a Russian locale");
    }

    @Test
    void everyCommandsRussianHelpIsRussianProse() {
        for (String command : COMMANDS) {
            Result r = CliRun.stic("--lang", "ru", command, "--help");
            assertEquals(0, r.exitCode(), command + ": " + r.err());
            String prose = r.out().replaceAll("'[^']*'|<[^>]*>|\\S*[./=|]\\S*|--?[\\w-]+|\\b[A-Z_]+\\b", " ");
            Matcher english = ENGLISH_PROSE.matcher(prose);
            assertFalse(english.find(), command + ": English word '" + (english.find(0) ? english.group() : "")
                    + "' in\n" + r.out());
            assertTrue(r.out().contains("--lang=ru|en"), command + " takes --lang: " + r.out());
            assertTrue(r.out().contains("Показать версию и выйти."), command + ": " + r.out());
        }
    }

    @Test
    void ownUsageErrorsAreInTheLanguage() throws Exception {
        Result ru = CliRun.sticIn(RUSSIAN_LOCALE, "new", "-t", "no-such-template", "-o", dir.resolve("m.stic").toString());
        assertEquals(Cli.EXIT_USAGE, ru.exitCode());
        assertTrue(ru.err().startsWith("stic new: неизвестный шаблон 'no-such-template' (шаблоны: "), ru.err());
        assertTrue(ru.err().strip().endsWith("(см. 'stic new --help')"), ru.err());
        Result unknownLanguage = CliRun.stic("--lang", "de", "--help");
        assertEquals(Cli.EXIT_USAGE, unknownLanguage.exitCode());
        assertTrue(unknownLanguage.err().contains("unknown language 'de' (expected ru or en)"), unknownLanguage.err());
    }

    @Test
    void validateSpeaksRussianButKeepsIdsAndJsonKeys() throws Exception {
        String kaluga = Examples.path("kaluga-pharma").toString();
        Result text = CliRun.stic("validate", "--lang", "ru", kaluga);
        assertTrue(text.out().contains("ошибок: "), text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.matches(".*: (ошибка|предупреждение|сведения) [A-Z]{3}-\\d{3} \\[.*")),
                text.out());
        Result json = CliRun.stic("validate", "--lang=ru", "--format", "json", kaluga);
        var findings = JsonParser.parseString(json.out()).getAsJsonArray();
        assertTrue(findings.size() > 0);
        var first = findings.get(0).getAsJsonObject();
        assertTrue(List.of("error", "warning", "info").contains(first.get("severity").getAsString()), json.out());
        assertTrue(first.get("message").getAsString().chars()
                .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC), json.out());
        Result sarif = CliRun.stic("validate", "--lang", "ru", "--format", "sarif", kaluga);
        var run = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
        assertEquals("ru", run.get("language").getAsString());
        assertEquals("2.1.0", JsonParser.parseString(sarif.out()).getAsJsonObject().get("version").getAsString());
    }

    @Test
    void reportTakesItsOwnLanguage() throws Exception {
        String kaluga = Examples.path("kaluga-pharma").toString();
        Result r = CliRun.stic("report", kaluga, "-o", dir.resolve("ru").toString(), "--lang", "ru");
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(dir.resolve("ru/index.html"));
        assertTrue(html.contains("<html lang=\"ru\">") && html.contains("Анализ готовности"), "Russian report");
        Result en = CliRun.sticIn(RUSSIAN_LOCALE, "report", kaluga, "-o", dir.resolve("en").toString(), "--lang", "en");
        assertEquals(0, en.exitCode(), en.err());
        String english = Files.readString(dir.resolve("en/index.html"));
        assertTrue(english.contains("<html lang=\"en\">") && english.contains("Readiness analysis"), "English report");
    }
}

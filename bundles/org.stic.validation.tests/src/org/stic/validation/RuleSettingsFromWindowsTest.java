package org.stic.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model's rule settings hand-edited on Windows (issue 22): CRLF line ends, in a folder with Cyrillic and spaces. */
class RuleSettingsFromWindowsTest {

    @TempDir
    Path dir;

    @Test
    void crlfLinesGiveTheSameSettingsAndTheSamePositionsAsLfLines() throws IOException {
        String text = "# правила кластера\nINT-001 = off\n  INT-999 = error\nNET-003 = loud\nnonsense\nEXT-003 = Error\n";
        Path folder = dir.resolve("Модели кластеров/Калуга 2026");
        Files.createDirectories(folder);
        Path lf = Files.writeString(folder.resolve("lf.stic.rules"), text, StandardCharsets.UTF_8);
        Path crlf = Files.writeString(folder.resolve("crlf.stic.rules"), text.replace("\n", "\r\n"),
                StandardCharsets.UTF_8);

        RuleSettings windows = RuleSettings.load(crlf);
        assertEquals(Map.of("INT-001", "off", "INT-999", "error", "EXT-003", "error"), windows.overrides());
        List<String> problems = windows.problems(RuleCatalogue.builtIn());
        assertEquals(List.of(
                crlf + ":4:11: 'loud' for NET-003 is not one of off, on, error, warning, info",
                crlf + ":5:1: expected 'RULE-ID = off|on|error|warning|info'",
                crlf + ":3:3: unknown rule id 'INT-999': the catalogue has no such rule"), problems);
        assertEquals(RuleSettings.load(lf).problems(RuleCatalogue.builtIn()).stream()
                .map(p -> p.replace(lf.toString(), crlf.toString())).collect(Collectors.toList()), problems);
    }
}

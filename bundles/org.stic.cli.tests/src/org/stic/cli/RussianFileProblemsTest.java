package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.cli.CliRun.Result;
import org.stic.examples.Examples;

/**
 * What is wrong with a file the command line reads is said in the run's language, down to the metamodel bundle at the
 * bottom (load errors), the rule settings, the diagram file and the project settings, with the same
 * {@code file:line:column:} prefix in both languages; a Russian run leaves the next English one English.
 */
class RussianFileProblemsTest {

    @TempDir
    Path dir;

    private Path model;

    @BeforeEach
    void copyExample() throws Exception {
        model = dir.resolve("kaluga.stic");
        Files.copy(Examples.path("kaluga-pharma"), model, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aModelThatCannotBeLoadedIsRefusedInTheRunsLanguageAtItsPosition() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.stic"), "");
        Result ru = CliRun.stic("validate", "--lang", "ru", empty.toString());
        assertEquals(ValidateCommand.EXIT_LOAD_FAILURE, ru.exitCode(), ru.out() + ru.err());
        assertTrue(ru.err().contains(empty + ":1:1: файл пуст; файл .stic содержит кластер (Cluster)"), ru.err());

        Path notXml = Files.writeString(dir.resolve("broken.stic"), "<?xml version=\"1.0\"?>\n<stic:Cluster\n");
        Result broken = CliRun.stic("validate", "--lang=ru", notXml.toString());
        assertTrue(broken.err().contains(notXml + ":") && broken.err().contains("файл не является правильно построенным XML"),
                broken.err());

        Result en = CliRun.stic("validate", "--lang", "en", empty.toString());
        assertTrue(en.err().contains(empty + ":1:1: the file is empty; a .stic file holds a Cluster"), en.err());
        Result unchosen = CliRun.stic("validate", empty.toString());
        assertTrue(unchosen.err().contains("the file is empty"), "the Russian run chose for itself only: " + unchosen.err());
    }

    @Test
    void aModelOfAnUndeclaredExtensionSaysHowToDeclareItInRussian() throws Exception {
        Path file = Files.writeString(dir.resolve("ext.stic"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tp:Technopark xmlns:tp="http://example.org/technopark/1.0" name="x"/>
                """);
        Result r = CliRun.stic("validate", "--lang", "ru", file.toString());
        assertEquals(ValidateCommand.EXIT_LOAD_FAILURE, r.exitCode(), r.err());
        assertTrue(r.err().contains(file + ":2:") && r.err().contains(
                "модель использует расширение метамодели «http://example.org/technopark/1.0», которое не загружено"),
                r.err());
        assertTrue(r.err().contains("stic-project.json") && r.err().contains("--extension ФАЙЛ"), r.err());
    }

    @Test
    void ruleSettingsDiagramFilesAndProjectSettingsAreRussianToo() throws Exception {
        Files.writeString(dir.resolve("kaluga.stic.rules"), "INT-001 = maybe\nNO-SUCH-001 = off\n");
        Files.writeString(dir.resolve("kaluga.stic.diagram"), "stic-diagram 1\nbogus entry\n");
        Files.writeString(dir.resolve("stic-project.json"), "{\"extension\": []}");
        Result r = CliRun.stic("validate", "--lang", "ru", model.toString());
        Result render = CliRun.stic("render", "--lang", "ru", model.toString(), "-o", dir.resolve("k.svg").toString());
        String err = r.err() + render.err();
        assertTrue(err.contains("kaluga.stic.rules:1:11: «maybe» для INT-001 не входит в число допустимых значений"), err);
        assertTrue(err.contains("kaluga.stic.rules:2:1: неизвестный идентификатор правила «NO-SUCH-001»"), err);
        assertTrue(err.contains("kaluga.stic.diagram:2:1: неизвестная запись «bogus» (ожидается show, collapse, links, hide"
                + " или node)"), err);
        assertTrue(err.contains("stic validate: предупреждение: " + dir.resolve("stic-project.json")
                + ":1:2: неизвестный ключ «extension»"), err);
        for (String english : new String[] { "warning:", " is not one of ", "unknown rule id", "unknown entry", "unknown key" }) {
            assertFalse(err.contains(english), english + " in\n" + err);
        }
    }

    @Test
    void aNewSyntheticModelIsDescribedInTheRunsLanguage() throws Exception {
        Path ru = dir.resolve("ru.stic");
        Result r = CliRun.stic("new", "--lang", "ru", "--synthetic", "1000", "-o", ru.toString());
        assertEquals(0, r.exitCode(), r.err());
        String text = Files.readString(ru, StandardCharsets.UTF_8);
        assertTrue(text.contains("Синтетический кластер из 1000 элементов, сгенерирован с начальным значением 1."),
                "the cluster's description");
        assertTrue(text.contains("Синтетический участник кластера ") && text.contains("Синтетический ключевой ресурс "),
                "Russian descriptions");
        assertFalse(text.contains("Synthetic participant"), "no English description");
    }
}

package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.Participant;
import org.stic.examples.Examples;
import org.stic.model.io.SticResources;

/** {@code stic export} and {@code stic import} on real files: written atomically, or not at all, with exit codes. */
class ImportExportCommandTest {

    @TempDir
    Path dir;

    private Path kaluga() throws Exception {
        Path model = dir.resolve("kaluga.stic");
        Files.copy(Examples.path(Examples.KALUGA_PHARMA), model);
        return model;
    }

    @Test
    void exportToAWorkbookThenImportIntoANewModelKeepsEveryParticipantAndId() throws Exception {
        Path model = kaluga();
        Path xlsx = dir.resolve("kaluga.xlsx");
        CliRun.Result export = CliRun.stic("export", model.toString(), "-o", xlsx.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertEquals("stic export: " + xlsx + " written\n", export.out().replace("\r\n", "\n"));

        Path copy = dir.resolve("copy.stic");
        assertEquals(0, CliRun.stic("new", "-t", "starter", "-o", copy.toString()).exitCode());
        Cluster starter = SticResources.load(copy);
        CliRun.Result imported = CliRun.stic("import", xlsx.toString(), "--into", copy.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("Participants: 36 added, 0 changed, 0 unchanged; "
                + starter.getParticipants().size() + " not in the file, kept"), imported.out());
        assertTrue(imported.out().contains("Interactions: 31 added"), imported.out());
        assertTrue(imported.out().endsWith("stic import: " + copy + " written\n"), imported.out());

        Cluster original = SticResources.load(model);
        Cluster result = SticResources.load(copy);
        for (Participant p : original.getParticipants()) {
            String id = p.eResource().getURIFragment(p);
            Participant q = (Participant) result.eResource().getEObject(id);
            assertEquals(p.getName(), q.getName());
            assertEquals(p.getKind(), q.getKind());
        }
    }

    @Test
    void aBadRowChangesNothingAndIsListedWithItsPosition() throws Exception {
        Path model = kaluga();
        byte[] before = Files.readAllBytes(model);
        Path csv = dir.resolve("new.csv");
        Files.writeString(csv, "Наименование;Вид\nНовый участник;вуз\nЕще один;завод\n", StandardCharsets.UTF_8);
        CliRun.Result r = CliRun.stic("import", csv.toString(), "--into", model.toString());
        assertEquals(1, r.exitCode());
        assertEquals(List.of(csv + ":3:2: 'завод' is none of the values this column takes: «not assessed», «large"
                + " enterprise», «SME», «defence-industry enterprise», «university», «research institute»,"
                + " «technopark», «investor», «authority», «cluster organisation», «other», «industrial park»,"
                + " «development institution», «financial institution»",
                "stic import: nothing was imported; " + model + " is unchanged"), r.err().lines().toList());
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void aDryRunSaysWhatWouldChangeAndWritesNothing() throws Exception {
        Path model = kaluga();
        byte[] before = Files.readAllBytes(model);
        Path csv = dir.resolve("new.csv");
        Files.writeString(csv, "Наименование;Вид\nНовый участник;вуз\n", StandardCharsets.UTF_8);
        CliRun.Result r = CliRun.stic("--lang", "ru", "import", csv.toString(), "--into", model.toString(),
                "--dry-run");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("  + Новый участник (" + csv + ":2): Вид участника: вуз\n"), r.out());
        assertTrue(r.out().contains("Участники кластера: добавлен 1, изменено 0, без изменений 0;"
                + " не упомянуты в файле и сохранены: 36"), r.out());
        assertTrue(r.out().contains("stic import: пробный запуск: " + model + " не записан"), r.out());
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void aMappingFileNamesColumnsByLetterForAFileWithoutHeadersAndItsBadLinesAreListedInRussian() throws Exception {
        Path model = kaluga();
        byte[] before = Files.readAllBytes(model);
        Path csv = dir.resolve("registry.csv");
        Files.writeString(csv, "Технопарк «Обнинск»;технопарк;Обнинск\nНИИ «Сигнал»;научная организация;Калуга\n",
                StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.mapping");
        Files.writeString(bad, "headers = none\ncolumn 0 = name\ncolumn B = kind\ncolumn 2 = roles\n",
                StandardCharsets.UTF_8);
        CliRun.Result refused = CliRun.stic("--lang", "ru", "import", csv.toString(), "--into", model.toString(),
                "--mapping", bad.toString());
        assertEquals(1, refused.exitCode());
        assertEquals(List.of(bad + ":2:8: «0» — не столбец: укажите его букву (A, B, …, AA) или номер начиная с 1",
                bad + ":4:1: этот столбец уже сопоставлен в строке 3 того же раздела",
                "stic import: ничего не импортировано; " + model + " не изменен"), refused.err().lines().toList());
        assertArrayEquals(before, Files.readAllBytes(model));

        Path mapping = dir.resolve("registry.mapping");
        Files.writeString(mapping, "headers = none\ncolumn A = name\ncolumn 2 = kind\ncolumn C = location\n",
                StandardCharsets.UTF_8);
        CliRun.Result r = CliRun.stic("import", csv.toString(), "--into", model.toString(), "--mapping",
                mapping.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Participants: 2 added, 0 changed"), r.out());
        Cluster result = SticResources.load(model);
        Participant signal = result.getParticipants().stream().filter(p -> p.getName().equals("НИИ «Сигнал»"))
                .findFirst().orElseThrow();
        assertEquals("Калуга", signal.getLocation());
        assertEquals(org.stic.ParticipantKind.RESEARCH_INSTITUTE, signal.getKind());
    }

    @Test
    void exportToCsvWritesOneFilePerCatalogue() throws Exception {
        Path model = kaluga();
        Path out = dir.resolve("tables");
        CliRun.Result r = CliRun.stic("--lang", "ru", "export", model.toString(), "--format", "csv", "-o",
                out.toString(), "--year", "2026");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(14, r.out().lines().count(), r.out());
        String participants = Files.readString(out.resolve("participants.csv"), StandardCharsets.UTF_8);
        assertTrue(participants.startsWith("\uFEFFИдентификатор;Наименование;Вид участника;Роли;Членство;"
                + "Местонахождение;Источник сведений;Описание;Иллюстративный\r\n"), participants.substring(0, 200));
        String readiness = Files.readString(out.resolve("readiness.csv"), StandardCharsets.UTF_8);
        assertEquals(10, readiness.lines().count(), readiness);
    }
}

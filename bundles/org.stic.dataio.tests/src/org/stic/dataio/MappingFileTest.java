package org.stic.dataio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.Interaction;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.model.edit.Language;

/**
 * Mapping files that name columns by position or letter as well as by header, per sheet: real files without a header
 * row, with duplicate headers, and with one header in two sheets meaning two things; bad lines at their place.
 */
class MappingFileTest {

    @TempDir
    Path dir;

    private Path mapping(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private ImportPlan plan(Cluster model, Path file, Path mapping) throws Exception {
        return new Importer(Language.EN).plan(model, file, ReadOptions.DETECT,
                MappingFile.read(mapping, Language.EN));
    }

    @Test
    void aCsvFileWithoutAHeaderRowIsReadByColumnLetterAndPosition() throws Exception {
        Path csv = Files.writeString(dir.resolve("registry.csv"),
                "Технопарк «Калуга»;малое или среднее предприятие;Калуга\nКалужский университет;вуз;Калуга\n\n"
                        + "Фармзавод;крупное предприятие;Обнинск\n",
                StandardCharsets.UTF_8);
        Path mapping = mapping("registry.mapping", "# the registry comes without headers", "headers = none",
                "column A = name", "column 2 = kind", "column c = location");
        Cluster model = Fixtures.emptyModel(dir, "model");
        ImportPlan plan = plan(model, csv, mapping);
        assertEquals(List.of(), plan.errors());
        plan.apply();
        assertEquals(List.of("Технопарк «Калуга»", "Калужский университет", "Фармзавод"),
                model.getParticipants().stream().map(Participant::getName).toList(), "the first row is data too");
        assertEquals(List.of(ParticipantKind.SME, ParticipantKind.UNIVERSITY, ParticipantKind.LARGE_ENTERPRISE),
                model.getParticipants().stream().map(Participant::getKind).toList());
        assertEquals("Обнинск", model.getParticipants().get(2).getLocation());

        // without the mapping file the first row is taken for the header
        Cluster other = Fixtures.emptyModel(dir, "other");
        ImportPlan headed = new Importer(Language.EN).plan(other, csv, ReadOptions.DETECT, MappingFile.NONE);
        assertTrue(headed.errors().stream().anyMatch(p -> p.toString().startsWith(csv + ":1: ")),
                headed.errors().toString());
    }

    @Test
    void duplicateHeadersAreToldApartByLetter() throws Exception {
        Path xlsx = Fixtures.workbook(dir.resolve("duplicates.xlsx"), "Participants", List.of(
                List.of("Name", "Kind", "Name"),
                List.of("Technopark Kaluga", "SME", "TK"),
                List.of("Kaluga University", "University", "KU")));
        Cluster model = Fixtures.emptyModel(dir, "model");
        ImportPlan refused = new Importer(Language.EN).plan(model, xlsx, ReadOptions.DETECT, MappingFile.NONE);
        assertEquals(List.of(xlsx + "[Participants]:1:3: the column 'Name' means the same field as the column 'Name'"),
                refused.errors().stream().map(Problem::toString).toList());

        Path mapping = mapping("duplicates.mapping", "column C = -");
        ImportPlan plan = plan(model, xlsx, mapping);
        assertEquals(List.of(), plan.errors());
        plan.apply();
        assertEquals(List.of("Technopark Kaluga", "Kaluga University"),
                model.getParticipants().stream().map(Participant::getName).toList());

        // the second column of that name, by position, as the description; the first keeps its header's meaning
        Cluster again = Fixtures.emptyModel(dir, "again");
        ImportPlan described = plan(again, xlsx, mapping("described.mapping", "column 3 = description"));
        assertEquals(List.of(), described.errors());
        described.apply();
        assertEquals("TK", again.getParticipants().get(0).getDescription());
        assertEquals("Technopark Kaluga", again.getParticipants().get(0).getName());
    }

    @Test
    void oneHeaderInTwoSheetsIsMappedPerSheet() throws Exception {
        Path xlsx = dir.resolve("two-sheets.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, "Участники", new String[][] {{"Наименование", "Заметка"},
                {"Технопарк «Калуга»", "резидент с 2019 года"}, {"Калужский университет", "опорный вуз"}});
            fill(wb, "Взаимодействия", new String[][] {{"Источник", "Адресат", "Заметка"},
                {"Технопарк «Калуга»", "Калужский университет", "договор № 12"}});
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Path mapping = mapping("two-sheets.mapping", "[Участники]", "Заметка = description", "",
                "[Взаимодействия]", "Заметка = citation");
        Cluster model = Fixtures.emptyModel(dir, "model");
        ImportPlan plan = plan(model, xlsx, mapping);
        assertEquals(List.of(), plan.errors());
        plan.apply();
        assertEquals(List.of("резидент с 2019 года", "опорный вуз"),
                model.getParticipants().stream().map(Participant::getDescription).toList());
        Interaction contract = model.getInteractions().get(0);
        assertEquals("договор № 12", contract.getCitation());
        assertEquals(null, contract.getDescription());
        assertEquals("Калужский университет", contract.getTarget().getName());
    }

    @Test
    void aSheetNamedByASectionIsReadAlthoughItsNameIsNoCatalogues() throws Exception {
        Path xlsx = dir.resolve("registry.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, "Реестр 2026", new String[][] {{"Технопарк «Калуга»", "технопарк"}, {"Фармзавод", "крупное предприятие"}});
            fill(wb, "Справка", new String[][] {{"Составлено", "декабрь 2026"}});
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Path mapping = mapping("registry.mapping", "[Реестр 2026]", "headers = none", "column A = name",
                "column B = kind", "[Реестр 2025]", "column A = name");
        Cluster model = Fixtures.emptyModel(dir, "model");
        ImportPlan plan = plan(model, xlsx, mapping);
        assertEquals(List.of(), plan.errors());
        assertTrue(plan.notes().stream().map(Problem::toString).toList().contains(mapping
                + ":5:1: the section [Реестр 2025] names none of the file's tables (Реестр 2026): its lines are not"
                + " used"), plan.notes().toString());
        plan.apply();
        assertEquals(List.of("Технопарк «Калуга»", "Фармзавод"),
                model.getParticipants().stream().map(Participant::getName).toList());
    }

    @Test
    void badLinesAreReportedAtTheirPlaceInEnglishAndRussian() throws Exception {
        Path mapping = mapping("bad.mapping",
                "Наименование = name",
                "[Участники",
                "column 0 = kind",
                "column A1 = kind",
                "headers = 2",
                "Вид = kind",
                "column B = location",
                "column 2 = roles",
                "Адрес = place",
                "nothing here",
                "[Взаимодействия]",
                "[Взаимодействия]");
        ImportException e = assertThrows(ImportException.class, () -> MappingFile.read(mapping, Language.EN));
        assertEquals(List.of(
                mapping + ":2:1: expected '[sheet name]': a section names a sheet of the workbook or a CSV file",
                mapping + ":3:8: '0' is no column: give its letter (A, B, ..., AA) or its position from 1",
                mapping + ":4:8: 'A1' is no column: give its letter (A, B, ..., AA) or its position from 1",
                mapping + ":5:11: '2': 'headers' takes only 'none' (the table has no header row: its first row is"
                        + " data)",
                mapping + ":8:1: this column was already mapped at line 7 of the same section",
                mapping + ":9:9: 'place' is no field; the fields are: id, type, name, kind, roles, membership,"
                        + " location, source, sourceId, target, targetId, direction, intensity, citation, description,"
                        + " illustrative, attribute:…, -",
                mapping + ":10:1: expected 'column = field', the column as its header, 'column C' (its letter) or"
                        + " 'column 3' (its position)",
                mapping + ":12:1: this section was already begun at line 11; put its lines together"),
                e.problems().stream().map(Problem::toString).toList());
        ImportException ru = assertThrows(ImportException.class, () -> MappingFile.read(mapping, Language.RU));
        assertEquals(mapping + ":3:8: «0» — не столбец: укажите его букву (A, B, …, AA) или номер начиная с 1",
                ru.problems().get(1).toString());
        assertEquals(mapping + ":8:1: этот столбец уже сопоставлен в строке 7 того же раздела",
                ru.problems().get(4).toString());
    }

    @Test
    void aFileOfTheFormerFormatReadsAsBefore() throws Exception {
        MappingFile old = MappingFile.read(mapping("old.mapping", "# mapping of 2026",
                "Наименование организации = name", "Местонахождение = -", "Площадь, м2 = attribute:floorArea",
                "a = b = kind"), Language.EN);
        assertEquals("name", old.spec("наименование  организации"));
        assertEquals("-", old.spec("Местонахождение"));
        assertEquals("attribute:floorArea", old.spec("Площадь, м2"));
        assertEquals("kind", old.spec("a = b"));
        assertEquals("name", old.spec("Лист1", 4, "Наименование организации"), "lines for every table");
        assertEquals(null, old.spec("Лист1", 0, ""));
        assertFalse(old.headerless("Лист1"));
    }

    @Test
    void whatTheBuilderWritesReadsBack() throws Exception {
        MappingFile made = new MappingFile.Builder()
                .header(null, "Организация", "name")
                .header(null, "column 7", "location")
                .headerless("Реестр")
                .column("Реестр", 0, "name")
                .column("Реестр", 27, "kind")
                .header("Связи", "Заметка", "citation")
                .build();
        Path file = dir.resolve("made.mapping");
        made.write(file, Language.RU);
        String text = Files.readString(file);
        assertTrue(text.contains("\"column 7\" = location\n"), text);
        assertTrue(text.contains("[Реестр]\nheaders = none\ncolumn A = name\ncolumn AB = kind\n"), text);
        assertTrue(text.contains("[Связи]\nЗаметка = citation\n"), text);
        MappingFile read = MappingFile.read(file, Language.RU);
        assertEquals("name", read.spec("Организация"));
        assertEquals("location", read.spec("column 7"));
        assertEquals(null, read.spec("Лист1", 6, ""), "'column 7' quoted is a header, not the seventh column");
        assertTrue(read.headerless("реестр"));
        assertFalse(read.headerless("Связи"));
        assertEquals("kind", read.spec("Реестр", 27, ""));
        assertEquals("name", read.spec("Реестр", 0, "Организация"));
        assertEquals("citation", read.spec("Связи", 2, "Заметка"));
        assertEquals(null, read.spec("Реестр", 2, "Заметка"), "a section's line is for its own sheet only");
        assertEquals(List.of("A", "Z", "AA", "AB", "XFD"),
                Arrays.stream(new int[] {0, 25, 26, 27, 16_383}).mapToObj(MappingFile::letter).toList());
    }

    private static void fill(XSSFWorkbook wb, String name, String[][] rows) {
        var sheet = wb.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }
}

package org.stic.dataio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.Membership;
import org.stic.Participant;
import org.stic.model.edit.Language;

/**
 * The Kaluga cluster's participants, as a registry from a Russian Windows (Windows-1251, ';', Russian headers and
 * values, a numbering column, an empty row) and as a workbook, imported into an empty model: the same participants as
 * the bundled example, which the fixture was written from.
 */
class KalugaImportTest {

    @TempDir
    Path dir;

    @Test
    void theRegistryInWindows1251WithRussianHeadersGivesTheExamplesParticipants() throws Exception {
        Cluster expected = Fixtures.kaluga(dir);
        Cluster model = Fixtures.emptyModel(dir, "empty");
        ImportPlan plan = new Importer(Language.RU).plan(model, Fixtures.KALUGA_CSV_1251, ReadOptions.DETECT,
                MappingFile.NONE);
        assertEquals(List.of(), plan.errors());
        List<String> notes = plan.notes().stream().map(Problem::toString).toList();
        assertTrue(notes.contains(Fixtures.KALUGA_CSV_1251 + ": прочитан в кодировке windows-1251, столбцы разделены знаком ';'"), notes::toString);
        assertTrue(notes.contains(Fixtures.KALUGA_CSV_1251 + ":1:1: столбец «№» не импортируется: он не называет ни одного поля (сопоставьте его в файле сопоставления)"), notes::toString);
        assertTrue(notes.contains(Fixtures.KALUGA_CSV_1251 + ": пропущена 1 пустая строка (строка 14)"), notes::toString);
        assertEquals(36, plan.count(Field.TableKind.PARTICIPANTS, Change.Kind.ADDED));
        plan.apply();
        assertSameParticipants(expected, model);
    }

    @Test
    void theSameRegistryAsAWorkbookGivesTheSameParticipants() throws Exception {
        Cluster expected = Fixtures.kaluga(dir);
        List<List<Object>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.KALUGA_CSV_1251, Charset.forName("windows-1251"))) {
            if (!line.isEmpty()) {
                rows.add(new ArrayList<>(List.of((Object[]) parse(line))));
            }
        }
        for (int r = 1; r < rows.size(); r++) {
            rows.get(r).set(0, Integer.parseInt((String) rows.get(r).get(0))); // the numbering as numbers
        }
        Path xlsx = Fixtures.workbook(dir.resolve("участники.xlsx"), "Лист1", rows);
        Cluster model = Fixtures.emptyModel(dir, "empty");
        ImportPlan plan = new Importer(Language.EN).plan(model, xlsx, ReadOptions.DETECT, MappingFile.NONE);
        assertEquals(List.of(), plan.errors());
        plan.apply();
        assertSameParticipants(expected, model);
    }

    @Test
    void reImportingTheRegistryIntoTheExampleChangesNothingAndSaysSo() throws Exception {
        Cluster model = Fixtures.kaluga(dir);
        ImportPlan plan = new Importer(Language.EN).plan(model, Fixtures.KALUGA_CSV_1251, ReadOptions.DETECT,
                MappingFile.NONE);
        assertEquals(List.of(), plan.errors());
        assertFalse(plan.changesModel());
        assertEquals(List.of("Participants: 0 added, 0 changed, 36 unchanged; 0 not in the file, kept"),
                plan.summary(Language.EN));
    }

    /** The fixture's simple CSV: ';' outside double quotes, "" inside them. */
    private static String[] parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ';' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    static void assertSameParticipants(Cluster expected, Cluster actual) {
        Map<String, Participant> byName = actual.getParticipants().stream()
                .collect(Collectors.toMap(Participant::getName, Function.identity()));
        assertEquals(expected.getParticipants().size(), actual.getParticipants().size());
        for (Participant e : expected.getParticipants()) {
            Participant a = byName.get(e.getName());
            assertTrue(a != null, e.getName());
            assertEquals(e.getKind(), a.getKind(), e.getName());
            assertEquals(e.getRoles(), a.getRoles(), e.getName());
            assertEquals(e.getMembership() == null ? Membership.UNSPECIFIED : e.getMembership(), a.getMembership(),
                    e.getName());
            assertEquals(e.getLocation(), a.getLocation(), e.getName());
            assertEquals(e.getCitation(), a.getCitation(), e.getName());
        }
    }
}

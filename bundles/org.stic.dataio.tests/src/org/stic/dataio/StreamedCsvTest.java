package org.stic.dataio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.model.edit.Language;

/**
 * A CSV file's rows are planned as they are parsed; a table read first and planned after (as the wizard does, to show
 * the columns before it plans) must give the same plan: the same changes from the same rows, errors, notes, summary.
 */
class StreamedCsvTest {

    @TempDir
    Path dir;

    @Test
    void planningWhileParsingGivesThePlanOfTheTableReadFirst() throws Exception {
        Path csv = dir.resolve("registry.csv");
        Files.writeString(csv, String.join("\n",
                "", // an empty line before the header
                "Name,Kind,Location",
                "Опытный завод «Пример»,SME,Калуга",
                "",
                "Pilot plant,no such kind,Обнинск",
                "Опытный завод «Пример»,SME,Калуга", // the same participant again
                "",
                "Технопарк «Квант»,technopark,",
                "") + "\n", StandardCharsets.UTF_8);
        Cluster streamed = Fixtures.kaluga(Files.createDirectories(dir.resolve("a")));
        Cluster read = Fixtures.kaluga(Files.createDirectories(dir.resolve("b")));
        Importer importer = new Importer(Language.EN);
        ImportPlan whileParsed = importer.plan(streamed, csv, ReadOptions.DETECT, MappingFile.NONE);
        ImportPlan afterRead = importer.plan(read, importer.read(csv, ReadOptions.DETECT), MappingFile.NONE);

        List<String> errors = texts(whileParsed.errors());
        assertEquals(2, errors.size(), errors.toString());
        // counted by hand: the empty first line is row 1, the header row 2
        assertEquals(true, errors.get(0).startsWith(csv + ":5:2: 'no such kind' is none of the values this column"
                + " takes: "), errors.get(0));
        assertEquals(true, errors.get(1).startsWith(csv + ":6:") && errors.get(1).contains("row " + csv + ":3"),
                errors.get(1));
        assertEquals(texts(afterRead.errors()), texts(whileParsed.errors()));
        assertEquals(texts(afterRead.notes()), texts(whileParsed.notes()));
        assertEquals(afterRead.summary(Language.EN), whileParsed.summary(Language.EN));
        assertEquals(afterRead.changes().stream().map(c -> c.origin() + " " + c.kind() + " " + c.label(Language.EN)
                + ": " + c.describe(Language.EN)).toList(), whileParsed.changes().stream().map(c -> c.origin() + " "
                        + c.kind() + " " + c.label(Language.EN) + ": " + c.describe(Language.EN)).toList());
        assertEquals(3, whileParsed.changes().size());
        assertThrows(IllegalStateException.class, whileParsed::apply, "a plan with errors changes nothing");
    }

    private static List<String> texts(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}

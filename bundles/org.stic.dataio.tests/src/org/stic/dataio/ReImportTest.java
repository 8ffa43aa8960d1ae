package org.stic.dataio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.InteractionKind;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.model.edit.Language;

/**
 * Re-importing an updated list updates rather than duplicates, and says what it added, changed and left alone; rows
 * that cannot be understood are each named by file, row and column, and the model is left as it was.
 */
class ReImportTest {

    @TempDir
    Path dir;

    @Test
    void anEditedExportUpdatesTheModel() throws Exception {
        Cluster model = Fixtures.kaluga(dir);
        Path folder = dir.resolve("csv");
        new Exporter(Language.EN, 2026).export(model, Exporter.Format.CSV, folder);
        Path csv = folder.resolve("participants.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        // row 2 (the first participant): the cluster organisation becomes an "other"; row 4 goes; one row comes
        lines.set(1, lines.get(1).replace(",cluster organisation,", ",other,"));
        String removed = lines.remove(3);
        lines.add(",Калужский технопарк «Новый»,technopark,,external,Обнинск,,,no");
        Files.write(csv, lines, StandardCharsets.UTF_8);

        ImportPlan plan = new Importer(Language.EN).plan(model, csv, ReadOptions.DETECT, MappingFile.NONE);
        assertEquals(List.of(), plan.errors());
        assertEquals(List.of("Participants: 1 added, 1 changed, 34 unchanged; 1 not in the file, kept"),
                plan.summary(Language.EN));
        Change changed = plan.changes().stream().filter(c -> c.kind() == Change.Kind.CHANGED).findFirst().get();
        assertEquals("Kind: cluster organisation → other", changed.describe(Language.EN));
        assertEquals(csv + ":2", changed.origin());
        plan.apply();
        assertEquals(37, model.getParticipants().size());
        Participant first = model.getParticipants().get(0);
        assertEquals(ParticipantKind.OTHER, first.getKind());
        Participant added = model.getParticipants().get(36);
        assertEquals("Калужский технопарк «Новый»", added.getName());
        assertEquals(ParticipantKind.TECHNOPARK, added.getKind());
        assertEquals("Обнинск", added.getLocation());
        assertEquals(true, removed.contains(Fixtures.id(model.getParticipants().get(2))), removed);
    }

    @Test
    void aNameSpelledWithOtherCaseOrSpacesMatchesAndRenamesNothing() throws Exception {
        Cluster model = Fixtures.kaluga(dir);
        Participant first = model.getParticipants().get(0);
        String name = first.getName();
        Path csv = dir.resolve("spelling.csv");
        Files.writeString(csv, "Name;Location\n" + name.toUpperCase().replace(" ", "  ") + ";Обнинск\n",
                StandardCharsets.UTF_8);
        ImportPlan plan = new Importer(Language.EN).plan(model, csv, ReadOptions.DETECT, MappingFile.NONE);
        assertEquals(List.of("Participants: 0 added, 1 changed, 0 unchanged; 35 not in the file, kept"),
                plan.summary(Language.EN));
        assertEquals("Location: Калуга → Обнинск", plan.changes().get(0).describe(Language.EN));
        plan.apply();
        assertEquals(name, first.getName());
    }

    @Test
    void aParticipantNamedByTwoRowsIsAnErrorAtTheSecond() throws Exception {
        Cluster model = Fixtures.kaluga(dir);
        String known = model.getParticipants().get(0).getName();
        Path csv = dir.resolve("twice.csv");
        Files.writeString(csv, "Id;Name;Kind\n"
                + ";Pilot plant;SME\n" // row 2: new, by name
                + ";pilot  PLANT;SME\n" // row 3: the same new participant, by another spelling of its name
                + "x-1;Idd;SME\n" // row 4: new, with an id
                + "x-1;Other;SME\n" // row 5: the same new participant, by its id
                + ";" + known + ";\n" // row 6: one of the model
                + ";" + known + ";\n", StandardCharsets.UTF_8); // row 7: the same again
        ImportPlan plan = new Importer(Language.EN).plan(model, csv, ReadOptions.DETECT, MappingFile.NONE);
        List<String> errors = plan.errors().stream().map(Problem::toString).toList();
        assertEquals(3, errors.size(), errors.toString());
        int[][] rows = {{3, 2}, {5, 4}, {7, 6}};
        for (int i = 0; i < rows.length; i++) {
            String e = errors.get(i);
            assertEquals(true, e.startsWith(csv + ":" + rows[i][0] + ": ") && e.endsWith(
                    " is already described by row " + csv + ":" + rows[i][1]), e);
        }
    }

    @Test
    void interactionsAreMatchedByTheirEndsAndKind() throws Exception {
        Cluster model = Fixtures.kaluga(dir);
        Participant a = model.getParticipants().get(0);
        Participant b = model.getParticipants().get(1);
        Path csv = dir.resolve("links.csv");
        Files.writeString(csv, "Source;Target;Kind;Intensity\n"
                + a.getName() + ";" + b.getName() + ";knowledge transfer;high\n"
                + a.getName() + ";" + b.getName() + ";knowledge transfer;low\n", StandardCharsets.UTF_8);
        int before = model.getInteractions().size();
        ImportPlan plan = new Importer(Language.EN).plan(model, csv, ReadOptions.DETECT, MappingFile.NONE);
        // the second row names the interaction the first adds: it is a duplicate, not a second interaction
        assertEquals(List.of(csv + ":3: the interaction " + a.getName() + " → " + b.getName()
                + " is already described by row " + csv + ":2"), plan.errors().stream().map(Problem::toString).toList());
        assertThrows(IllegalStateException.class, plan::apply);
        assertEquals(before, model.getInteractions().size());

        Files.writeString(csv, "Source;Target;Kind;Intensity\n"
                + a.getName() + ";" + b.getName() + ";knowledge transfer;high\n", StandardCharsets.UTF_8);
        ImportPlan first = new Importer(Language.EN).plan(model, csv, ReadOptions.DETECT, MappingFile.NONE);
        first.apply();
        assertEquals(before + 1, model.getInteractions().size());
        assertEquals(InteractionKind.KNOWLEDGE_TRANSFER, model.getInteractions().get(before).getKind());
        ImportPlan again = new Importer(Language.EN).plan(model, csv, ReadOptions.DETECT, MappingFile.NONE);
        assertEquals(List.of("Interactions: 0 added, 0 changed, 1 unchanged; " + before + " not in the file, kept"),
                again.summary(Language.EN));
    }

    @Test
    void eachBadRowIsNamedByFileRowAndColumnAndNothingChanges() throws Exception {
        Cluster model = Fixtures.kaluga(dir);
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "Name,Kind,Roles,Membership\n"
                + "Новый участник,factory,,member\n"
                + "Другой участник,SME,supplier; buyer,\n"
                + ",SME,,\n"
                + "Третий,вуз,партнер,не знаю\n", StandardCharsets.UTF_8);
        ImportPlan plan = new Importer(Language.EN).plan(model, csv, ReadOptions.DETECT, MappingFile.NONE);
        List<String> errors = plan.errors().stream().map(Problem::toString).toList();
        assertEquals(4, errors.size(), errors::toString);
        assertEquals(csv + ":2:2: 'factory' is none of the values this column takes: «not assessed», «large"
                + " enterprise», «SME», «defence-industry enterprise», «university», «research institute»,"
                + " «technopark», «investor», «authority», «cluster organisation», «other», «industrial park»,"
                + " «development institution», «financial institution»", errors.get(0));
        assertEquals(csv + ":3:3: 'buyer' is none of the values this column takes: «innovation generator»,"
                + " «supplier», «partner», «coordinator»", errors.get(1));
        assertEquals(csv + ":4: the row has neither an id nor a name", errors.get(2));
        assertEquals(csv + ":5:4: 'не знаю' is none of the values this column takes: «not assessed», «member»,"
                + " «external»", errors.get(3));
        assertEquals(36, model.getParticipants().size());
    }
}

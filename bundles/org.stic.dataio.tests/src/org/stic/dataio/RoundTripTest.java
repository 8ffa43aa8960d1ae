package org.stic.dataio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.Interaction;
import org.stic.Participant;
import org.stic.examples.SyntheticModels;
import org.stic.model.edit.Language;
import org.stic.model.io.SticResources;

/**
 * Export then import into an empty model gives the same participants and interactions, with the same ids, in either
 * format and language: the Kaluga example and a generated model with every kind of value.
 */
class RoundTripTest {

    @TempDir
    Path dir;

    @Test
    void kalugaThroughOneWorkbookInEitherLanguage() throws Exception {
        for (Language language : Language.values()) {
            kalugaThroughOneWorkbook(language, dir.resolve(language.code()));
        }
    }

    private void kalugaThroughOneWorkbook(Language language, Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir);
        Cluster original = Fixtures.kaluga(dir);
        Path xlsx = dir.resolve("kaluga.xlsx");
        new Exporter(language, 2026).export(original, Exporter.Format.XLSX, xlsx);
        Cluster copy = Fixtures.emptyModel(dir, "copy");
        ImportPlan plan = new Importer(language).plan(copy, xlsx, ReadOptions.DETECT, MappingFile.NONE);
        assertEquals(List.of(), plan.errors());
        plan.apply();
        assertSame(original, copy);
    }

    @Test
    void kalugaThroughCsvFilesInEitherLanguage() throws Exception {
        for (Language language : Language.values()) {
            kalugaThroughCsvFiles(language, dir.resolve(language.code()));
        }
    }

    private void kalugaThroughCsvFiles(Language language, Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir);
        Cluster original = Fixtures.kaluga(dir);
        Path folder = dir.resolve("csv");
        new Exporter(language, 2026).export(original, Exporter.Format.CSV, folder);
        Cluster copy = Fixtures.emptyModel(dir, "copy");
        for (String file : List.of("participants.csv", "interactions.csv")) {
            ImportPlan plan = new Importer(language).plan(copy, folder.resolve(file), ReadOptions.DETECT,
                    MappingFile.NONE);
            assertEquals(List.of(), plan.errors());
            plan.apply();
        }
        assertSame(original, copy);
    }

    @Test
    void aGeneratedModelThroughAWorkbookAndBackThroughItsFile() throws Exception {
        Cluster original = SyntheticModels.generate(2_000, 7);
        SticResources.create(SticResources.newResourceSet(), dir.resolve("synthetic.stic"), original);
        SticResources.save(original.eResource());
        Path xlsx = dir.resolve("synthetic.xlsx");
        new Exporter(Language.EN, 2026).export(original, Exporter.Format.XLSX, xlsx);
        Cluster copy = Fixtures.emptyModel(dir, "copy");
        ImportPlan plan = new Importer(Language.EN).plan(copy, xlsx, ReadOptions.DETECT, MappingFile.NONE);
        assertEquals(List.of(), plan.errors());
        plan.apply();
        SticResources.save(copy.eResource());
        assertSame(original, SticResources.load(dir.resolve("copy.stic")));
    }

    static void assertSame(Cluster expected, Cluster actual) {
        XMLResource resource = (XMLResource) actual.eResource();
        assertEquals(expected.getParticipants().size(), actual.getParticipants().size());
        for (Participant e : expected.getParticipants()) {
            Participant a = (Participant) resource.getEObject(Fixtures.id(e));
            assertNotNull(a, e.getName());
            assertEquals(e.getName(), a.getName());
            assertEquals(e.getKind(), a.getKind(), e.getName());
            assertEquals(e.getRoles(), a.getRoles(), e.getName());
            assertEquals(e.getMembership(), a.getMembership(), e.getName());
            assertEquals(e.getLocation(), a.getLocation(), e.getName());
            assertEquals(e.getCitation(), a.getCitation(), e.getName());
            assertEquals(e.getDescription(), a.getDescription(), e.getName());
            assertEquals(e.isIllustrative(), a.isIllustrative(), e.getName());
        }
        assertEquals(expected.getInteractions().size(), actual.getInteractions().size());
        for (Interaction e : expected.getInteractions()) {
            Interaction a = (Interaction) resource.getEObject(Fixtures.id(e));
            assertNotNull(a, Fixtures.id(e));
            assertEquals(Fixtures.id(e.getSource()), Fixtures.id(a.getSource()));
            assertEquals(Fixtures.id(e.getTarget()), Fixtures.id(a.getTarget()));
            assertEquals(e.getKind(), a.getKind());
            assertEquals(e.getDirection(), a.getDirection());
            assertEquals(e.getIntensity(), a.getIntensity());
            assertEquals(e.getDescription(), a.getDescription());
            assertEquals(e.getCitation(), a.getCitation());
            assertEquals(e.isIllustrative(), a.isIllustrative());
        }
    }
}

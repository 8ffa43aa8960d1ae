package org.stic.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.SticPackage;
import org.stic.examples.ExtensionExample;
import org.stic.diagram.DiagramExporter;
import org.stic.diagram.Diagrams;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.scene.Scene;
import org.stic.model.io.ModelLoadException;
import org.stic.model.io.SticResources;

/** The worked example end to end, and what happens with missing, clashing and broken extensions and rules. */
class SticProjectTest {

    /** The extension example's key action with no supporting resource and no description. */
    private static final String PILOT = "Масштабирование пилотного производства";

    @TempDir
    Path dir;

    private static List<String> findings(SticProject project, EObject root) {
        return project.validator().validate(root).stream().map(f -> f.ruleId() + " " + f.label()).sorted()
                .collect(Collectors.toList());
    }

    private static Cluster cluster(Resource r) {
        return (Cluster) r.getContents().get(0);
    }

    @Test
    void theExampleLoadsEditsValidatesAndDrawsWithItsExtensionAndRules() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        SticProject project = SticProject.forModel(model);
        assertEquals(dir.resolve(ProjectSettings.FILE_NAME).toAbsolutePath(), project.settings().file());
        assertEquals(List.of(), project.problems());
        EPackage ext = project.extensions().get(0);
        assertEquals("http://www.stic.org/ext/technopark/1.0", ext.getNsURI());

        Resource resource = project.load(model);
        Cluster cluster = cluster(resource);
        Participant park = cluster.getParticipants().get(1);
        EClass technopark = park.eClass();
        assertEquals("Technopark", technopark.getName());
        assertEquals(24, park.eGet(technopark.getEStructuralFeature("residentCount")));
        assertEquals(List.of("INT-001 Key action '%1$s'", "USR-002 Technopark 'Технопарк кластера'",
                "USR-003 Shared laboratory 'Общая аналитическая лаборатория'", "USR-004 Key action '%1$s'")
                .stream().map(f -> f.formatted(PILOT)).toList(),
                findings(project, cluster));

        // edit through the EMF API: fix one finding, cause another, add a new extension element
        park.eSet(technopark.getEStructuralFeature("floorArea"), 12_500.0);
        park.eSet(technopark.getEStructuralFeature("residentCount"), 0);
        EClass lab = (EClass) ext.getEClassifier("SharedLaboratory");
        KeyResource second = (KeyResource) ext.getEFactoryInstance().create(lab);
        second.setName("Microbiology laboratory");
        second.eSet(lab.getEStructuralFeature("accreditation"), "GLP");
        second.getProviders().add(park);
        cluster.getInternalContour().getKeyResources().add(second);
        cluster.getInternalContour().getKeyActions().get(1).getSupportingResources().add(second);
        SticResources.save(resource);

        Cluster reloaded = cluster(project.load(model));
        assertEquals(List.of("USR-001 Technopark 'Технопарк кластера'",
                "USR-003 Shared laboratory 'Общая аналитическая лаборатория'", "USR-004 Key action '" + PILOT + "'"),
                findings(project, reloaded));
        KeyResource reloadedLab = reloaded.getInternalContour().getKeyResources().get(1);
        assertEquals("GLP", reloadedLab.eGet(reloadedLab.eClass().getEStructuralFeature("accreditation")));
        assertSame(SticPackage.Literals.KEY_RESOURCE, SticProject.sticSupertype(reloadedLab.eClass()));

        Scene network = Diagrams.create(reloaded, View.NETWORK);
        assertEquals(NodeType.PARTICIPANT, network.node(reloaded.getParticipants().get(1)).type());
        assertEquals("Технопарк кластера \u00abTechnopark\u00bb", network.node(reloaded.getParticipants().get(1)).label());
        Path svg = dir.resolve("internal.svg");
        DiagramExporter.export(Diagrams.create(reloaded, View.INTERNAL), ExportFormat.SVG,
                new ExportOptions(1, ExportOptions.DEFAULT_PIXEL_BUDGET), svg);
        assertTrue(Files.readString(svg).contains("Microbiology laboratory \u00abSharedLaboratory\u00bb"));
    }

    @Test
    void settingsAreFoundInTheNearestParentFolder() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        Path deeper = dir.resolve("models/2026/q4/cluster.stic");
        Files.createDirectories(deeper.getParent());
        Files.copy(model, deeper);
        assertEquals(dir.resolve(ProjectSettings.FILE_NAME).toAbsolutePath(), ProjectSettings.find(deeper).orElseThrow());
        assertEquals(4, findings(SticProject.forModel(deeper), cluster(SticProject.forModel(deeper).load(deeper))).size());
    }

    @Test
    void aModelThatNeedsAMissingExtensionFailsNamingItAndTheSettingsFile() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        Files.delete(dir.resolve(ProjectSettings.FILE_NAME));
        SticProject bare = SticProject.forModel(model);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> bare.load(model));
        assertEquals(model + ":6:", e.getMessage().substring(0, model.toString().length() + 3));
        assertTrue(e.getMessage().contains("the model uses the metamodel extension"
                + " 'http://www.stic.org/ext/technopark/1.0', which is not loaded: declare its .ecore under"
                + " \"extensions\" in stic-project.json"), e.getMessage());

        // the same extension given for one call
        SticProject withFlag = SticProject.forModel(model, List.of(dir.resolve("metamodel/technopark.ecore")),
                List.of());
        assertEquals(List.of("INT-001 Key action '" + PILOT + "'"), findings(withFlag, cluster(withFlag.load(model))));
    }

    @Test
    void clashingExtensionsAreLeftOutWithAMessageAndTheRestKeepsWorking() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        String good = Files.readString(dir.resolve("metamodel/technopark.ecore"));
        Path sameUri = write("metamodel/same-uri.ecore", good.replace("http://www.stic.org/ext/technopark/1.0",
                SticPackage.eNS_URI).replace("name=\"technopark\"", "name=\"other\""));
        Path sameClass = write("metamodel/same-class.ecore", good.replace("http://www.stic.org/ext/technopark/1.0",
                "http://example.org/clash/1.0").replace("name=\"Technopark\"", "name=\"KeyAction\""));
        Path unknownSuper = write("metamodel/unknown-super.ecore", good.replace("http://www.stic.org/ext/technopark/1.0",
                "http://example.org/unknown/1.0").replace("#//Participant", "#//Participnt")
                .replace("Technopark", "Park2").replace("SharedLaboratory", "Lab2"));
        SticProject project = SticProject.forModel(model, List.of(sameUri, sameClass, unknownSuper), List.of());
        assertEquals(List.of(
                sameUri + ":0:0: extension 'other' is not loaded: its nsURI '" + SticPackage.eNS_URI + "' is a built-in"
                        + " metamodel's; give the extension its own",
                sameClass + ":0:0: extension 'technopark' is not loaded: its class 'KeyAction' has the name of a class"
                        + " of the STIC metamodel; rename it (e.g. with a prefix of your methodology)",
                unknownSuper + ":7:67: extension 'technopark' is not loaded: it refers to"
                        + " http://www.stic.org/stic/1.0#//Participnt, which does not exist"),
                project.problems());
        assertEquals(1, project.extensions().size());
        assertEquals(4, findings(project, cluster(project.load(model))).size());
    }

    @Test
    void brokenRulesAndSettingsAreReportedWithPositionsAndTheRestKeepsWorking() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        Path broken = write("rules/broken.ocl", "package stic\ncontext KeyAction\ninv x: self.nme.size() > 0\nendpackage\n");
        write(ProjectSettings.FILE_NAME, """
                {
                  "extensions": ["metamodel/technopark.ecore"],
                  "rules": ["rules/methodology.ocl", "rules/broken.ocl", "rules/missing.ocl"],
                  "colour": "blue"
                }
                """);
        SticProject project = SticProject.forModel(model);
        Path settings = dir.resolve(ProjectSettings.FILE_NAME).toAbsolutePath();
        assertEquals(List.of(
                settings + ":3:58: " + dir.resolve("rules/missing.ocl").toAbsolutePath() + " does not exist",
                settings + ":4:3: unknown key 'colour' (the keys are \"extensions\" and \"rules\")",
                broken.toAbsolutePath() + ":3:13: Unrecognized variable: (nme); the rules of this file are not checked"),
                project.problems());
        assertEquals(4, findings(project, cluster(project.load(model))).size());

        write(ProjectSettings.FILE_NAME, "{\n  \"rules\": [\"rules/methodology.ocl\",\n}\n");
        ProjectSettings bad = ProjectSettings.read(dir.resolve(ProjectSettings.FILE_NAME));
        assertEquals(1, bad.problems().size());
        assertTrue(bad.problems().get(0).startsWith(dir.resolve(ProjectSettings.FILE_NAME) + ":3:"),
                bad.problems().toString());
    }

    @Test
    void theFilesToWatchAreTheSettingsExtensionsAndRules() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        ProjectSettings s = SticProject.forModel(model).settings();
        assertEquals(List.of(dir.resolve(ProjectSettings.FILE_NAME), dir.resolve("metamodel/technopark.ecore"),
                dir.resolve("rules/methodology.ocl")).stream().map(Path::toAbsolutePath).toList(),
                s.files().stream().map(Path::toAbsolutePath).toList());
    }

    @Test
    void extensionsReferToEachOtherWhateverTheirOrderAndFollowChanges() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        Path science = write("metamodel/science.ecore", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="science" nsURI="http://example.org/science/1.0" nsPrefix="science">
                  <eClassifiers xsi:type="ecore:EClass" name="ScienceTechnopark" eSuperTypes="http://www.stic.org/ext/technopark/1.0#//Technopark">
                    <eStructuralFeatures xsi:type="ecore:EAttribute" name="laboratories" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EInt"/>
                    <eStructuralFeatures xsi:type="ecore:EReference" name="mainLaboratory" eType="ecore:EClass http://www.stic.org/ext/technopark/1.0#//SharedLaboratory"/>
                  </eClassifiers>
                </ecore:EPackage>
                """);
        // the dependent extension first: references resolve whatever the order
        write(ProjectSettings.FILE_NAME, """
                {"extensions": ["metamodel/science.ecore", "metamodel/technopark.ecore"], "rules": ["rules/methodology.ocl"]}
                """);
        SticProject project = SticProject.forModel(model);
        assertEquals(List.of(), project.problems());
        EClass scienceClass = (EClass) project.extensions().get(0).getEClassifier("ScienceTechnopark");
        EClass technopark = (EClass) project.extensions().get(1).getEClassifier("Technopark");
        assertTrue(scienceClass.getESuperTypes().contains(technopark));
        assertEquals(SticPackage.Literals.PARTICIPANT, SticProject.sticSupertype(scienceClass));

        // an element of it is a Technopark for the user rules and a Participant for STIC
        Resource resource = project.load(model);
        Participant park = (Participant) project.extensions().get(0).getEFactoryInstance().create(scienceClass);
        park.setName("Science park");
        cluster(resource).getParticipants().add(park);
        assertTrue(findings(project, cluster(resource)).stream().anyMatch(f -> f.startsWith("USR-001 ")
                && f.contains("Science park")), findings(project, cluster(resource)).toString());

        // the extension it refers to changes: the next project resolves it against the new one
        Path technoparkFile = dir.resolve("metamodel/technopark.ecore");
        Files.writeString(technoparkFile, Files.readString(technoparkFile).replace("Площадь, сдаваемая резидентам",
                "Площадь, сдаваемая резидентам (изменено)"));
        Files.setLastModifiedTime(technoparkFile, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(technoparkFile).toMillis() + 2000));
        SticProject again = SticProject.forModel(model);
        EClass newTechnopark = (EClass) again.extensions().get(1).getEClassifier("Technopark");
        assertTrue(newTechnopark != technopark, "the changed file was read again");
        assertTrue(((EClass) again.extensions().get(0).getEClassifier("ScienceTechnopark")).getESuperTypes()
                .contains(newTechnopark), "and the dependent extension follows it");
        assertEquals(List.of(), again.problems());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}

package org.stic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.SticPackage;
import org.stic.examples.ExtensionExample;
import org.stic.extensions.SticProject;
import org.stic.model.edit.Language;
import org.stic.validation.Rule;
import org.stic.validation.RuleCatalogue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The metamodel reference: every class, feature and rule, the extension's too, and well-formed class diagrams. */
class MetamodelReferenceTest {

    @TempDir
    Path dir;

    @Test
    void inRussianTheHeadingsTheNamesTheDocumentationAndTheRulesAreRussianAndTheMetamodelsNamesStay() throws Exception {
        Path model = ExtensionExample.copyTo(dir.resolve("project"));
        // kept in target/ to be looked at
        String html = Files.readString(write(SticProject.forModel(model), Path.of("target", "metamodel-reference-ru"),
                Language.RU));
        assertTrue(html.contains("<html lang=\"ru\">") && html.contains("<h1>Справочник по метамодели STIC</h1>"), "headings");
        assertTrue(html.contains(">KeyResource — Ключевой ресурс<"), "the class's name and the vocabulary's");
        assertTrue(html.contains("<td>capacity<br><span class=\"doc\">Мощность</span></td><td>атрибут</td>"), "a feature");
        assertTrue(html.contains("Мощность: сколько ресурса имеется, в единицах capacityUnit"), "Russian documentation");
        assertTrue(html.contains("Ключевое действие опирается хотя бы на один обеспечивающий ключевой ресурс."),
                "the rule's Russian title");
        assertTrue(html.contains("Число компаний-резидентов."), "the extension's own documentation, as written");
        for (String english : List.of("Subclass of", "Package ", ">feature<", ">documentation<", "How much of the resource",
                "A key action has at least one supporting key resource.", ">error<", ">attribute<")) {
            assertFalse(html.contains(english), english);
        }
    }

    @Test
    void theReferenceNamesEveryClassFeatureAndRuleIncludingTheExtensionAndUserRules() throws Exception {
        Path model = ExtensionExample.copyTo(dir.resolve("project"));
        SticProject project = SticProject.forModel(model);
        Path out = dir.resolve("doc");
        Path index = write(project, out, Language.EN);
        String html = Files.readString(index);

        for (EClassifier c : SticPackage.eINSTANCE.getEClassifiers()) {
            assertTrue(html.contains("id=\"stic-" + c.getName() + "\""), c.getName());
            if (c instanceof EClass eClass) {
                for (EStructuralFeature f : eClass.getEStructuralFeatures()) {
                    assertTrue(html.contains("<td>" + f.getName() + "</td>"), eClass.getName() + "." + f.getName());
                }
            }
        }
        for (Rule r : RuleCatalogue.builtIn().rules()) {
            assertTrue(html.contains("id=\"rule-" + r.id() + "\""), r.id());
        }
        // documentation comes from stic.ecore
        assertTrue(html.contains("class=\"doc\">"), "documentation");
        // the extension: its classes, features with multiplicity, the STIC supertype linked, its documentation
        assertTrue(html.contains("id=\"technopark-Technopark\""));
        assertTrue(html.contains("Subclass of <a href=\"#stic-Participant\">Participant</a>"));
        assertTrue(html.contains("<td>residentCount</td><td>attribute</td><td>EInt</td><td>[0..1]</td>"));
        assertTrue(html.contains("Число компаний-резидентов."));
        assertTrue(html.contains("id=\"rule-USR-001\""));
        assertTrue(html.contains("inv hasResidents: self.residentCount &gt; 0"), "OCL text, escaped");
        assertFalse(html.contains("self.residentCount > 0"));

        for (String diagram : List.of("diagrams/stic.svg", "diagrams/technopark.svg")) {
            Path svg = out.resolve(diagram);
            assertTrue(html.contains("src=\"" + diagram + "\""));
            Document d = parse(svg);
            assertEquals("svg", d.getDocumentElement().getLocalName());
        }
        String ext = Files.readString(out.resolve("diagrams/technopark.svg"));
        assertTrue(ext.contains(">Technopark<") && ext.contains(">Participant<"), "subclass and its STIC supertype");
        assertTrue(ext.contains("floorArea : EDouble [0..1]"));
    }

    @Test
    void modelStringsAreEscaped() throws Exception {
        Path model = ExtensionExample.copyTo(dir.resolve("project"));
        Path rules = dir.resolve("project/rules/methodology.ocl");
        Files.writeString(rules, Files.readString(rules).replace("title=\"У технопарка есть компании-резиденты.\"",
                "title=\"<script>alert(1)</script>\""));
        String html = Files.readString(write(SticProject.forModel(model), dir.resolve("doc"), Language.EN));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void anExtensionsPackageNameCannotPlaceItsDiagramOutsideTheOutputFolder() throws Exception {
        Path model = ExtensionExample.copyTo(dir.resolve("a/b/project"));
        Path ecore = dir.resolve("a/b/project/metamodel/technopark.ecore");
        Files.writeString(ecore, Files.readString(ecore).replace("name=\"technopark\"", "name=\"../../../escaped\""));
        Path out = dir.resolve("a/b/project/doc");
        String html = Files.readString(write(SticProject.forModel(model), out, Language.EN));
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> escaped = all.filter(p -> p.getFileName().toString().contains("escaped")).toList();
            assertEquals(1, escaped.size(), escaped.toString());
            assertEquals(out.resolve("diagrams"), escaped.get(0).getParent(), "the diagram stays in diagrams/");
        }
        assertTrue(html.contains("src=\"diagrams/_________escaped.svg\""),
                "the page links the file that was written");
    }

    @Test
    void twoPackagesOfOneNameGetTwoDiagrams() {
        Set<String> taken = new HashSet<>();
        assertEquals("stic.svg", MetamodelReference.diagramFileName("stic", taken));
        assertEquals("stic-2.svg", MetamodelReference.diagramFileName("stic", taken));
        assertEquals("STIC-3.svg", MetamodelReference.diagramFileName("STIC", taken), "file systems that ignore case");
        assertEquals("package.svg", MetamodelReference.diagramFileName("", taken));
        assertEquals("__.svg", MetamodelReference.diagramFileName("..", taken));
    }

    @Test
    void classNamesInTheClassDiagramAreEscapedInAttributesAndText() throws Exception {
        Path model = ExtensionExample.copyTo(dir.resolve("project"));
        Path ecore = dir.resolve("project/metamodel/technopark.ecore");
        Files.writeString(ecore, Files.readString(ecore).replace("name=\"SharedLaboratory\"",
                "name=\"Lab&quot; onload=&quot;alert(1)&quot; x=&quot;&lt;b&gt;\""));
        Path out = dir.resolve("doc");
        write(SticProject.forModel(model), out, Language.EN);
        Path svg = out.resolve("diagrams/technopark.svg");
        Document d = parse(svg);
        NodeList groups = d.getElementsByTagNameNS("*", "g");
        boolean found = false;
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            assertFalse(g.hasAttribute("onload"), "no attribute injected");
            found |= g.getAttribute("id").equals("class-Lab\" onload=\"alert(1)\" x=\"<b>");
        }
        assertTrue(found, "the class's group carries its name, escaped and read back intact");
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = Files.newInputStream(file)) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    /** The reference of a project's metamodels and rules, as the command line and the workbench write it. */
    private static Path write(SticProject project, Path dir, Language language) throws Exception {
        return MetamodelReference.write(project.extensions(), project.catalogue(), project.problems(), dir, language);
    }
}

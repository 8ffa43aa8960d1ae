package org.stic.extensions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.examples.ExtensionExample;

/**
 * A project tried with editors' unsaved texts ({@link SticProject#of(ProjectSettings, Map)}) and the one writer of
 * the settings file ({@link ProjectSettings#register}).
 */
class UnsavedProjectTest {

    @TempDir
    Path dir;

    private static List<String> findings(SticProject project, Resource model) {
        return project.validator().validate(model.getContents().get(0)).stream().map(f -> f.ruleId()).sorted()
                .toList();
    }

    @Test
    void anUnsavedRuleAndAnUnsavedExtensionAreTriedWithoutTouchingTheFilesOrTheSharedPackages() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        Path rules = dir.resolve("rules/methodology.ocl");
        Path ecore = dir.resolve("metamodel/technopark.ecore");
        byte[] rulesBefore = Files.readAllBytes(rules);
        byte[] ecoreBefore = Files.readAllBytes(ecore);
        SticProject saved = SticProject.forModel(model);
        assertFalse(findings(saved, saved.load(model)).contains("USR-009"));

        // a new rule on a new attribute, both only in the editors
        String rule = Files.readString(rules).replace("endpackage\n\npackage stic", """
                context Technopark
                -- @rule USR-009 severity=error message="{label}: no operator named"
                inv hasOperator: not self.operator.oclIsUndefined()

                endpackage

                package stic""");
        String extension = Files.readString(ecore).replace("""
                    <eStructuralFeatures xsi:type="ecore:EAttribute" name="residentCount\"""", """
                    <eStructuralFeatures xsi:type="ecore:EAttribute" name="operator" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EString"/>
                    <eStructuralFeatures xsi:type="ecore:EAttribute" name="residentCount\"""");
        assertTrue(extension.contains("\"operator\""), "the example's layout changed: the test must follow");
        SticProject tried = SticProject.of(ProjectSettings.forModel(model), Map.of(rules, rule, ecore, extension));
        assertEquals(List.of(), tried.problems());
        EClass technopark = (EClass) tried.extensions().get(0).getEClassifier("Technopark");
        assertTrue(technopark.getEStructuralFeature("operator") != null);
        List<String> found = findings(tried, tried.load(model));
        assertEquals(1, found.stream().filter("USR-009"::equals).count(), found.toString());

        // nothing written, and a project of the saved files still has the saved extension
        assertArrayEquals(rulesBefore, Files.readAllBytes(rules));
        assertArrayEquals(ecoreBefore, Files.readAllBytes(ecore));
        SticProject again = SticProject.forModel(model);
        assertSame(saved.extensions().get(0), again.extensions().get(0), "the shared package is the file's");
        assertNotSame(tried.extensions().get(0), again.extensions().get(0));
        assertTrue(((EClass) again.extensions().get(0).getEClassifier("Technopark")).getEStructuralFeature("operator") == null);
        assertFalse(findings(again, again.load(model)).contains("USR-009"));
    }

    @Test
    void anUnsavedRuleThatDoesNotParseIsAProblemAtItsLine() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        Path rules = dir.resolve("rules/methodology.ocl");
        String broken = Files.readString(rules).replace("self.residentCount > 0", "self.residentCount > )");
        SticProject tried = SticProject.of(ProjectSettings.forModel(model), Map.of(rules, broken));
        int line = List.of(broken.split("\n")).indexOf("inv hasResidents: self.residentCount > )") + 1;
        assertTrue(tried.problems().stream().anyMatch(p -> p.startsWith(rules + ":" + line + ":")),
                tried.problems().toString());
    }

    @Test
    void registeringAFileKeepsTheOtherEntriesAndWritesNothingWhenItIsNamedAlready() throws Exception {
        ExtensionExample.copyTo(dir);
        Path settings = dir.resolve(ProjectSettings.FILE_NAME);
        Path more = Files.writeString(dir.resolve("rules/more.ocl"), "package stic\nendpackage\n");
        assertTrue(ProjectSettings.register(settings, ProjectSettings.RULES, more));
        assertEquals("""
                {
                  "extensions": ["metamodel/technopark.ecore"],
                  "rules": ["rules/methodology.ocl", "rules/more.ocl"]
                }
                """, Files.readString(settings, StandardCharsets.UTF_8));
        assertEquals(List.of(dir.resolve("rules/methodology.ocl"), more), ProjectSettings.read(settings).rules());

        byte[] before = Files.readAllBytes(settings);
        assertFalse(ProjectSettings.register(settings, ProjectSettings.RULES, dir.resolve("rules/../rules/more.ocl")));
        assertArrayEquals(before, Files.readAllBytes(settings), "byte-stable when already named");
    }

    @Test
    void aNewSettingsFileIsCreatedAndABrokenOneIsRefusedUntouched() throws Exception {
        Path settings = dir.resolve(ProjectSettings.FILE_NAME);
        Path ext = Files.writeString(Files.createDirectories(dir.resolve("метамодель")).resolve("x.ecore"), "");
        assertTrue(ProjectSettings.register(settings, ProjectSettings.EXTENSIONS, ext));
        assertEquals("{\n  \"extensions\": [\"метамодель/x.ecore\"]\n}\n", Files.readString(settings));

        Files.writeString(settings, "{\n  \"rules\": [\"a.ocl\",\n}\n");
        byte[] broken = Files.readAllBytes(settings);
        IOException e = assertThrows(IOException.class,
                () -> ProjectSettings.register(settings, ProjectSettings.RULES, dir.resolve("b.ocl")));
        assertTrue(e.getMessage().startsWith(settings + ":3:"), e.getMessage());
        assertArrayEquals(broken, Files.readAllBytes(settings), "a file we could not read is not overwritten");

        IOException outside = assertThrows(IOException.class,
                () -> ProjectSettings.register(settings, ProjectSettings.RULES, dir.getParent().resolve("c.ocl")));
        assertTrue(outside.getMessage().contains("outside"), outside.getMessage());
    }
}

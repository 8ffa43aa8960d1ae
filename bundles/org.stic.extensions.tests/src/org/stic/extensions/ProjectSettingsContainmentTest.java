package org.stic.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.examples.ExtensionExample;

/**
 * The containment rule of {@code stic-project.json}: the files it names stay in its folder tree unless the user allows
 * more, and the search for it stops at the top of a project tree and never takes one from the home folder.
 */
class ProjectSettingsContainmentTest {

    @TempDir
    Path dir;

    private Path project() throws Exception {
        Path project = dir.resolve("shared/project");
        ExtensionExample.copyTo(project);
        return project;
    }

    @Test
    void pathsLeadingOutOfTheSettingsFolderAreRefusedUnlessTheUserAllowsThem() throws Exception {
        Path project = project();
        Path outside = dir.resolve("shared/secret.ocl");
        Files.copy(project.resolve("rules/methodology.ocl"), outside);
        Path settings = project.resolve(ProjectSettings.FILE_NAME);
        Files.writeString(settings, "{\n  \"rules\": [\"../secret.ocl\", \"" + outside.toAbsolutePath()
                + "\", \"rules/methodology.ocl\"]\n}\n");

        ProjectSettings s = ProjectSettings.read(settings);
        Path base = settings.toAbsolutePath().getParent();
        assertEquals(List.of(
                settings + ":2:13: ../secret.ocl is outside the folder of the settings file (" + base
                        + "); the files it names stay in that folder or below it",
                settings + ":2:30: " + outside.toAbsolutePath() + " is outside the folder of the settings file ("
                        + base + "); the files it names stay in that folder or below it"),
                s.problems());
        assertEquals(List.of(base.resolve("rules/methodology.ocl")), s.rules(), "the file inside is kept");

        ProjectSettings allowed = ProjectSettings.read(settings, true);
        assertEquals(List.of(), allowed.problems());
        assertEquals(3, allowed.rules().size());
    }

    @Test
    void aLinkInsideThatLeadsOutIsRefusedToo() throws Exception {
        Path project = project();
        Path outside = Files.writeString(dir.resolve("shared/elsewhere.ocl"), "package stic\nendpackage\n");
        Files.createSymbolicLink(project.resolve("rules/link.ocl"), outside);
        Path settings = project.resolve(ProjectSettings.FILE_NAME);
        Files.writeString(settings, "{\"rules\": [\"rules/link.ocl\"]}");
        ProjectSettings s = ProjectSettings.read(settings);
        assertEquals(List.of(), s.rules());
        assertTrue(s.problems().get(0).contains("rules/link.ocl is outside the folder of the settings file"),
                s.problems().toString());
    }

    @Test
    void theSearchStopsAtTheTopOfARepository() throws Exception {
        Path project = project();
        Path repo = Files.createDirectories(project.resolve("nested/repo"));
        Files.createDirectory(repo.resolve(".git"));
        Path model = Files.copy(project.resolve("models/technopark-cluster.stic"), repo.resolve("m.stic"));
        assertEquals(Optional.empty(), ProjectSettings.find(model), "the settings above the repository do not apply");
        Files.delete(repo.resolve(".git"));
        assertEquals(Optional.of(project.resolve(ProjectSettings.FILE_NAME).toAbsolutePath()),
                ProjectSettings.find(model));
    }

    @Test
    void aSettingsFileInTheHomeFolderAppliesToNothing() throws Exception {
        Path project = project();
        Path model = project.resolve("models/technopark-cluster.stic");
        String home = System.getProperty("user.home");
        try {
            System.setProperty("user.home", project.toString());
            assertEquals(Optional.empty(), ProjectSettings.find(model));
            System.setProperty("user.home", dir.toString());
            assertEquals(Optional.of(project.resolve(ProjectSettings.FILE_NAME).toAbsolutePath()),
                    ProjectSettings.find(model), "below the home folder: found");
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void aSettingsFileWithAByteThatIsNotUtf8IsNamedAtItsPosition() throws Exception {
        Path project = project();
        Path settings = project.resolve(ProjectSettings.FILE_NAME);
        Files.write(settings, "{\"rules\": [\"правила.ocl\"]}".getBytes(Charset.forName("windows-1251")));
        assertEquals(List.of(settings + ":1:13: the byte 0xEF is not UTF-8; save the file in UTF-8 (it may have been"
                + " saved as Windows-1251)"), ProjectSettings.read(settings).problems());
    }
}

package org.stic.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.examples.ExtensionExample;

/**
 * A project folder as Windows users leave it (issue 22): every text file with CRLF line ends, folder separators
 * written as '\' in stic-project.json, and the project under a folder with Cyrillic letters and spaces. It must
 * load, validate and report problems at the same lines and columns as the same project written on Linux.
 */
class WindowsWrittenProjectTest {

    private static final String FOLDER = "Мои документы/Кластер «Технопарк» 2026";

    @TempDir
    Path temp;

    @Test
    void aProjectWrittenOnWindowsValidatesAsTheSameProjectWrittenHere() throws Exception {
        Path unix = ExtensionExample.copyTo(temp.resolve("unix"));
        Path windows = ExtensionExample.copyTo(temp.resolve(FOLDER));
        Path windowsDir = temp.resolve(FOLDER);
        for (String name : ExtensionExample.FILES) {
            toCrlf(windowsDir.resolve(name));
        }
        Path settings = windowsDir.resolve(ProjectSettings.FILE_NAME);
        String json = Files.readString(settings, StandardCharsets.UTF_8);
        Files.writeString(settings, json.replace("metamodel/", "metamodel\\\\").replace("rules/", "rules\\\\"),
                StandardCharsets.UTF_8);

        SticProject project = SticProject.forModel(windows);
        assertEquals(List.of(), project.problems());
        assertEquals(List.of(windowsDir.resolve("metamodel/technopark.ecore").toAbsolutePath()),
                project.settings().extensions().stream().map(Path::toAbsolutePath).collect(Collectors.toList()));
        SticProject reference = SticProject.forModel(unix);
        assertEquals(findings(reference, reference.load(unix).getContents().get(0)),
                findings(project, project.load(windows).getContents().get(0)));
    }

    @Test
    void problemsInCrlfFilesAreReportedAtTheLinesAndColumnsAnEditorShows() throws Exception {
        String broken = "package stic\ncontext KeyAction\ninv named: self.nme.size() > 0\nendpackage\n";
        String settings = "{\n  \"extensions\": [\"metamodel/technopark.ecore\"],\n"
                + "  \"rules\": [\"rules/methodology.ocl\", \"rules/broken.ocl\", \"rules/absent.ocl\"]\n}\n";
        List<String> unix = problems(temp.resolve("unix"), broken, settings);
        List<String> windows = problems(temp.resolve(FOLDER), broken.replace("\n", "\r\n"),
                settings.replace("\n", "\r\n"));
        // counted by hand: "rules/absent.ocl" opens at column 58 of line 3, "nme" at column 17 of line 3
        assertEquals(List.of("/stic-project.json:3:58: /rules/absent.ocl does not exist",
                "/rules/broken.ocl:3:17: Unrecognized variable: (nme); the rules of this file are not checked"),
                unix.stream().map(p -> positionAndMessage(p, temp.resolve("unix"))).collect(Collectors.toList()));
        // the same messages, positions included, apart from the folder
        assertEquals(unix.stream().map(p -> positionAndMessage(p, temp.resolve("unix"))).collect(Collectors.toList()),
                windows.stream().map(p -> positionAndMessage(p, temp.resolve(FOLDER))).collect(Collectors.toList()));
    }

    private static List<String> problems(Path dir, String brokenRules, String settings) throws IOException {
        Path model = ExtensionExample.copyTo(dir);
        Files.writeString(dir.resolve("rules/broken.ocl"), brokenRules, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(ProjectSettings.FILE_NAME), settings, StandardCharsets.UTF_8);
        return SticProject.forModel(model).problems();
    }

    /** A problem without the project folder in front of its file name. */
    private static String positionAndMessage(String problem, Path dir) {
        return problem.replace(dir.toAbsolutePath().toString(), "").replace(dir.toString(), "");
    }

    private static List<String> findings(SticProject project, EObject root) {
        return project.validator().validate(root).stream().map(f -> f.ruleId() + " " + f.label()).sorted()
                .collect(Collectors.toList());
    }

    private static void toCrlf(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8);
    }
}

package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's start script for Linux and macOS ({@code features/org.stic.feature/rootfiles/stic}, read from the
 * checkout this fragment is built in) says why it cannot start in the language the command line would speak:
 * {@code --lang}, then STIC_LANG, then LC_ALL, LC_MESSAGES, LANG. Run by bash on copies placed where a product is
 * broken: no plugins folder; a launcher but a Java that is not there.
 */
class StartScriptTest {

    /** The checkout: this fragment is built in bundles/org.stic.cli.tests. */
    private static final Path SCRIPT = Path.of("").toAbsolutePath().getParent().getParent()
            .resolve("features/org.stic.feature/rootfiles/stic");

    @TempDir
    Path dir;

    /** The exit code and the script's lines on stderr. */
    private record Run(int exitCode, String err) {
    }

    @Test
    void aBrokenInstallationIsReportedInTheRunsLanguage() throws Exception {
        Path product = Files.createDirectories(dir.resolve("no-plugins"));
        Path script = Files.copy(SCRIPT, product.resolve("stic"));
        String russian = "stic: рядом с " + product + " нет папки plugins: установка повреждена\n";
        String english = "stic: no plugins folder beside " + product + ": broken installation\n";

        assertEquals(new Run(1, russian), run(script, Map.of("LANG", "ru_RU.UTF-8"), "--help"));
        assertEquals(new Run(1, english), run(script, Map.of("LANG", "C"), "--help"));
        assertEquals(new Run(1, russian), run(script, Map.of("LANG", "C", "LC_ALL", "ru_RU.UTF-8"), "--help"));
        assertEquals(new Run(1, russian), run(script, Map.of("LANG", "C"), "--lang", "ru", "--help"), "--lang first");
        assertEquals(new Run(1, english), run(script, Map.of("LANG", "ru_RU.UTF-8", "STIC_LANG", "en"), "--help"),
                "STIC_LANG before the locale");
    }

    @Test
    void aJavaThatIsNotThereIsReportedInRussian() throws Exception {
        Path product = Files.createDirectories(dir.resolve("product"));
        Files.createDirectories(product.resolve("plugins"));
        Files.createFile(product.resolve("plugins/org.eclipse.equinox.launcher_1.6.900.jar"));
        Path script = Files.copy(SCRIPT, product.resolve("stic"));
        Path java = dir.resolve("no-java");

        Run r = run(script, Map.of("LANG", "ru_RU.UTF-8", "STIC_JAVA", java.toString()), "--help");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("stic: STIC_JAVA=" + java + " не является Java 17 или новее"), r.err());
    }

    @Test
    void everyMessageOfTheScriptHasItsRussian() throws Exception {
        List<String> untranslated = new ArrayList<>();
        List<String> lines = Files.readAllLines(SCRIPT, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean message = line.contains("die \"") || line.startsWith("echo \"stic:") && !line.contains("$*");
            if (message && !line.contains("$(text ")) {
                untranslated.add((i + 1) + ": " + line);
            }
        }
        assertEquals(List.of(), untranslated, "messages not given in both languages through text()");
    }

    private static Run run(Path script, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("HOME", script.getParent().toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script did not end");
        // the script's own lines: bash warns beside them where the machine lacks the locale asked for
        StringBuilder own = new StringBuilder();
        err.lines().filter(l -> l.startsWith("stic: ")).forEach(l -> own.append(l).append('\n'));
        return new Run(process.exitValue(), own.toString());
    }
}

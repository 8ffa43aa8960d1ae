package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stic.cli.CliRun.Result;

/** {@code stic --help} lists every command; {@code stic COMMAND --help} and {@code --version} work for each. */
class HelpTest {

    private static final List<String> COMMANDS = List.of("validate", "render", "report", "new", "metamodel-doc");

    @Test
    void topLevelHelpListsEveryCommand() {
        Result r = CliRun.stic("--help");
        assertEquals(0, r.exitCode());
        for (String command : COMMANDS) {
            assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith(command + " ")), command + "\n" + r.out());
        }
    }

    @Test
    void everyCommandHasHelpAndVersionOnStdout() {
        String version = CliRun.stic("--version").out();
        for (String command : COMMANDS) {
            Result help = CliRun.stic(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().contains("stic " + command), command + ": " + help.out());
            assertEquals("", help.err());
            Result helpCommand = CliRun.stic("help", command);
            assertEquals(help.out(), helpCommand.out(), "stic help " + command);
            Result v = CliRun.stic(command, "--version");
            assertEquals(0, v.exitCode(), command);
            assertEquals(version, v.out(), command);
        }
    }
}

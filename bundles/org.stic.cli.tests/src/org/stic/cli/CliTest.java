package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.stic.cli.CliRun.Result;

/** Runs the picocli entry point in-process inside OSGi, as the org.stic.cli.app application does. */
class CliTest {

    private static Result run(String... args) {
        return CliRun.stic(args);
    }

    @Test
    void versionPrintsNameVersionAndBuildQualifier() {
        Result r = run("--version");
        assertEquals(Cli.EXIT_OK, r.exitCode());
        assertTrue(Pattern.matches("stic 0\\.1\\.0 \\(build \\w+\\)\\R", r.out()), "version line: " + r.out());
        assertEquals("", r.err());
        // The qualifier is the bundle's own one, replaced at build time.
        String qualifier = FrameworkUtil.getBundle(Cli.class).getVersion().getQualifier();
        assertFalse(qualifier.isEmpty());
        assertTrue(r.out().contains("(build " + qualifier + ")"), r.out());
    }

    @Test
    void helpListsOptionsAndCommandsOnStdout() {
        Result r = run("--help");
        assertEquals(Cli.EXIT_OK, r.exitCode());
        assertTrue(r.out().startsWith("Usage: stic"), r.out());
        assertTrue(r.out().contains("--version"), r.out());
        assertTrue(r.out().contains("Commands:"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpSubcommandIsWired() {
        Result r = run("help");
        assertEquals(Cli.EXIT_OK, r.exitCode());
        assertTrue(r.out().startsWith("Usage: stic"), r.out());
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        Result r = run("--no-such-option");
        assertEquals(Cli.EXIT_USAGE, r.exitCode());
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("stic: Unknown option: '--no-such-option'"), r.err());
    }

    @Test
    void unknownCommandAndMissingCommandAreUsageErrors() {
        Result unknown = run("frobnicate");
        assertEquals(Cli.EXIT_USAGE, unknown.exitCode());
        assertEquals(1, unknown.err().lines().count(), unknown.err());

        Result none = run();
        assertEquals(Cli.EXIT_USAGE, none.exitCode());
        assertTrue(none.err().startsWith("stic: missing command"), none.err());
    }

    @Test
    void commandLineBundleNeedsNoUserInterface() {
        Bundle bundle = FrameworkUtil.getBundle(Cli.class);
        assertNotNull(bundle, "runs inside OSGi");
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        for (BundleWire wire : wiring.getRequiredWires(null)) {
            String provider = wire.getProvider().getSymbolicName();
            assertFalse(provider.startsWith("org.eclipse.swt") || provider.startsWith("org.eclipse.ui")
                    || provider.startsWith("org.eclipse.jface") || provider.startsWith("org.eclipse.e4.ui"),
                    "headless CLI is wired to " + provider);
        }
    }
}

package org.stic.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The command line started as the product starts it: the Equinox launcher in a JVM of its own, application
 * org.stic.cli.app, with this test runtime's bundles.
 */
final class ForkedStic {

    private ForkedStic() {
    }

    /** {@code java HEAP -jar launcher ... -application org.stic.cli.app ARGS}, configured like this runtime. */
    static List<String> command(Path dir, String heap, String... args) throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        // this test runtime's bundles (tycho-surefire's config.ini), without its development class path
        Path runtimeConfig = Path.of(URI.create(System.getProperty("osgi.configuration.area"))).resolve("config.ini");
        List<String> ini = Files.readAllLines(runtimeConfig, StandardCharsets.ISO_8859_1).stream()
                .filter(l -> !l.startsWith("osgi.install.area=") && !l.startsWith("osgi.configuration.cascaded="))
                .toList();
        Files.write(config.resolve("config.ini"), ini, StandardCharsets.ISO_8859_1);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, heap, "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-jar", launcherJar(runtimeConfig).toString(),
                "-configuration", config.toString(), "-install", config.toString(), "-nosplash", "-data", "@none",
                "-application", "org.stic.cli.app"));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** The Equinox launcher's jar, one of this runtime's bundles (the pom's extra requirement). */
    private static Path launcherJar(Path runtimeConfig) throws IOException {
        Properties ini = new Properties();
        try (Reader in = Files.newBufferedReader(runtimeConfig, StandardCharsets.ISO_8859_1)) {
            ini.load(in);
        }
        for (String entry : ini.getProperty("osgi.bundles", "").split(",")) {
            String location = entry.replaceFirst("@.*$", "");
            if (location.matches(".*/org\\.eclipse\\.equinox\\.launcher[-_][0-9][^/]*\\.jar")) {
                return Path.of(URI.create(location.substring(location.indexOf("file:"))));
            }
        }
        throw new AssertionError("org.eclipse.equinox.launcher is not in the test runtime: " + runtimeConfig);
    }
}

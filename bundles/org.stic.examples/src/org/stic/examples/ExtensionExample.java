package org.stic.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The worked example shipped with this bundle ({@code extension-example/}): a project settings file, an
 * extension metamodel (technoparks and shared laboratories), a rule file and a model that uses both. It is copied
 * out as a folder because settings, extensions and rules are found through the file system.
 */
public final class ExtensionExample {

    /** The example's files, relative to its folder. */
    public static final List<String> FILES = List.of("stic-project.json", "metamodel/technopark.ecore",
            "rules/methodology.ocl", "models/technopark-cluster.stic");

    /** The model of the example, relative to its folder. */
    public static final String MODEL = "models/technopark-cluster.stic";

    private static final String ROOT = "/extension-example/";

    /** Copies the example into {@code dir} (created when missing); returns the path of its model there. */
    public static Path copyTo(Path dir) throws IOException {
        for (String name : FILES) {
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = ExtensionExample.class.getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    throw new IOException(Messages.get("example.missingFile", ROOT + name));
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir.resolve(MODEL);
    }

    private ExtensionExample() {
    }
}

package org.stic.examples;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The example models shipped in this bundle's {@code models/} folder, as files that tests and the CLI can load. */
public final class Examples {

    /** The Kaluga cluster of pharmaceutics, biomedicine and biotechnology. */
    public static final String KALUGA_PHARMA = "kaluga-pharma";
    /** A defence-industry radio-electronics concern diversifying into civil products. */
    public static final String DEFENCE_RADIOELECTRONICS = "defence-radioelectronics";
    /** The smallest model that passes every rule: a template to start from. */
    public static final String STARTER = "starter";

    private static final List<String> NAMES = List.of(KALUGA_PHARMA, DEFENCE_RADIOELECTRONICS, STARTER);

    /** The names of the examples, in the order they are best read. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The file of the example {@code name} ({@code models/<name>.stic}); extracted from the bundle's jar into the
     * OSGi cache if need be, so it is always a real file.
     */
    public static Path path(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("there is no example '" + name + "'; the examples are " + NAMES);
        }
        Bundle bundle = FrameworkUtil.getBundle(Examples.class);
        if (bundle == null) {
            throw new IllegalStateException("the examples are resolved through OSGi; org.stic.examples is not running as a bundle");
        }
        URL entry = bundle.getEntry("models/" + name + ".stic");
        try {
            return new File(FileLocator.toFileURL(entry).getPath()).toPath();
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("example.cannotExtract", name), e);
        }
    }

    private Examples() {
    }
}

package org.stic.design.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.stic.SticPackage;
import org.stic.design.Activator;

/** The design as the built bundle ships it, written to a folder so that tests can load it (or a broken copy). */
final class DesignFiles {

    static Bundle designBundle() {
        return FrameworkUtil.getBundle(Activator.class);
    }

    /** The text of description/stic.odesign from the built org.stic.design bundle. */
    static String shippedText() throws IOException {
        URL entry = designBundle().getEntry(Activator.DESIGN_PATH);
        assertNotNull(entry, Activator.DESIGN_PATH + " is not in the built bundle " + designBundle().getSymbolicName());
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes {@code text} as {@code folder/stic.odesign} and loads it against Sirius's metamodels and STIC's. */
    static Resource load(SiriusMetamodels sirius, Path folder, String text) throws IOException {
        Path file = folder.resolve("stic.odesign");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return sirius.loadDesign(file, SticPackage.eINSTANCE);
    }

    private DesignFiles() {
    }
}

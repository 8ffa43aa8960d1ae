package org.stic.diagram.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The 32x32 type icons of the edit bundle {@code org.stic.model.edit} ({@code icons/full/obj32/<Class>.png}),
 * looked up as bundle entries (no code dependency on the edit bundle, which needs more of the platform than a
 * headless renderer should); outside OSGi, on the class path. A missing icon is simply not drawn: the outline and
 * fill still tell the type.
 */
public final class Icons {

    private static final String EDIT_BUNDLE = "org.stic.model.edit";
    private static final Map<String, Optional<Icon>> CACHE = new ConcurrentHashMap<>();

    private Icons() {
    }

    public static Optional<Icon> get(String name) {
        return name == null ? Optional.empty() : CACHE.computeIfAbsent(name, Icons::load);
    }

    private static Optional<Icon> load(String name) {
        String path = "icons/full/obj32/" + name + ".png";
        URL url = null;
        Bundle self = FrameworkUtil.getBundle(Icons.class);
        if (self != null && self.getBundleContext() != null) {
            for (Bundle b : self.getBundleContext().getBundles()) {
                if (EDIT_BUNDLE.equals(b.getSymbolicName())) {
                    url = b.getEntry(path);
                    break;
                }
            }
        } else {
            url = Icons.class.getClassLoader().getResource(path);
        }
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            byte[] png = in.readAllBytes();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            return image == null ? Optional.empty() : Optional.of(new Icon(name, png, image));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

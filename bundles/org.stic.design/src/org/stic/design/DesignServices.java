package org.stic.design;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

/**
 * The design's AQL service, declared on its viewpoint ({@code ownedJavaExtensions}): the texts its expressions put
 * on a diagram (diagram titles, region titles, link labels, notes after a name, tooltips, the names of new
 * elements), looked up by key in this bundle's {@code plugin.properties} and its locale variants, as Sirius looks up
 * the design's {@code %key} labels. Expressions call it as {@code self.sticText('key')} or
 * {@code self.sticText('key', argument)}; Sirius creates one instance with the public constructor.
 */
public final class DesignServices {

    /** The text of {@code key} in the workbench's language. */
    public String sticText(Object self, String key) {
        return text(texts(), key);
    }

    /** The text of {@code key} with {@code argument} in place of its {0}, in the workbench's language. */
    public String sticText(Object self, String key, Object argument) {
        return text(texts(), key, argument);
    }

    /** The text of {@code key} in {@code texts} (a language's localization of this bundle), with its arguments. */
    public static String text(ResourceBundle texts, String key, Object... arguments) {
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    private static ResourceBundle texts() {
        return Platform.getResourceBundle(FrameworkUtil.getBundle(DesignServices.class));
    }
}

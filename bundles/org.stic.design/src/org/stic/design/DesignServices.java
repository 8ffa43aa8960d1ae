package org.stic.design;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Enumerator;
import org.osgi.framework.FrameworkUtil;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * The design's AQL service, declared on its viewpoint ({@code ownedJavaExtensions}): the texts its expressions put
 * on a diagram (diagram titles, region titles, link labels, notes after a name, tooltips, the names of new
 * elements), looked up by key in this bundle's {@code plugin.properties} and its locale variants, as Sirius looks up
 * the design's {@code %key} labels, and enum values as the product's vocabulary names them. Expressions call it as
 * {@code self.sticText('key')}, {@code self.sticText('key', argument)} or {@code self.kind.sticLiteral()}; Sirius
 * creates one instance with the public constructor.
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

    /**
     * An enum value as the product's vocabulary words it ("cooperation", «кооперация»; org.stic.model.edit), in the
     * workbench's language: {@code self.kind.sticLiteral()}.
     */
    public String sticLiteral(Enumerator literal) {
        return Vocabulary.of(Language.of(Locale.forLanguageTag(Platform.getNL().replace('_', '-')))).literal(literal);
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

package org.stic.model.edit;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.stic.Interaction;
import org.stic.InteractionKind;
import org.stic.NamedElement;
import org.stic.Participant;
import org.stic.SticPackage;

/**
 * The one vocabulary of the metamodel: the names of its classes (singular and plural), features and enum literals in
 * one language, for trees, diagrams, rule messages, reports and the command line alike. The names come from this
 * bundle's resources: the generated {@code plugin.properties} (classes and features, English), its hand-written
 * Russian variant {@code plugin_ru.properties} (classes, features and literals), and {@code vocabulary.properties} /
 * {@code vocabulary_ru.properties} for what the generator does not write (plurals, English words for literals, the
 * phrases below), and {@code documentation_ru.properties} for the metamodel's documentation in Russian. Terms
 * follow {@code docs/glossary.md}. Classes of an extension metamodel have no entry and are
 * named by their own name, as words.
 */
public final class Vocabulary {

    private static final Map<Language, Vocabulary> INSTANCES = new EnumMap<>(Language.class);

    /** Looked up in this order; the first file that has a key wins. */
    private final List<MessageBundle> sources;
    /** The metamodel's documentation in this language; null in English (the .ecore's own). */
    private final MessageBundle documentation;
    private final Language language;

    private Vocabulary(Language language) {
        this.language = language;
        this.sources = List.of(new LocalOnly(language, "vocabulary"), new LocalOnly(language, "plugin"),
                new LocalOnly(Language.EN, "vocabulary"), new LocalOnly(Language.EN, "plugin"))
                .stream().map(LocalOnly::bundle).collect(Collectors.toList());
        this.documentation = language == Language.EN ? null : new LocalOnly(language, "documentation").bundle();
    }

    public static synchronized Vocabulary of(Language language) {
        return INSTANCES.computeIfAbsent(language, Vocabulary::new);
    }

    /** The vocabulary of the JVM's language (the workbench's). */
    public static Vocabulary current() {
        return of(Language.current());
    }

    public Language language() {
        return language;
    }

    /** "Key Action", «Ключевое действие». */
    public String type(EClass eClass) {
        return lookup("_UI_" + eClass.getName() + "_type", words(eClass.getName()));
    }

    /**
     * The class's name as it starts a sentence: "Key action" (English names are title case in trees and menus),
     * «Ключевое действие» (Russian names are written so already).
     */
    public String typeInSentence(EClass eClass) {
        String type = type(eClass);
        if (language != Language.EN) {
            return type;
        }
        String[] words = type.split(" ");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            b.append(' ').append(w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) ? w : w.toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    /** "Key Actions", «Ключевые действия». */
    public String types(EClass eClass) {
        return lookup("_UI_" + eClass.getName() + "_plural", words(eClass.getName()));
    }

    /** "Supporting Resources", «Обеспечивающие ресурсы». */
    public String feature(EStructuralFeature feature) {
        EClass owner = feature.getEContainingClass();
        return lookup("_UI_" + owner.getName() + "_" + feature.getName() + "_feature", feature.getName());
    }

    /** "R&D support", «поддержка НИОКР»; "not assessed" for null. */
    public String literal(Enumerator literal) {
        if (literal == null) {
            return phrase("none");
        }
        String fallback = literal.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
        String eEnum = literal instanceof org.eclipse.emf.ecore.EEnumLiteral l ? l.getEEnum().getName()
                : literal.getClass().getSimpleName();
        return lookup("_UI_" + eEnum + "_" + literal.getName() + "_literal", fallback);
    }

    /** The literals joined by the language's list separator; the empty text for none. */
    public String literals(Collection<? extends Enumerator> literals) {
        return literals.isEmpty() ? phrase("none")
                : literals.stream().map(this::literal).collect(Collectors.joining(", "));
    }

    /** The enum's literals as words, in declaration order (for pickers and legends). */
    public List<String> literalsOf(EEnum eEnum) {
        return eEnum.getELiterals().stream().map(l -> literal(l.getInstance())).collect(Collectors.toList());
    }

    /**
     * What people read for an element: its name; an unnamed one "(unnamed Key Action)"; an interaction
     * "source → target (kind)" (without the kind while it is UNSPECIFIED); anything else its type.
     */
    public String label(Object object) {
        if (object instanceof Interaction interaction) {
            String ends = end(interaction.getSource()) + " → " + end(interaction.getTarget());
            // a kind not assessed yet adds nothing to the label
            return interaction.getKind() == InteractionKind.UNSPECIFIED ? ends
                    : ends + " (" + literal(interaction.getKind()) + ")";
        }
        if (object instanceof NamedElement named) {
            String name = named.getName();
            return name == null || name.isBlank() ? MessageBundle.fill(phrase("unnamed"), type(named.eClass())) : name;
        }
        if (object instanceof EObject eObject) {
            return type(eObject.eClass());
        }
        return String.valueOf(object);
    }

    /** "Key action 'Prototype testing'", «Ключевое действие «Испытания прототипов»». */
    public String typed(EObject element) {
        return MessageBundle.fill(phrase("typed"), typeInSentence(element.eClass()), label(element));
    }

    /**
     * The documentation of a class, feature or literal of the STIC metamodel (or of the package itself) in this
     * vocabulary's language, from {@code documentation_<language>.properties}; null in English, whose documentation is
     * the metamodel's own (the GenModel annotations of {@code stic.ecore}), and for extension metamodels.
     */
    public String documentation(ENamedElement element) {
        String key = documentationKey(element);
        return key == null || documentation == null || !documentation.has(key) ? null
                : documentation.get(Language.EN, key);
    }

    /** "KeyResource", "KeyResource.capacity", "ResourceKind.EQUIPMENT", "stic"; null outside the STIC metamodel. */
    private static String documentationKey(ENamedElement element) {
        EPackage ePackage = element instanceof EPackage p ? p
                : element instanceof EClassifier c ? c.getEPackage()
                : element instanceof EStructuralFeature f && f.getEContainingClass() != null
                        ? f.getEContainingClass().getEPackage()
                : element instanceof EEnumLiteral l && l.getEEnum() != null ? l.getEEnum().getEPackage() : null;
        if (ePackage == null || !SticPackage.eNS_URI.equals(ePackage.getNsURI())) {
            return null;
        }
        if (element instanceof EStructuralFeature f) {
            return f.getEContainingClass().getName() + "." + f.getName();
        }
        if (element instanceof EEnumLiteral l) {
            return l.getEEnum().getName() + "." + l.getName();
        }
        return element.getName();
    }

    /** An extension's name as words, as the generator writes STIC's: "SharedLaboratory" becomes "Shared Laboratory". */
    private static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
    }

    /** A phrase of the vocabulary itself ("none", "unnamed", "typed"). */
    private String phrase(String key) {
        return lookup("phrase." + key, key);
    }

    private String end(Participant participant) {
        return participant == null ? "?" : label(participant);
    }

    private String lookup(String key, String fallback) {
        for (MessageBundle source : sources) {
            if (source.has(key)) {
                return source.get(Language.EN, key);
            }
        }
        return fallback;
    }

    /** A bundle that answers only from the file of one language ("plugin_ru.properties" alone, or the base file). */
    private record LocalOnly(Language language, String base) {
        MessageBundle bundle() {
            return new MessageBundle(Vocabulary.class, language == Language.EN ? base : base + "_" + language.code());
        }
    }
}

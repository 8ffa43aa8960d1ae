package org.stic.design.tests;

import static org.stic.design.tests.DesignChecks.all;
import static org.stic.design.tests.DesignChecks.path;
import static org.stic.design.tests.DesignChecks.string;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.stic.SticPackage;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.EdgeType;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * The texts a Sirius user reads in the design: every label (Sirius's {@code TranslatableMessage} attributes) and the
 * documentation Sirius shows to end users (the viewpoint's, the diagrams', the tools' as palette tooltips) is a
 * {@code %key}, which Sirius resolves against the design bundle's {@code plugin.properties} and its locale variants;
 * every text an expression shows comes from the same files through the design's service {@code sticText}.
 * The documentation of mappings is a note for whoever edits the design, and Sirius shows it to nobody else.
 * Each check returns its problems, one line each, naming the element by its path.
 */
final class DesignTexts {

    /** Keys whose text is the same in both languages: the vendor's name. */
    static final Set<String> SAME_IN_BOTH = Set.of("providerName");

    private static final Set<String> USER_DOCUMENTED = Set.of("Viewpoint", "DiagramDescription", "ToolSection");
    private static final Pattern KEY = Pattern.compile("%[\\w.]+");
    /** A call of the design's text service with a literal key: the key is group 1. */
    private static final Pattern SERVICE_KEY = Pattern.compile(AqlNavigation.SERVICE_TEXT + "\\('([\\w.]+)'");
    private static final String SERVICES_CLASS = "org.stic.design.DesignServices";
    private static final Pattern CYRILLIC = Pattern.compile(".*\\p{IsCyrillic}.*");

    private final Resource design;

    DesignTexts(Resource design) {
        this.design = design;
    }

    /** Every text Sirius shows to its users, as (element path.attribute, value), in file order. */
    Map<String, String> userTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        design.getAllContents().forEachRemaining(o -> {
            for (EAttribute attribute : o.eClass().getEAllAttributes()) {
                boolean translatable = attribute.getEAttributeType().getName().equals("TranslatableMessage")
                        || attribute.getName().equals("documentation") && shownToUsers(o.eClass());
                if (translatable && o.eIsSet(attribute) && !((String) o.eGet(attribute)).isEmpty()) {
                    texts.put(path(o) + "." + attribute.getName(), (String) o.eGet(attribute));
                }
            }
        });
        return texts;
    }

    /** Texts Sirius would show as they stand: not a {@code %key} (a {@code %%} escape is a literal too). */
    List<String> literalTexts() {
        List<String> problems = new ArrayList<>();
        userTexts().forEach((where, text) -> {
            if (!KEY.matcher(text).matches()) {
                problems.add(where + " = '" + text + "' is not a %key");
            }
        });
        if (all(root(), "ownedViewpoints").stream().anyMatch(v -> string(v, "label") == null)) {
            problems.add("a viewpoint has no label: Sirius would show its name, untranslated");
        }
        return problems;
    }

    /** Keys the design names (as %key labels or in its expressions' text service) that a properties file does not hold. */
    List<String> missingKeys(String fileName, Map<String, String> properties) {
        List<String> problems = new ArrayList<>();
        userTexts().forEach((where, text) -> {
            if (KEY.matcher(text).matches() && !properties.containsKey(text.substring(1))) {
                problems.add(where + " = '" + text + "' is not in " + fileName);
            }
        });
        expressions().forEach((where, expression) -> {
            Matcher key = SERVICE_KEY.matcher(expression);
            while (key.find()) {
                if (!properties.containsKey(key.group(1))) {
                    problems.add(where + ": " + AqlNavigation.SERVICE_TEXT + "('" + key.group(1) + "') is not in " + fileName);
                }
            }
        });
        return problems;
    }

    /**
     * Expressions that would put text on a diagram as it stands: a string literal with a letter in it that is not the
     * key of the text service ({@code self.sticText('key'[, text])}) nor the path of an image in this bundle; and
     * calls of the service whose key is not a literal (it could not be checked).
     */
    List<String> literalExpressionTexts(String bundleId) {
        List<String> problems = new ArrayList<>();
        expressions().forEach((where, expression) -> {
            String rest = SERVICE_KEY.matcher(expression).replaceAll("").replaceAll("'/" + Pattern.quote(bundleId) + "/[^']*'", "");
            if (rest.contains(AqlNavigation.SERVICE_TEXT + "(")) {
                problems.add(where + " = '" + expression + "': the text service's key must be a literal");
            }
            Matcher literal = Pattern.compile("'[^']*\\p{L}[^']*'").matcher(rest);
            if (literal.find()) {
                problems.add(where + " = '" + expression + "' shows " + literal.group() + " as it stands: use self."
                        + AqlNavigation.SERVICE_TEXT + "('key')");
            }
        });
        if (all(root(), "ownedViewpoints").stream().noneMatch(v -> all(v, "ownedJavaExtensions").stream()
                .anyMatch(j -> SERVICES_CLASS.equals(string(j, "qualifiedClassName"))))) {
            problems.add("no viewpoint declares the text service " + SERVICES_CLASS + " (ownedJavaExtensions)");
        }
        return problems;
    }

    /** Every AQL expression of the design, as (element path.attribute, expression), in file order. */
    private Map<String, String> expressions() {
        Map<String, String> found = new LinkedHashMap<>();
        design.getAllContents().forEachRemaining(o -> {
            for (EAttribute attribute : o.eClass().getEAllAttributes()) {
                if (attribute.getEAttributeType().getName().equals("InterpretedExpression") && o.eIsSet(attribute)
                        && ((String) o.eGet(attribute)).strip().startsWith("aql:")) {
                    found.put(path(o) + "." + attribute.getName(), (String) o.eGet(attribute));
                }
            }
        });
        return found;
    }

    /**
     * Every English key has a Russian value that is not empty and is written in Russian (the same text only where
     * {@link #SAME_IN_BOTH} allows it), and the Russian file holds no key the English one does not.
     */
    static List<String> russianProblems(Map<String, String> english, Map<String, String> russian) {
        List<String> problems = new ArrayList<>();
        english.forEach((key, text) -> {
            String value = russian.get(key);
            if (value == null || value.isBlank()) {
                problems.add(key + ": no Russian text");
            } else if (!SAME_IN_BOTH.contains(key) && (value.equals(text) || !CYRILLIC.matcher(value).matches())) {
                problems.add(key + ": '" + value + "' is not Russian");
            }
        });
        russian.keySet().stream().filter(k -> !english.containsKey(k)).forEach(k -> problems.add(k + ": not in English"));
        return problems;
    }

    /**
     * The design names what it draws as the product does: a node mapping by the vocabulary's name of its class, a
     * region, a diagram and a link by the diagram engine's title or label; a creation tool by the label of the mapping
     * it creates; a tool section for a region by the region's title. {@code resolve} gives a label's text in a
     * language as Sirius would show it. English is compared ignoring case (the vocabulary writes class names in title
     * case), Russian exactly.
     */
    List<String> agreementProblems(Language language, BiFunction<String, Language, String> resolve) {
        List<String> problems = new ArrayList<>();
        Vocabulary vocabulary = Vocabulary.of(language);
        design.getAllContents().forEachRemaining(o -> {
            String expected = switch (o.eClass().getName()) {
            case "DiagramDescription" -> SiriusMappings.viewOf(string(o, "name")).title(language);
            case "ContainerMapping" -> region(string(o, "domainClass")).label(language);
            case "NodeMapping" -> vocabulary.type(domainClass(string(o, "domainClass")));
            case "EdgeMapping" -> EdgeType.byId(string(o, "name")).map(t -> t == EdgeType.INTERACTION
                    ? vocabulary.type(t.edgeClass()) : t.displayLabel(language)).orElse(null);
            case "NodeCreationDescription", "ContainerCreationDescription", "EdgeCreationDescription" -> {
                List<EObject> created = new ArrayList<>();
                for (String feature : List.of("nodeMappings", "containerMappings", "edgeMappings")) {
                    if (o.eClass().getEStructuralFeature(feature) != null) {
                        created.addAll(all(o, feature));
                    }
                }
                yield created.size() == 1 ? resolve.apply(string(created.get(0), "label"), language) : null;
            }
            case "ToolSection" -> {
                String domainClass = regionOfSection(string(o, "name"));
                yield domainClass == null ? null : region(domainClass).label(language);
            }
            default -> null;
            };
            if (expected != null) {
                String shown = resolve.apply(string(o, "label"), language);
                boolean same = language == Language.RU ? expected.equals(shown) : expected.equalsIgnoreCase(shown);
                if (!same) {
                    problems.add(path(o) + " (" + language.code() + "): '" + shown + "', the product says '" + expected + "'");
                }
            }
        });
        return problems;
    }

    private EObject root() {
        return design.getContents().get(0);
    }

    private static boolean shownToUsers(EClass eClass) {
        return USER_DOCUMENTED.contains(eClass.getName()) || eClass.getEAllSuperTypes().stream()
                .anyMatch(s -> s.getName().equals("AbstractToolDescription"));
    }

    private static EClass domainClass(String qualified) {
        return (EClass) SticPackage.eINSTANCE.getEClassifier(qualified.substring(qualified.indexOf('.') + 1));
    }

    private static ContourRegion region(String domainClass) {
        for (ContourRegion region : ContourRegion.values()) {
            if (SiriusMappings.regionClass(region).equals(domainClass)) {
                return region;
            }
        }
        throw new IllegalArgumentException(domainClass + " is not the class of a contour region");
    }

    /** The region class a tool section stands for (its name is the region's, as in "InternalContour"), or null. */
    private static String regionOfSection(String name) {
        for (ContourRegion region : ContourRegion.values()) {
            String domainClass = SiriusMappings.regionClass(region);
            if (domainClass.equals("stic." + name) || region == ContourRegion.GOALS && name.equals("Goals")) {
                return domainClass;
            }
        }
        return null;
    }
}

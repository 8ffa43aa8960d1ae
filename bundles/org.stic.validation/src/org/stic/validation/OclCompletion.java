package org.stic.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ocl.ecore.EcoreEnvironmentFactory;
import org.eclipse.ocl.ecore.OCL;
import org.eclipse.ocl.helper.Choice;
import org.eclipse.ocl.helper.ConstraintKind;

/**
 * What may be written at a place in a Complete OCL rule document, for an editor's content assist: after
 * {@code context}, the classes of the enclosing package (STIC's or an extension's); after {@code package}, the
 * packages; after {@code self.}, {@code x.} or {@code ->}, what classic OCL's own syntax help offers on the
 * expression written so far in the invariant, in the context class (features, operations, collection operations);
 * elsewhere, the keywords and the context class's features (OCL's implicit {@code self}); in a {@code -- @rule}
 * comment, its keys and their values (severities, categories). The same packages and the
 * same OCL environment as the rules are read with ({@link OclDocumentRules}); nothing is parsed twice by hand.
 */
public final class OclCompletion {

    /** What a proposal is. */
    public enum Kind {
        PROPERTY, LITERAL, OPERATION, VARIABLE, CLASS, PACKAGE, KEYWORD,
        /** A key of the {@code -- @rule} comment, or one of its values (a severity, a category). */
        METADATA
    }

    /** One proposal: the text to insert, its kind and what it is ("EInt", "Participant", "Technopark"). */
    public record Proposal(String name, Kind kind, String detail) {
    }

    /** The proposals at an offset, and where the word they replace starts. */
    public record Result(int replaceFrom, List<Proposal> proposals) {
    }

    /** The words of Complete OCL an author types; colouring and assist share them. */
    public static final List<String> KEYWORDS = List.of("package", "endpackage", "context", "inv", "def", "pre",
            "post", "body", "derive", "init", "import", "let", "in", "if", "then", "else", "endif", "and", "or",
            "xor", "not", "implies", "self", "true", "false", "null", "invalid", "oclIsUndefined", "oclIsKindOf",
            "oclIsTypeOf", "oclAsType");

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w:]+)");
    private static final Pattern END_PACKAGE = Pattern.compile("(?m)^\\s*endpackage\\b");
    private static final Pattern CONTEXT = Pattern.compile("(?m)^\\s*context\\s+([\\w:]+)");
    /** Where an expression starts: after {@code inv name:}, {@code def: ... =}, {@code body:} ... */
    private static final Pattern BODY_START = Pattern.compile(
            "(?m)^\\s*(?:inv(?:\\s+\\w+)?|derive|init|body|pre(?:\\s+\\w+)?|post(?:\\s+\\w+)?)\\s*:");
    private static final Pattern AFTER_CONTEXT = Pattern.compile("\\bcontext\\s+$");
    private static final Pattern AFTER_PACKAGE = Pattern.compile("(?:^|\\n)\\s*package\\s+$");
    private static final Pattern NAVIGATION = Pattern.compile("(\\.|->)\\s*$");
    /** A {@code -- @rule} comment's line up to the caret, after its id (the rules read it so: OclDocumentRules). */
    private static final Pattern RULE_COMMENT = Pattern.compile("^\\s*--\\s*@rule\\s+\\S+(\\s.*)?$");

    private OclCompletion() {
    }

    /** The proposals at {@code offset} of {@code text}; {@code packages} as the project reads its rules with. */
    public static Result at(EPackage.Registry packages, String text, int offset) {
        int from = offset;
        while (from > 0 && Character.isJavaIdentifierPart(text.charAt(from - 1))) {
            from--;
        }
        String prefix = text.substring(from, offset);
        String before = text.substring(0, from);
        List<Proposal> all = new ArrayList<>();
        Matcher metadata = RULE_COMMENT.matcher(before.substring(before.lastIndexOf('\n') + 1));
        if (metadata.matches()) {
            if (metadata.group(1) != null) {
                ruleCommentProposals(metadata.group(1), all);
            }
            return new Result(from, filter(all, prefix));
        }
        if (inComment(before)) {
            return new Result(from, List.of());
        }
        EPackage enclosing = enclosingPackage(packages, before);
        if (AFTER_PACKAGE.matcher(before).find()) {
            for (EPackage p : packages(packages)) {
                all.add(new Proposal(p.getName(), Kind.PACKAGE, p.getNsURI()));
            }
        } else if (AFTER_CONTEXT.matcher(before).find()) {
            for (EPackage p : enclosing != null ? List.of(enclosing) : packages(packages)) {
                p.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
                        .sorted(Comparator.comparing(EClass::getName))
                        .forEach(c -> all.add(new Proposal(c.getName(), Kind.CLASS, classDetail(c))));
            }
        } else {
            EClass context = contextClass(packages, enclosing, before);
            Matcher navigation = NAVIGATION.matcher(before);
            if (context != null && navigation.find()) {
                all.addAll(syntaxHelp(packages, context, expressionBefore(before)));
            } else {
                if (context != null && insideExpression(before)) {
                    all.addAll(syntaxHelp(packages, context, "self."));
                }
                KEYWORDS.forEach(k -> all.add(new Proposal(k, Kind.KEYWORD, "")));
            }
        }
        return new Result(from, filter(all, prefix));
    }

    /** The proposals that start with what is typed, case aside, each once. */
    private static List<Proposal> filter(List<Proposal> all, String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        Map<String, Proposal> unique = new LinkedHashMap<>();
        for (Proposal p : all) {
            if (p.name().toLowerCase(Locale.ROOT).startsWith(lower)) {
                unique.putIfAbsent(p.kind() + " " + p.name(), p);
            }
        }
        return List.copyOf(unique.values());
    }

    /**
     * In a {@code -- @rule ID ...} comment, after the id: the keys the rules read, or after {@code severity=} and
     * {@code category=} their values (the words a rule file writes; outside a quoted value).
     */
    private static void ruleCommentProposals(String afterId, List<Proposal> into) {
        if (afterId.chars().filter(c -> c == '"').count() % 2 == 1) {
            return; // inside a message, title or rationale
        }
        if (afterId.endsWith("severity=")) {
            for (Severity severity : Severity.values()) {
                into.add(new Proposal(severity.label(), Kind.METADATA, "severity"));
            }
        } else if (afterId.endsWith("category=")) {
            for (RuleCategory category : RuleCategory.values()) {
                into.add(new Proposal(category.name().toLowerCase(Locale.ROOT), Kind.METADATA, "category"));
            }
        } else if (afterId.isEmpty() || Character.isWhitespace(afterId.charAt(afterId.length() - 1))) {
            for (String key : OclDocumentRules.RULE_KEYS) {
                if (!afterId.matches("(?s).*\\b" + key + "\\s*=.*")) {
                    into.add(new Proposal(key + "=", Kind.METADATA, ""));
                }
            }
        }
    }

    /** Whether {@code before} ends inside a {@code --} or an unclosed {@code /*} comment. */
    private static boolean inComment(String before) {
        int lineStart = before.lastIndexOf('\n') + 1;
        String line = before.substring(lineStart);
        boolean quoted = false;
        for (int i = 0; i + 1 < line.length(); i++) {
            if (line.charAt(i) == '\'') {
                quoted = !quoted;
            } else if (!quoted && line.startsWith("--", i)) {
                return true;
            }
        }
        return before.lastIndexOf("/*") > before.lastIndexOf("*/");
    }

    /** The package whose {@code package ... endpackage} block {@code before} ends in, or null. */
    private static EPackage enclosingPackage(EPackage.Registry packages, String before) {
        String name = lastMatch(PACKAGE, before);
        if (name == null || lastMatchEnd(END_PACKAGE, before) > lastMatchEnd(PACKAGE, before)) {
            return null;
        }
        String simple = name.substring(name.lastIndexOf(':') + 1);
        return packages(packages).stream().filter(p -> simple.equals(p.getName())).findFirst().orElse(null);
    }

    /** The class of the last {@code context} before the offset, looked up as the rules are: in its package. */
    private static EClass contextClass(EPackage.Registry packages, EPackage enclosing, String before) {
        String name = lastMatch(CONTEXT, before);
        if (name == null) {
            return null;
        }
        String simple = name.substring(name.lastIndexOf(':') + 1);
        for (EPackage p : enclosing != null ? List.of(enclosing) : packages(packages)) {
            if (p.getEClassifier(simple) instanceof EClass c) {
                return c;
            }
        }
        return null;
    }

    /** Whether the offset is in an invariant's (or other constraint's) expression, after its {@code name:}. */
    private static boolean insideExpression(String before) {
        return lastMatchEnd(BODY_START, before) > Math.max(lastMatchEnd(CONTEXT, before),
                Math.max(lastMatchEnd(PACKAGE, before), lastMatchEnd(END_PACKAGE, before)));
    }

    /**
     * The navigation the offset continues ({@code self.}, {@code self.resources->}, {@code r.}), cut from the
     * constraint's expression before it: OCL's syntax help types the whole text it is given, so {@code not self.}
     * would be a Boolean. An iterator variable ({@code src->forAll(r | r.}) becomes {@code src->any(true).}, which
     * OCL types as the collection's element, as the variable is.
     */
    private static String expressionBefore(String before) {
        int start = Math.max(lastMatchEnd(BODY_START, before), 0);
        String expression = before.substring(start);
        String navigation = trailingNavigation(expression);
        Matcher variable = Pattern.compile("^(\\w+)\\s*(\\.|->)").matcher(navigation);
        if (variable.find() && !variable.group(1).equals("self")) {
            Matcher iterator = Pattern.compile("->\\s*\\w+\\s*\\(\\s*(?:\\w+\\s*(?::\\s*[\\w:]+\\s*)?,\\s*)*"
                    + Pattern.quote(variable.group(1)) + "\\s*(?::\\s*[\\w:]+\\s*)?(?:,[^|]*)?\\|").matcher(expression);
            int at = -1;
            while (iterator.find()) {
                at = iterator.start();
            }
            if (at >= 0) {
                String source = trailingNavigation(expression.substring(0, at) + "->");
                return source.substring(0, source.length() - 2) + "->any(true)"
                        + navigation.substring(variable.group(1).length());
            }
        }
        return navigation;
    }

    /** The end of {@code expression} that is one navigation: names, {@code .}, {@code ->}, {@code ::}, (...). */
    private static String trailingNavigation(String expression) {
        int i = expression.length();
        int depth = 0;
        while (i > 0) {
            char c = expression.charAt(i - 1);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && !(Character.isJavaIdentifierPart(c) || c == '.' || c == ':'
                    || (c == '>' && i > 1 && expression.charAt(i - 2) == '-') || (c == '-' && i < expression.length()
                            && expression.charAt(i) == '>'))) {
                break;
            }
            i--;
        }
        return expression.substring(i);
    }

    /** What classic OCL's syntax help offers after {@code expression} (ending in "." or "->") in {@code context}. */
    private static List<Proposal> syntaxHelp(EPackage.Registry packages, EClass context, String expression) {
        OCL ocl = OCL.newInstance(new EcoreEnvironmentFactory(packages));
        OCL.Helper helper = ocl.createOCLHelper();
        helper.setContext(context);
        List<Proposal> proposals = new ArrayList<>();
        List<Choice> choices;
        try {
            choices = helper.getSyntaxHelp(ConstraintKind.INVARIANT, expression.stripLeading());
        } catch (RuntimeException e) {
            // an expression OCL cannot make sense of yet: no proposals rather than a failure while typing
            return proposals;
        }
        for (Choice c : choices) {
            Kind kind = switch (c.getKind()) {
                case PROPERTY, ASSOCIATION_CLASS -> Kind.PROPERTY;
                case OPERATION, SIGNAL -> Kind.OPERATION;
                case ENUMERATION_LITERAL -> Kind.LITERAL;
                case TYPE -> Kind.CLASS;
                case PACKAGE -> Kind.PACKAGE;
                default -> Kind.VARIABLE;
            };
            proposals.add(new Proposal(c.getName(), kind, detail(c)));
        }
        // the model's features first, then enumeration literals, then operations, each alphabetically
        proposals.sort(Comparator.comparing((Proposal p) -> p.kind().ordinal()).thenComparing(Proposal::name));
        return proposals;
    }

    private static String detail(Choice c) {
        if (c.getElement() instanceof EStructuralFeature f) {
            String type = f.getEType() == null ? "" : f.getEType().getName();
            return (f.isMany() ? type + "[*]" : type) + " - " + f.getEContainingClass().getName();
        }
        if (c.getElement() instanceof EEnumLiteral l) {
            return l.getEEnum().getName();
        }
        return c.getDescription() == null ? "" : c.getDescription();
    }

    private static String classDetail(EClass c) {
        List<String> supertypes = c.getESuperTypes().stream().map(EClassifier::getName).toList();
        return c.getEPackage().getName() + (supertypes.isEmpty() ? "" : " - " + String.join(", ", supertypes));
    }

    /** STIC and the extensions the registry itself holds (not those of the global registry it delegates to). */
    private static List<EPackage> packages(EPackage.Registry packages) {
        List<EPackage> result = new ArrayList<>();
        for (String nsUri : List.copyOf(packages.keySet())) {
            EPackage p = packages.getEPackage(nsUri);
            if (p != null && !result.contains(p)) {
                result.add(p);
            }
        }
        return result;
    }

    private static String lastMatch(Pattern pattern, String text) {
        String last = null;
        for (Matcher m = pattern.matcher(text); m.find();) {
            last = m.group(1);
        }
        return last;
    }

    private static int lastMatchEnd(Pattern pattern, String text) {
        int end = -1;
        for (Matcher m = pattern.matcher(text); m.find();) {
            end = m.end();
        }
        return end;
    }
}

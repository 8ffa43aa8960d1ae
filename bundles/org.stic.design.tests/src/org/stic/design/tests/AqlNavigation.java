package org.stic.design.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Types the expressions of a Sirius design against the STIC metamodel without running them: the {@code feature:} and
 * {@code var:} shorthands, integer constants, and the subset of AQL the design uses (navigation, chained navigation
 * over collections, {@code ->} collection operations, {@code eContainer}/{@code oclIsKindOf}/{@code oclAsType},
 * comparisons with enum literals and {@code null}, {@code and/or/not}, string concatenation, the design's services
 * {@code sticText} and {@code sticLiteral}). Anything outside that subset is reported rather than guessed, so the
 * design cannot silently outgrow the check.
 */
final class AqlNavigation {

    /** The static type of an expression: a classifier (null for the null literal) and whether it is a collection. */
    record Type(EClassifier classifier, boolean many) {
        static Type one(EClassifier classifier) {
            return new Type(classifier, false);
        }

        Type asOne() {
            return new Type(classifier, false);
        }

        Type asMany() {
            return new Type(classifier, true);
        }

        @Override
        public String toString() {
            String name = classifier == null ? "null" : qualified(classifier);
            return many ? "Collection(" + name + ")" : name;
        }
    }

    /** An expression that names something that does not exist, or leaves the checked subset. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /** The design's text service, {@code self.sticText('key'[, text])}: see {@code org.stic.design.DesignServices}. */
    static final String SERVICE_TEXT = "sticText";
    /** The design's service naming an enum value in the vocabulary's words, {@code self.kind.sticLiteral()}. */
    static final String SERVICE_LITERAL = "sticLiteral";

    private static final Type BOOLEAN = Type.one(EcorePackage.Literals.EBOOLEAN);
    private static final Type INTEGER = Type.one(EcorePackage.Literals.EINT);
    private static final Type STRING = Type.one(EcorePackage.Literals.ESTRING);
    private static final Type NULL = Type.one(null);

    private final EPackage domain;

    AqlNavigation(EPackage domain) {
        this.domain = domain;
    }

    /** The type of {@code expression} where {@code variables} (including {@code self}) have the given types. */
    Type type(String expression, Map<String, Type> variables) throws Failure {
        String text = expression.strip();
        if (text.startsWith("feature:")) {
            return navigate(variable("self", variables), text.substring("feature:".length()).strip());
        }
        if (text.startsWith("var:")) {
            return variable(text.substring("var:".length()).strip(), variables);
        }
        if (text.matches("-?\\d+")) {
            return INTEGER;
        }
        if (!text.startsWith("aql:")) {
            throw new Failure("'" + expression + "' is not an AQL expression (Sirius 7.5+ accepts AQL, feature:, var:)");
        }
        Parser parser = new Parser(text.substring("aql:".length()), variables);
        Type type = parser.expression();
        parser.expectEnd();
        return type;
    }

    /** The class that {@code qualifiedName} ({@code stic.X} or {@code stic::X}) names in the domain package. */
    EClass domainClass(String qualifiedName) throws Failure {
        EClassifier classifier = classifier(qualifiedName.replace("::", "."));
        if (!(classifier instanceof EClass eClass)) {
            throw new Failure("'" + qualifiedName + "' is not a class of " + domain.getName());
        }
        return eClass;
    }

    /** Whether a value of type {@code actual} may be stored where {@code expected} is required. */
    static boolean conforms(Type actual, EClassifier expected) {
        if (actual.classifier() == null) {
            return true;
        }
        if (expected instanceof EClass expectedClass && actual.classifier() instanceof EClass actualClass) {
            return expectedClass == EcorePackage.Literals.EOBJECT || expectedClass.isSuperTypeOf(actualClass);
        }
        if (expected == actual.classifier()) {
            return true;
        }
        Class<?> expectedJava = expected.getInstanceClass();
        Class<?> actualJava = actual.classifier().getInstanceClass();
        return expectedJava != null && actualJava != null && boxed(expectedJava).isAssignableFrom(boxed(actualJava));
    }

    static String qualified(EClassifier classifier) {
        return classifier.getEPackage().getName() + "::" + classifier.getName();
    }

    /** The single feature {@code expression} navigates from {@code self}, or null if it is not a one-step navigation. */
    static String singleNavigation(String expression) {
        String text = expression.strip();
        if (text.startsWith("feature:")) {
            return text.substring("feature:".length()).strip();
        }
        if (text.matches("aql:\\s*self\\.\\w+\\s*")) {
            return text.substring(text.indexOf('.') + 1).strip();
        }
        return null;
    }

    /** The last feature a {@code feature:} or AQL navigation chain from {@code self} ends with, or null. */
    static String lastNavigation(String expression) {
        String text = expression.strip();
        if (text.startsWith("feature:")) {
            return text.substring("feature:".length()).strip();
        }
        if (text.matches("aql:\\s*self(\\.\\w+)+\\s*")) {
            return text.substring(text.lastIndexOf('.') + 1).strip();
        }
        return null;
    }

    private Type navigate(Type source, String featureName) throws Failure {
        if (!(source.classifier() instanceof EClass eClass)) {
            throw new Failure("cannot navigate '" + featureName + "' from " + source);
        }
        EStructuralFeature feature = eClass.getEStructuralFeature(featureName);
        if (feature == null) {
            throw new Failure("feature '" + featureName + "' does not exist on " + qualified(eClass));
        }
        return new Type(feature.getEType(), source.many() || feature.isMany());
    }

    private static Type variable(String name, Map<String, Type> variables) throws Failure {
        Type type = variables.get(name);
        if (type == null) {
            throw new Failure("variable '" + name + "' is not defined here (defined: " + variables.keySet() + ")");
        }
        return type;
    }

    private EClassifier classifier(String qualifiedName) throws Failure {
        int dot = qualifiedName.indexOf('.');
        if (dot < 0 || !qualifiedName.substring(0, dot).equals(domain.getName())) {
            throw new Failure("'" + qualifiedName + "' does not name a classifier of " + domain.getName());
        }
        EClassifier classifier = domain.getEClassifier(qualifiedName.substring(dot + 1));
        if (classifier == null) {
            throw new Failure("'" + qualifiedName + "' does not name a classifier of " + domain.getName());
        }
        return classifier;
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        return type;
    }

    /** A type literal ({@code stic::KeyAction}) used as an argument of filter, oclIsKindOf and the like. */
    private record TypeLiteral(EClassifier classifier) {
    }

    /** Recursive descent over the AQL subset; each method returns the static type of what it parsed. */
    private final class Parser {
        private final List<String> tokens;
        private final Map<String, Type> variables;
        private int next;

        Parser(String text, Map<String, Type> variables) throws Failure {
            this.tokens = tokenize(text);
            this.variables = variables;
        }

        Type expression() throws Failure {
            Type left = and();
            while (accept("or")) {
                left = booleans(left, and());
            }
            return left;
        }

        void expectEnd() throws Failure {
            if (next < tokens.size()) {
                throw new Failure("unexpected '" + tokens.get(next) + "'");
            }
        }

        private Type and() throws Failure {
            Type left = not();
            while (accept("and")) {
                left = booleans(left, not());
            }
            return left;
        }

        private Type not() throws Failure {
            if (accept("not")) {
                return booleans(not(), BOOLEAN);
            }
            return comparison();
        }

        private Type comparison() throws Failure {
            Type left = sum();
            for (String operator : List.of("=", "<>", "<=", ">=", "<", ">")) {
                if (accept(operator)) {
                    Type right = sum();
                    if (left.classifier() instanceof EEnum && right.classifier() instanceof EEnum
                            && left.classifier() != right.classifier()) {
                        throw new Failure("compares " + left + " with a literal of " + right);
                    }
                    return BOOLEAN;
                }
            }
            return left;
        }

        private Type sum() throws Failure {
            Type left = postfix();
            while (accept("+")) {
                Type right = postfix();
                left = left.equals(STRING) || right.equals(STRING) ? STRING : INTEGER;
            }
            return left;
        }

        private Type postfix() throws Failure {
            Object primary = primary();
            if (primary instanceof TypeLiteral literal) {
                throw new Failure("type literal " + qualified(literal.classifier()) + " used as a value");
            }
            Type type = (Type) primary;
            while (true) {
                if (accept(".")) {
                    String name = identifier();
                    type = peek("(") ? call(type, name) : navigate(type, name);
                } else if (accept("->")) {
                    type = collectionCall(type, identifier());
                } else {
                    return type;
                }
            }
        }

        private Type call(Type receiver, String name) throws Failure {
            List<Object> arguments = arguments();
            switch (name) {
            case "eContainer":
                return new Type(containerOf(receiver, arguments), receiver.many());
            case "oclIsKindOf", "oclIsTypeOf":
                typeArgument(name, arguments);
                return BOOLEAN;
            case "oclAsType":
                return new Type(typeArgument(name, arguments), receiver.many());
            case SERVICE_TEXT:
                // the design's own service (org.stic.design.DesignServices): a text by key, with at most one argument
                if (arguments.isEmpty() || arguments.size() > 2 || !arguments.stream().allMatch(STRING::equals)) {
                    throw new Failure(SERVICE_TEXT + "('key'[, text]) takes a key and at most one text");
                }
                return STRING;
            case SERVICE_LITERAL:
                // the design's service naming an enum value as the vocabulary does
                if (!arguments.isEmpty() || receiver.many() || !(receiver.classifier() instanceof EEnum)) {
                    throw new Failure(SERVICE_LITERAL + "() names one enum value, not " + receiver);
                }
                return STRING;
            default:
                throw new Failure("call '" + name + "()' is outside the checked AQL subset");
            }
        }

        private Type collectionCall(Type receiver, String name) throws Failure {
            List<Object> arguments = arguments();
            switch (name) {
            case "isEmpty", "notEmpty":
                return BOOLEAN;
            case "size":
                return INTEGER;
            case "first", "last":
                return receiver.asOne();
            case "asSet", "asSequence", "asOrderedSet":
                return receiver.asMany();
            case "filter":
                EClassifier filtered = typeArgument(name, arguments);
                if (receiver.classifier() instanceof EClass from && filtered instanceof EClass to
                        && !from.isSuperTypeOf(to) && !to.isSuperTypeOf(from)) {
                    throw new Failure("filter(" + qualified(to) + ") on " + receiver + " can never match");
                }
                return new Type(filtered, true);
            default:
                throw new Failure("collection operation '" + name + "()' is outside the checked AQL subset");
            }
        }

        private EClassifier containerOf(Type receiver, List<Object> arguments) throws Failure {
            if (!arguments.isEmpty()) {
                return typeArgument("eContainer", arguments);
            }
            if (!(receiver.classifier() instanceof EClass child)) {
                throw new Failure("eContainer() on " + receiver);
            }
            EClass container = null;
            for (EClassifier candidate : domain.getEClassifiers()) {
                if (candidate instanceof EClass owner) {
                    for (EReference reference : owner.getEReferences()) {
                        if (reference.isContainment() && reference.getEReferenceType().isSuperTypeOf(child)) {
                            if (container != null && container != owner) {
                                throw new Failure("eContainer() of " + receiver + " is ambiguous: name the type");
                            }
                            container = owner;
                        }
                    }
                }
            }
            if (container == null) {
                throw new Failure(receiver + " is never contained: eContainer() has no type");
            }
            return container;
        }

        private EClassifier typeArgument(String operation, List<Object> arguments) throws Failure {
            if (arguments.size() != 1 || !(arguments.get(0) instanceof TypeLiteral literal)) {
                throw new Failure(operation + " expects one type literal");
            }
            return literal.classifier();
        }

        private List<Object> arguments() throws Failure {
            expect("(");
            List<Object> arguments = new ArrayList<>();
            if (accept(")")) {
                return arguments;
            }
            do {
                Object argument = peekTypeLiteral() ? primary() : expression();
                arguments.add(argument);
            } while (accept(","));
            expect(")");
            return arguments;
        }

        private Object primary() throws Failure {
            if (accept("(")) {
                Type inner = expression();
                expect(")");
                return inner;
            }
            String token = take();
            if (token.startsWith("'")) {
                return STRING;
            }
            if (token.matches("\\d+")) {
                return INTEGER;
            }
            switch (token) {
            case "true", "false":
                return BOOLEAN;
            case "null":
                return NULL;
            default:
                break;
            }
            if (!token.matches("[A-Za-z_]\\w*")) {
                throw new Failure("unexpected '" + token + "'");
            }
            if (accept("::")) {
                EClassifier classifier = classifier(token + "." + identifier());
                if (accept("::")) {
                    String literal = identifier();
                    if (!(classifier instanceof EEnum eEnum) || eEnum.getEEnumLiteral(literal) == null) {
                        throw new Failure("'" + literal + "' is not a literal of " + qualified(classifier));
                    }
                    return Type.one(classifier);
                }
                return new TypeLiteral(classifier);
            }
            return variable(token, variables);
        }

        private boolean peekTypeLiteral() {
            return next + 1 < tokens.size() && tokens.get(next + 1).equals("::")
                    && (next + 3 >= tokens.size() || !tokens.get(next + 3).equals("::"));
        }

        private Type booleans(Type left, Type right) throws Failure {
            if (!left.equals(BOOLEAN) || !right.equals(BOOLEAN)) {
                throw new Failure("boolean operator applied to " + left + " and " + right);
            }
            return BOOLEAN;
        }

        private String identifier() throws Failure {
            String token = take();
            if (!token.matches("[A-Za-z_]\\w*")) {
                throw new Failure("expected a name, found '" + token + "'");
            }
            return token;
        }

        private boolean peek(String token) {
            return next < tokens.size() && tokens.get(next).equals(token);
        }

        private boolean accept(String token) {
            if (peek(token)) {
                next++;
                return true;
            }
            return false;
        }

        private void expect(String token) throws Failure {
            if (!accept(token)) {
                throw new Failure("expected '" + token + "'" + (next < tokens.size() ? " before '" + tokens.get(next) + "'" : " at the end"));
            }
        }

        private String take() throws Failure {
            if (next >= tokens.size()) {
                throw new Failure("expression ends too early");
            }
            return tokens.get(next++);
        }
    }

    private static List<String> tokenize(String text) throws Failure {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new Failure("unterminated string in '" + text + "'");
                }
                tokens.add(text.substring(i, end + 1));
                i = end + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(text.substring(start, i));
            } else {
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                if (List.of("->", "::", "<>", "<=", ">=").contains(two)) {
                    tokens.add(two);
                    i += 2;
                } else if ("().,=<>+|".indexOf(c) >= 0) {
                    tokens.add(String.valueOf(c));
                    i++;
                } else {
                    throw new Failure("unexpected character '" + c + "' in '" + text + "'");
                }
            }
        }
        return tokens;
    }
}

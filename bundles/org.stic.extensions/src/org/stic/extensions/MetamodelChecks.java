package org.stic.extensions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.stic.SticPackage;

/**
 * What is wrong with an extension metamodel beside STIC and the project's other extensions: the one source of these
 * checks, used when a project loads its extensions (the {@linkplain Problem#blocking() blocking} ones keep the
 * extension out) and by the metamodel editor while the user edits. Each problem names the element at fault and
 * what kind of fix it calls for.
 */
public final class MetamodelChecks {

    /** The prefix of the nsURIs the quick fix proposes: STIC's extension namespace, as the example uses it. */
    public static final String NS_URI_BASE = "http://www.stic.org/ext/";

    /** What is wrong. */
    public enum Kind {
        /** The package has no nsURI. */
        NO_NS_URI,
        /** The nsURI is STIC's (any version) or another built-in metamodel's. */
        BUILT_IN_NS_URI,
        /** Another extension of the project has the nsURI. */
        NS_URI_TAKEN,
        /** The package is called {@code stic}. */
        PACKAGE_NAME_STIC,
        /** A class, data type or enumeration has the name of one of STIC or of another extension. */
        NAME_TAKEN,
        /** A name is missing or is not a Java identifier (OCL rules and generated code could not name it). */
        NOT_IDENTIFIER,
        /** A class specialises no STIC class and no containment can hold it: no model can ever have one. */
        UNREACHABLE
    }

    /**
     * One problem: its kind, the element at fault, whether it keeps the extension from loading, the sentence that
     * states it to the user who edits the metamodel ({@code message}), and, for a blocking one, the clause that
     * completes "extension 'x' is not loaded: ..." when a project loads its extensions ({@code reason}; null
     * otherwise). Both are in the language of the run.
     */
    public record Problem(Kind kind, ENamedElement element, boolean blocking, String message, String reason) {

        private static Problem blocking(Kind kind, ENamedElement element, String message, String reason) {
            return new Problem(kind, element, true, message, reason);
        }

        private static Problem warning(Kind kind, ENamedElement element, String message) {
            return new Problem(kind, element, false, message, null);
        }
    }

    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "_");

    private MetamodelChecks() {
    }

    /** The problems of {@code p} beside STIC and {@code others} (the project's other extensions), blocking first. */
    public static List<Problem> of(EPackage p, List<EPackage> others) {
        List<Problem> problems = new ArrayList<>();
        String nsUri = p.getNsURI();
        if (nsUri == null || nsUri.isBlank()) {
            problems.add(Problem.blocking(Kind.NO_NS_URI, p, Messages.get("problem.noNsUri"),
                    Messages.get("clash.noNsUri")));
        } else if (MetamodelFiles.isBuiltInNsUri(nsUri)) {
            problems.add(Problem.blocking(Kind.BUILT_IN_NS_URI, p, Messages.get("problem.builtInNsUri", nsUri),
                    Messages.get("clash.builtInNsUri", nsUri)));
        } else {
            for (EPackage other : others) {
                if (other != p && nsUri.equals(other.getNsURI())) {
                    problems.add(Problem.blocking(Kind.NS_URI_TAKEN, p,
                            Messages.get("problem.nsUriTaken", nsUri, other.getName()),
                            Messages.get("clash.nsUriTaken", nsUri, other.getName())));
                    break;
                }
            }
        }
        if (SticPackage.eNAME.equals(p.getName())) {
            problems.add(Problem.blocking(Kind.PACKAGE_NAME_STIC, p, Messages.get("problem.nameStic"),
                    Messages.get("clash.nameStic")));
        }
        Map<String, EPackage> taken = new HashMap<>(); // the package that has the name first: STIC, then others
        for (EClassifier c : SticPackage.eINSTANCE.getEClassifiers()) {
            taken.put(c.getName(), SticPackage.eINSTANCE);
        }
        for (EPackage other : others) {
            if (other != p) {
                for (EClassifier c : other.getEClassifiers()) {
                    taken.putIfAbsent(c.getName(), other);
                }
            }
        }
        for (EClassifier c : p.getEClassifiers()) {
            EPackage owner = c.getName() == null ? null : taken.get(c.getName());
            if (owner != null) {
                boolean stic = owner == SticPackage.eINSTANCE;
                problems.add(Problem.blocking(Kind.NAME_TAKEN, c,
                        stic ? Messages.get("problem.nameTakenStic", c.getName())
                                : Messages.get("problem.nameTakenExtension", c.getName(), owner.getName()),
                        Messages.get("clash.className", c.getName(), stic ? Messages.get("clash.stic")
                                : Messages.get("clash.extension", owner.getName()))));
            }
        }
        for (Iterator<EObject> i = p.eAllContents(); i.hasNext();) {
            if (i.next() instanceof ENamedElement e && !isIdentifier(e.getName())) {
                problems.add(notIdentifier(e));
            }
        }
        if (!isIdentifier(p.getName())) {
            problems.add(notIdentifier(p));
        }
        for (EClassifier c : p.getEClassifiers()) {
            if (c instanceof EClass k && !canAppear(k, p, others)) {
                problems.add(Problem.warning(Kind.UNREACHABLE, k, Messages.get("problem.unreachable", k.getName())));
            }
        }
        problems.sort((a, b) -> Boolean.compare(b.blocking(), a.blocking()));
        return problems;
    }

    private static Problem notIdentifier(ENamedElement e) {
        return Problem.warning(Kind.NOT_IDENTIFIER, e, e.getName() == null || e.getName().isEmpty()
                ? Messages.get("problem.noName", e.eClass().getName())
                : Messages.get("problem.notIdentifier", e.getName(), identifier(e.getName())));
    }

    /**
     * Whether a model can have an element of class {@code c}: it specialises a STIC class that models hold, or a
     * containment of STIC or of an extension may hold it. An abstract class or interface counts when one of its
     * package's classes that specialise it can appear.
     */
    static boolean canAppear(EClass c, EPackage p, List<EPackage> others) {
        if (SticProject.sticSupertype(c) != null || containable(c, p, others)) {
            return true;
        }
        if (c.isAbstract() || c.isInterface()) {
            for (EClassifier other : p.getEClassifiers()) {
                if (other instanceof EClass k && k != c && c.isSuperTypeOf(k) && !k.isAbstract()
                        && (SticProject.sticSupertype(k) != null || containable(k, p, others))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a containment of another class of STIC, {@code p} or {@code others} may hold a {@code c}. */
    private static boolean containable(EClass c, EPackage p, List<EPackage> others) {
        List<EPackage> packages = new ArrayList<>();
        packages.add(SticPackage.eINSTANCE);
        packages.add(p);
        packages.addAll(others);
        for (EPackage q : packages) {
            for (EClassifier owner : q.getEClassifiers()) {
                if (owner instanceof EClass o && o != c) {
                    for (EReference r : o.getEReferences()) {
                        if (r.isContainment() && r.getEReferenceType() != null
                                && r.getEReferenceType().isSuperTypeOf(c)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code name} is a Java identifier (OCL and generated code can name it as it stands). */
    public static boolean isIdentifier(String name) {
        if (name == null || name.isEmpty() || JAVA_KEYWORDS.contains(name)
                || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().skip(1).allMatch(Character::isJavaIdentifierPart);
    }

    /**
     * The identifier closest to {@code name}: words joined, each after the first capitalised ("shared lab" →
     * "sharedLab"), a leading digit prefixed with "_", a keyword followed by "_"; "unnamed" for no name.
     */
    public static String identifier(String name) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (int cp : (name == null ? "" : name).codePoints().toArray()) {
            if (Character.isJavaIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)) {
                b.appendCodePoint(upper && b.length() > 0 ? Character.toUpperCase(cp) : cp);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (b.length() == 0) {
            return "unnamed";
        }
        if (!Character.isJavaIdentifierStart(b.codePointAt(0))) {
            b.insert(0, '_');
        }
        return JAVA_KEYWORDS.contains(b.toString()) ? b + "_" : b.toString();
    }

    /** The nsURI the quick fix proposes for a package: {@value #NS_URI_BASE}{@code <name>/1.0}. */
    public static String proposedNsUri(EPackage p) {
        return NS_URI_BASE + identifier(p.getName()).toLowerCase(Locale.ROOT) + "/1.0";
    }

    /** A name for a clashing classifier: the package's name, capitalised, before it ("TechnoparkParticipant"). */
    public static String proposedName(EClassifier c) {
        String prefix = identifier(c.getEPackage() == null ? "" : c.getEPackage().getName());
        return Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + c.getName();
    }
}

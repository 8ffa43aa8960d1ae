package org.stic.ui.metamodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.stic.SticPackage;

/**
 * The STIC classes that a class no model could hold may specialise so that models can hold it, best fit first: the
 * concrete classes a list of STIC holds (a cluster's participants, a contour's key resources ...; not the cluster
 * itself or its two contours, of which a model has one each). A class fits a STIC class by the words of its name
 * ("ResearchPartnership" fits Partnership, the last word most), by its own features named as the STIC class's
 * ("capacity" fits KeyResource) or typed with one of its STIC types (a QuantityUnit), and by what the package's
 * other classes specialise already. Equal fits keep the metamodel's order (Participant first).
 */
final class SticSupertypes {

    /** A STIC class and how well the class fits it (0: not at all). */
    record Candidate(EClass sticClass, int fit) {
    }

    private SticSupertypes() {
    }

    /** The candidates for {@code c}, best fit first. */
    static List<Candidate> rank(EClass c) {
        List<Candidate> candidates = new ArrayList<>();
        for (EClass k : held()) {
            candidates.add(new Candidate(k, fit(c, k)));
        }
        candidates.sort(Comparator.comparingInt(Candidate::fit).reversed()); // stable: equal fits keep their order
        return candidates;
    }

    /** The concrete STIC classes a many-valued containment of STIC holds, in the metamodel's order. */
    static List<EClass> held() {
        List<EClass> held = new ArrayList<>();
        for (EClassifier c : SticPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass k && !k.isAbstract() && !k.isInterface() && inList(k)) {
                held.add(k);
            }
        }
        return held;
    }

    private static boolean inList(EClass k) {
        for (EClassifier c : SticPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass owner) {
                for (EReference r : owner.getEReferences()) {
                    if (r.isContainment() && r.isMany() && r.getEReferenceType().isSuperTypeOf(k)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int fit(EClass c, EClass k) {
        int fit = 0;
        List<String> words = words(c.getName());
        List<String> sticWords = words(k.getName());
        for (int i = 0; i < sticWords.size(); i++) {
            if (words.contains(sticWords.get(i))) {
                fit += i == sticWords.size() - 1 ? 4 : 2;
            }
        }
        Map<String, EStructuralFeature> own = ownFeatures(k);
        for (EStructuralFeature f : c.getEStructuralFeatures()) {
            if (f.getName() != null && own.containsKey(f.getName())) {
                fit += 3;
            } else if (f.getEType() != null && f.getEType().getEPackage() == SticPackage.eINSTANCE
                    && own.values().stream().anyMatch(g -> g.getEType() == f.getEType())) {
                fit += 1;
            }
        }
        if (c.getEPackage() != null) {
            for (EClassifier other : c.getEPackage().getEClassifiers()) {
                if (other != c && other instanceof EClass o && o.getESuperTypes().contains(k)) {
                    fit += 1;
                    break;
                }
            }
        }
        return fit;
    }

    /** The features of a STIC class other than those every named element has (name, description ...). */
    private static Map<String, EStructuralFeature> ownFeatures(EClass k) {
        Map<String, EStructuralFeature> own = new HashMap<>();
        for (EStructuralFeature f : k.getEAllStructuralFeatures()) {
            EClass owner = f.getEContainingClass();
            if (owner != SticPackage.Literals.ELEMENT && owner != SticPackage.Literals.NAMED_ELEMENT) {
                own.put(f.getName(), f);
            }
        }
        return own;
    }

    /** "sharedLab_room" and "SharedLabRoom" → [shared, lab, room]. */
    static List<String> words(String name) {
        if (name == null || name.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(name.split("(?<=[\\p{Ll}\\d])(?=\\p{Lu})|[_\\W]+")).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}

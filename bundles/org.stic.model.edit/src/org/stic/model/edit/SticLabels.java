package org.stic.model.edit;

import java.util.Locale;
import java.util.MissingResourceException;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.stic.Interaction;
import org.stic.InteractionKind;
import org.stic.NamedElement;
import org.stic.Participant;
import org.stic.provider.SticEditPlugin;

/**
 * The labels people read in trees, palettes, diagrams and reports: a named element is its name (the type is what
 * its icon shows), an unnamed one says "(unnamed Key Action)", an interaction reads
 * "source → target (kind)" (without the kind while it is UNSPECIFIED), and a contour is "External Contour" or
 * "Internal Contour".
 */
public final class SticLabels {

    public static String text(Object object) {
        if (object instanceof Interaction interaction) {
            String ends = end(interaction.getSource()) + " → " + end(interaction.getTarget());
            // a kind not assessed yet adds nothing to the label
            return interaction.getKind() == InteractionKind.UNSPECIFIED ? ends
                    : ends + " (" + readable(interaction.getKind()) + ")";
        }
        if (object instanceof NamedElement named) {
            String name = named.getName();
            return name == null || name.isBlank() ? "(unnamed " + typeName(named.eClass()) + ")" : name;
        }
        if (object instanceof EObject eObject) {
            return typeName(eObject.eClass());
        }
        return String.valueOf(object);
    }

    /**
     * The readable name of a class, as the edit bundle's properties give it ("Key Action"); a class of a metamodel
     * extension, which has no entry there, by its own name ("Technopark").
     */
    public static String typeName(EClass eClass) {
        try {
            return SticEditPlugin.INSTANCE.getString("_UI_" + eClass.getName() + "_type");
        } catch (MissingResourceException e) {
            return eClass.getName();
        }
    }

    /** An enum literal as words: KNOWLEDGE_TRANSFER becomes "knowledge transfer". */
    public static String readable(Enumerator literal) {
        return literal.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String end(Participant participant) {
        return participant == null ? "?" : text(participant);
    }

    private SticLabels() {
    }
}

package org.stic.dataio;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.stic.SticPackage.Literals;

/**
 * What a column of an imported table can stand for. Each field has a key (what a mapping file names) and, except for
 * the id and the type, the feature it sets. {@code SOURCE} and {@code TARGET} accept a participant's id or name,
 * {@code SOURCE_ID} and {@code TARGET_ID} only its id (the export writes both).
 */
public enum Field {
    ID("id", null),
    TYPE("type", null),
    NAME("name", Literals.NAMED_ELEMENT__NAME),
    PARTICIPANT_KIND("kind", Literals.PARTICIPANT__KIND),
    ROLES("roles", Literals.PARTICIPANT__ROLES),
    MEMBERSHIP("membership", Literals.PARTICIPANT__MEMBERSHIP),
    LOCATION("location", Literals.PARTICIPANT__LOCATION),
    SOURCE("source", Literals.INTERACTION__SOURCE),
    SOURCE_ID("sourceId", Literals.INTERACTION__SOURCE),
    TARGET("target", Literals.INTERACTION__TARGET),
    TARGET_ID("targetId", Literals.INTERACTION__TARGET),
    INTERACTION_KIND("kind", Literals.INTERACTION__KIND),
    DIRECTION("direction", Literals.INTERACTION__DIRECTION),
    INTENSITY("intensity", Literals.INTERACTION__INTENSITY),
    CITATION("citation", Literals.ELEMENT__CITATION),
    DESCRIPTION("description", Literals.ELEMENT__DESCRIPTION),
    ILLUSTRATIVE("illustrative", Literals.ELEMENT__ILLUSTRATIVE);

    private final String key;
    private final EStructuralFeature feature;

    Field(String key, EStructuralFeature feature) {
        this.key = key;
        this.feature = feature;
    }

    /** The name a mapping file uses: {@code name}, {@code kind}, {@code sourceId} .... */
    public String key() {
        return key;
    }

    /** The feature the field sets; null for the id and the type. */
    public EStructuralFeature feature() {
        return feature;
    }

    /** The two kinds of table that can be imported, with their fields in the order the export writes them. */
    public enum TableKind {
        PARTICIPANTS(Literals.PARTICIPANT, List.of(ID, TYPE, NAME, PARTICIPANT_KIND, ROLES, MEMBERSHIP, LOCATION,
                CITATION, DESCRIPTION, ILLUSTRATIVE)),
        INTERACTIONS(Literals.INTERACTION, List.of(ID, SOURCE_ID, SOURCE, TARGET_ID, TARGET, INTERACTION_KIND,
                DIRECTION, INTENSITY, CITATION, DESCRIPTION, ILLUSTRATIVE));

        private final EClass eClass;
        private final List<Field> fields;

        TableKind(EClass eClass, List<Field> fields) {
            this.eClass = eClass;
            this.fields = fields;
        }

        public EClass eClass() {
            return eClass;
        }

        public List<Field> fields() {
            return fields;
        }

        /** The field of this table that a mapping file's {@code key} names, or null. */
        public Field field(String key) {
            return fields.stream().filter(f -> f.key.equalsIgnoreCase(key.strip())).findFirst().orElse(null);
        }
    }
}

package org.stic.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.stic.KeyResource;
import org.stic.model.migration.MetamodelHistory;

/**
 * Writes a model as a 1.0 file, as the workbench wrote them before metamodel 2.0 (for benchmarks of reading old files
 * at sizes no shipped file has): every class and feature 1.0 had, by name; what 2.0 added left out; a key resource's
 * capacity as the text 1.0 stored (its note, else number and unit). Each object keeps its id.
 */
final class OneZeroWriter {

    private final EPackage oneZero = MetamodelHistory.stic10();
    private final Map<EObject, EObject> copies = new IdentityHashMap<>();

    static void write(Resource current, Path file) throws IOException {
        new OneZeroWriter().save(current, file);
    }

    private void save(Resource current, Path file) throws IOException {
        XMLResource target = new XMIResourceImpl(URI.createFileURI(file.toString())) {
            @Override
            protected boolean useUUIDs() {
                return true;
            }
        };
        EObject root = copy(current.getContents().get(0));
        copies.forEach((original, copy) -> references(original, copy));
        target.getContents().add(root);
        copies.forEach((original, copy) -> target.setID(copy, ((XMLResource) current).getID(original)));
        target.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", Resource.OPTION_LINE_DELIMITER, "\n"));
    }

    private EObject copy(EObject original) {
        EClass type = (EClass) oneZero.getEClassifier(original.eClass().getName());
        EObject copy = oneZero.getEFactoryInstance().create(type);
        copies.put(original, copy);
        for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
            EStructuralFeature from = original.eClass().getEStructuralFeature(feature.getName());
            if (feature.isTransient() || !original.eIsSet(from)) {
                continue;
            }
            if (feature instanceof EReference reference) {
                if (reference.isContainment()) {
                    if (reference.isMany()) {
                        @SuppressWarnings("unchecked")
                        List<EObject> children = (List<EObject>) copy.eGet(reference);
                        for (EObject child : (List<EObject>) original.eGet(from)) {
                            children.add(copy(child));
                        }
                    } else {
                        copy.eSet(reference, copy((EObject) original.eGet(from)));
                    }
                }
            } else if (feature.getName().equals("capacity") && original instanceof KeyResource resource) {
                copy.eSet(feature, resource.getCapacityNote() != null ? resource.getCapacityNote()
                        : resource.getCapacity().toPlainString() + " " + resource.getCapacityUnit().getName());
            } else if (feature.getEType() instanceof EEnum oneZeroEnum) {
                if (feature.isMany()) {
                    @SuppressWarnings("unchecked")
                    List<Object> values = (List<Object>) copy.eGet(feature);
                    for (Object value : (List<?>) original.eGet(from)) {
                        values.add(literal(oneZeroEnum, value));
                    }
                } else if (literal(oneZeroEnum, original.eGet(from)) != null) {
                    copy.eSet(feature, literal(oneZeroEnum, original.eGet(from)));
                }
            } else {
                copy.eSet(feature, original.eGet(from));
            }
        }
        return copy;
    }

    private void references(EObject original, EObject copy) {
        for (EReference reference : copy.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isTransient()) {
                continue;
            }
            EStructuralFeature from = original.eClass().getEStructuralFeature(reference.getName());
            if (!reference.isMany()) {
                copy.eSet(reference, copies.get((EObject) original.eGet(from)));
                continue;
            }
            @SuppressWarnings("unchecked")
            List<EObject> values = (List<EObject>) copy.eGet(reference);
            for (EObject value : (List<EObject>) original.eGet(from)) {
                values.add(copies.get(value));
            }
        }
    }

    /** The 1.0 literal of the same name, or null for a value 1.0 did not have (UNSPECIFIED, new kinds). */
    private static EEnumLiteral literal(EEnum oneZeroEnum, Object value) {
        return oneZeroEnum.getEEnumLiteral(((Enumerator) value).getName());
    }
}

package org.stic.ui.emf;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stic.model.edit.Vocabulary;

/**
 * The documentation a metamodel gives its classes and features. Generated packages leave the GenModel
 * documentation annotations out of the runtime model, so when a runtime element has none, the documentation is
 * read from the package's .ecore file, which sits beside the .genmodel registered for its namespace URI.
 */
public final class ModelDocumentation {

    private static final Map<String, Optional<EPackage>> SOURCES = new ConcurrentHashMap<>();

    private ModelDocumentation() {
    }

    /**
     * The documentation of a class or feature in the workbench's language (the vocabulary's Russian documentation of
     * the STIC metamodel), else the metamodel's own; null when there is none.
     */
    public static String of(EModelElement element) {
        String translated = element instanceof ENamedElement named ? Vocabulary.current().documentation(named) : null;
        if (translated != null) {
            return translated;
        }
        String doc = EcoreUtil.getDocumentation(element);
        if (doc != null) {
            return doc;
        }
        EModelElement source = source(element);
        return source == null ? null : EcoreUtil.getDocumentation(source);
    }

    /** The same class or feature in the package's .ecore file, or null. */
    private static EModelElement source(EModelElement element) {
        EClassifier classifier = element instanceof EStructuralFeature f ? f.getEContainingClass()
                : element instanceof EClassifier c ? c : null;
        if (classifier == null || classifier.getEPackage() == null) {
            return null;
        }
        EPackage source = SOURCES.computeIfAbsent(classifier.getEPackage().getNsURI(), ModelDocumentation::load).orElse(null);
        EClassifier twin = source == null ? null : source.getEClassifier(classifier.getName());
        if (element instanceof EStructuralFeature f) {
            return twin instanceof EClass c ? c.getEStructuralFeature(f.getName()) : null;
        }
        return twin;
    }

    private static Optional<EPackage> load(String nsUri) {
        URI genModel = EcorePlugin.getEPackageNsURIToGenModelLocationMap(true).get(nsUri);
        if (genModel == null) {
            return Optional.empty();
        }
        try {
            URI ecore = genModel.trimFileExtension().appendFileExtension("ecore");
            return new ResourceSetImpl().getResource(ecore, true).getContents().stream()
                    .filter(EPackage.class::isInstance).map(EPackage.class::cast).findFirst();
        } catch (RuntimeException e) {
            return Optional.empty(); // no .ecore shipped: the item providers' generic descriptions remain
        }
    }
}

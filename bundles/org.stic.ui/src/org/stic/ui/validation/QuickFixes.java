package org.stic.ui.validation;

import org.eclipse.emf.common.util.Enumerator;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;
import org.stic.ui.Messages;
import org.stic.ui.editor.SticEditor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.stic.model.io.ModelLoadException;
import org.stic.ui.project.SticProjects;
import org.stic.validation.Finding;

/**
 * Quick fixes for STIC markers. Most rules flag a missing link, and the fix is to link an element of the right
 * type that the model already has (one fix per candidate); for INT-001 and RDY-002 the element to link can also
 * be created. Fixes run as commands in the model's editor (undoable) and save it, which re-validates.
 */
public class QuickFixes implements IMarkerResolutionGenerator2 {

    /** The feature each rule asks to fill. */
    static final Map<String, String> FEATURES = Map.ofEntries(
            Map.entry("INT-001", "supportingResources"),
            Map.entry("INT-002", "valuePropositions"),
            Map.entry("INT-003", "performers"),
            Map.entry("INT-004", "supportedActions"),
            Map.entry("INT-005", "providers"),
            Map.entry("INT-006", "partners"),
            Map.entry("EXT-001", "segments"),
            Map.entry("EXT-002", "valuePropositions"),
            Map.entry("EXT-003", "channels"),
            Map.entry("EXT-004", "relationships"),
            Map.entry("EXT-006", "members"),
            Map.entry("EXT-007", "segments"),
            Map.entry("EXT-008", "segments"),
            Map.entry("EXT-009", "segments"),
            Map.entry("NET-004", "roles"),
            Map.entry("RDY-002", "keyActions"));

    /** Rules whose missing element may be created on the spot. */
    static final List<String> CREATABLE = List.of("INT-001", "RDY-002");

    private static final int MAX_CANDIDATES = 25;

    @Override
    public boolean hasResolutions(IMarker marker) {
        return FEATURES.containsKey(marker.getAttribute(SticMarkers.RULE_ID, ""));
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        String rule = marker.getAttribute(SticMarkers.RULE_ID, "");
        String featureName = FEATURES.get(rule);
        Resource resource = model(marker);
        EObject element = SticMarkers.element(marker, resource);
        EStructuralFeature feature = element == null || featureName == null ? null
                : element.eClass().getEStructuralFeature(featureName);
        if (feature == null || !feature.isMany()) {
            return new IMarkerResolution[0];
        }
        List<IMarkerResolution> fixes = new ArrayList<>();
        Vocabulary vocabulary = Vocabulary.current();
        boolean english = vocabulary.language() == Language.EN;
        String target = inSentence(Finding.labelOf(element, vocabulary), english);
        String featureWords = english ? words(feature.getName()) : vocabulary.feature(feature);
        if (feature instanceof EReference ref && CREATABLE.contains(rule)) {
            EClass type = ref.getEReferenceType();
            String typeWords = english ? words(type) : vocabulary.type(type);
            fixes.add(new ModelFix(Messages.get("quickFix.create", typeWords, target),
                    Messages.get("quickFix.create.description", typeWords, featureWords, target),
                    featureName, null, type.getName()));
        }
        Collection<?> current = (Collection<?>) element.eGet(feature);
        for (Object candidate : candidates(resource, feature)) {
            if (current.contains(candidate) || fixes.size() > MAX_CANDIDATES) {
                continue;
            }
            String label = candidate instanceof EObject e ? inSentence(Finding.labelOf(e, vocabulary), english)
                    : Messages.get("quickFix.role", vocabulary.literal((Enumerator) candidate));
            String id = candidate instanceof EObject e ? resource.getURIFragment(e) : candidate.toString();
            String text = Messages.get("quickFix.add", label, featureWords, target);
            fixes.add(new ModelFix(text, text + ".", featureName, id, null));
        }
        return fixes.toArray(IMarkerResolution[]::new);
    }

    /** Values that may be added to a many-valued feature: literals of an enum, elements of the reference's type. */
    static List<Object> candidates(Resource resource, EStructuralFeature feature) {
        List<Object> result = new ArrayList<>();
        if (feature instanceof EAttribute a && a.getEAttributeType() instanceof EEnum e) {
            for (EEnumLiteral literal : e.getELiterals()) {
                result.add(literal.getInstance());
            }
        } else if (feature instanceof EReference r) {
            EcoreUtil.getAllContents(resource, true).forEachRemaining(o -> {
                if (r.getEReferenceType().isInstance(o)) {
                    result.add(o);
                }
            });
        }
        return result;
    }

    /** "Key action 'X'" -> "key action 'X'", to sit inside an English sentence; Russian labels stay as they are. */
    private static String inSentence(String label, boolean english) {
        return label.isEmpty() || !english ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    static String words(EClass type) {
        return words(type.getName());
    }

    /** "supportingResources" -> "supporting resources". */
    static String words(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    /** The model of the marker's file: the open editor's, else loaded from disk just to list the fixes. */
    private static Resource model(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file)) {
            return null;
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = page == null ? null : page.findEditor(new FileEditorInput(file));
        if (editor instanceof SticEditor stic && stic.getResource() != null) {
            return stic.getResource();
        }
        try {
            return SticProjects.load(file);
        } catch (ModelLoadException e) {
            return null;
        }
    }
}

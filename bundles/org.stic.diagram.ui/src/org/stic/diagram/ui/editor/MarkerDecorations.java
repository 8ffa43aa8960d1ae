package org.stic.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.stic.diagram.Decoration;

/**
 * The validation findings of a model file as diagram decorations. The workbench's Validate command stores findings
 * as problem markers on the file with the element's XMI id ({@value #ELEMENT}) and the rule id ({@value #RULE});
 * reading the markers keeps the diagram on the same findings as the Problems view and the model editor.
 */
final class MarkerDecorations {

    static final String ELEMENT = "elementId";
    static final String RULE = "ruleId";

    private MarkerDecorations() {
    }

    static List<Decoration> of(IFile file, Resource resource) {
        List<Decoration> result = new ArrayList<>();
        if (resource == null || !file.exists()) {
            return result;
        }
        IMarker[] markers;
        try {
            markers = file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            return result;
        }
        for (IMarker m : markers) {
            String id = m.getAttribute(ELEMENT, null);
            EObject element = id == null ? null : resource.getEObject(id);
            if (element == null) {
                continue;
            }
            String rule = m.getAttribute(RULE, null);
            String message = m.getAttribute(IMarker.MESSAGE, "");
            if (rule != null && message.startsWith(rule + ": ")) {
                message = message.substring(rule.length() + 2);
            }
            String severity = switch (m.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
                case IMarker.SEVERITY_ERROR -> "error";
                case IMarker.SEVERITY_WARNING -> "warning";
                default -> "info";
            };
            result.add(new Decoration(element, severity, rule, message));
        }
        return result;
    }
}

package org.stic.ui.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.stic.validation.Finding;
import org.stic.validation.Severity;

/**
 * The STIC problem markers (type {@value #TYPE}, a problem marker shown in the Problems view): one per validation
 * finding, carrying the rule id, the element's id in its resource (for Go To and quick fixes) and its path.
 */
public final class SticMarkers {

    public static final String TYPE = "org.stic.ui.problem";
    /** The id of the rule that found the problem, e.g. INT-001. */
    public static final String RULE_ID = "ruleId";
    /** The URI fragment (the XMI id) of the element the finding is about. */
    public static final String ELEMENT = "elementId";

    private SticMarkers() {
    }

    /** Replaces the STIC markers of a file with one marker per finding, in one workspace operation. */
    public static void replace(IFile file, List<Finding> findings) {
        IWorkspaceRunnable update = monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            for (Finding f : findings) {
                IMarker marker = file.createMarker(TYPE);
                EObject element = f.element();
                Resource r = element == null ? null : element.eResource();
                marker.setAttributes(
                        new String[] { IMarker.SEVERITY, IMarker.MESSAGE, IMarker.LOCATION, RULE_ID, ELEMENT },
                        new Object[] { severity(f.severity()), f.ruleId() + ": " + f.message(), f.path(),
                                f.ruleId(), r == null ? null : r.getURIFragment(element) });
            }
        };
        try {
            ResourcesPlugin.getWorkspace().run(update, file, 0, null);
        } catch (CoreException e) {
            ILog.of(SticMarkers.class).log(e.getStatus());
        }
    }

    static int severity(Severity s) {
        return switch (s) {
        case ERROR -> IMarker.SEVERITY_ERROR;
        case WARNING -> IMarker.SEVERITY_WARNING;
        case INFO -> IMarker.SEVERITY_INFO;
        };
    }

    /** The element a STIC marker points at in this resource, or null. */
    public static EObject element(IMarker marker, Resource resource) {
        String id = marker.getAttribute(ELEMENT, null);
        return id == null || resource == null ? null : resource.getEObject(id);
    }

    /**
     * The highest marker severity per element of the resource, counting the markers of an element's contents
     * for its containers too (a collapsed branch still shows that it holds errors).
     */
    public static Map<EObject, Integer> severities(IFile file, Resource resource) {
        Map<EObject, Integer> result = new HashMap<>();
        IMarker[] markers;
        try {
            markers = file.exists() ? file.findMarkers(TYPE, false, IResource.DEPTH_ZERO) : new IMarker[0];
        } catch (CoreException e) {
            return result;
        }
        for (IMarker marker : markers) {
            int severity = marker.getAttribute(IMarker.SEVERITY, -1);
            for (EObject e = element(marker, resource); e != null; e = e.eContainer()) {
                result.merge(e, severity, Math::max);
            }
        }
        return result;
    }
}

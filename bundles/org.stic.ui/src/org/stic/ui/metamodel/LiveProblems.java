package org.stic.ui.metamodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stic.extensions.MetamodelChecks;
import org.stic.extensions.MetamodelChecks.Problem;
import org.stic.ui.Messages;
import org.stic.ui.project.ProjectMarkers;

/**
 * The problems of the metamodel as it is in the editor, checked after every edit by {@link MetamodelChecks} (the
 * checks the project applies when it loads extensions): shown as overlays in the tree and as Problems markers of
 * type {@value #TYPE} on the file, which say which element they are about and offer the quick fixes of
 * {@link MetamodelFixes}. The markers live while the editor is open, and are not persisted: they state the
 * metamodel as the editor holds it, saved or not. Meanwhile the project does not mark the file's blocking metamodel
 * problems itself ({@link ProjectMarkers#setCheckedLive}), so each shows once; when the editor closes, the project's
 * "extension 'x' is not loaded: ..." marker says it for the saved file.
 */
final class LiveProblems {

    static final String TYPE = "org.stic.ui.metamodelProblem";
    /** The element a marker is about: its URI fragment in the file. */
    static final String ELEMENT = "element";
    /** The {@link MetamodelChecks.Kind} of the problem. */
    static final String KIND = "kind";

    private final IFile file;
    private List<Problem> problems = List.of();

    LiveProblems(IFile file) {
        this.file = file;
        ProjectMarkers.setCheckedLive(file, true);
    }

    /** Checks the package beside STIC and {@code others}; returns the severities the tree shows (with containers'). */
    Map<EObject, Integer> check(EPackage p, List<EPackage> others) {
        problems = p == null ? List.of() : MetamodelChecks.of(p, others);
        Map<EObject, Integer> severities = new HashMap<>();
        for (Problem problem : problems) {
            int severity = severity(problem);
            for (EObject o = problem.element(); o != null; o = o.eContainer()) {
                severities.merge(o, severity, Math::max);
            }
        }
        writeMarkers(new ArrayList<>(problems));
        return severities;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The problems about this element itself. */
    List<Problem> of(Object element) {
        return problems.stream().filter(p -> p.element() == element).toList();
    }

    private static int severity(Problem problem) {
        return problem.blocking() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING;
    }

    private void writeMarkers(List<Problem> current) {
        List<Map<String, Object>> markers = new ArrayList<>();
        for (Problem problem : current) {
            Map<String, Object> m = new HashMap<>();
            m.put(IMarker.MESSAGE, problem.message());
            m.put(IMarker.SEVERITY, severity(problem));
            m.put(IMarker.LOCATION, location(problem.element()));
            m.put(ELEMENT, EcoreUtil.getURI(problem.element()).fragment());
            m.put(KIND, problem.kind().name());
            markers.add(m);
        }
        schedule(markers);
    }

    /** Removes the markers (the editor closes); the project's markers state the saved file's problems again. */
    void clear() {
        schedule(List.of());
        ProjectMarkers.setCheckedLive(file, false);
    }

    private void schedule(List<Map<String, Object>> markers) {
        WorkspaceJob job = new WorkspaceJob(Messages.get("markers.mark", file.getName())) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (!file.exists()) {
                    return Status.OK_STATUS;
                }
                file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
                for (Map<String, Object> attributes : markers) {
                    file.createMarker(TYPE, attributes);
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
        job.setSystem(true);
        job.schedule();
    }

    /** "Technopark.floorArea": the element's path of names in the package. */
    private static String location(ENamedElement element) {
        StringBuilder path = new StringBuilder(String.valueOf(element.getName()));
        for (EObject o = element.eContainer(); o != null && !(o instanceof EPackage && o.eContainer() == null);
                o = o.eContainer()) {
            if (o instanceof ENamedElement n) {
                path.insert(0, n.getName() + ".");
            }
        }
        return path.toString();
    }
}

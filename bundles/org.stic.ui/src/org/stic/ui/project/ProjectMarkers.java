package org.stic.ui.project;

import org.stic.ui.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.stic.extensions.ProjectSettings;
import org.stic.extensions.SticProject;

/**
 * The problems of a project's settings, rule and extension files (an OCL parse error, a clashing extension, a
 * missing file ...) as Problems markers of type {@value #TYPE} on the file each problem names, at its line and
 * column; a problem that names no file of the workspace goes on the settings file.
 * <p>
 * While a metamodel editor is open on an extension file it states that file's metamodel problems itself, live, with
 * their quick fixes ({@link #setCheckedLive}); the project's "extension 'x' is not loaded: ..." marker for such a
 * problem ({@link SticProject#checkProblems()}) is then not made, so the Problems view lists it once. When the editor
 * closes, the project's marker comes back.
 */
public final class ProjectMarkers {

    public static final String TYPE = "org.stic.ui.projectProblem";
    /** The 1-based column of the problem (0 when unknown); the line is {@link IMarker#LINE_NUMBER}. */
    public static final String COLUMN = "column";

    /** "file:line:column: message" as SticProject and the rule catalogue write their problems. */
    private static final Pattern POSITION = Pattern.compile("^(\\d+):(\\d+): (.*)$", Pattern.DOTALL);

    /** The extension files a metamodel editor checks live, now (see the class comment). */
    private static final Set<IFile> CHECKED_LIVE = ConcurrentHashMap.newKeySet();

    private ProjectMarkers() {
    }

    /**
     * Tells that a metamodel editor opened ({@code live}) or closed on an extension file, and marks the file's
     * project again: the project's markers for the file's metamodel problems go while the editor states them, and
     * come back when it closes. Called on the UI thread.
     */
    public static void setCheckedLive(IFile file, boolean live) {
        boolean changed = live ? CHECKED_LIVE.add(file) : CHECKED_LIVE.remove(file);
        if (changed && file.getLocation() != null) {
            Path path = file.getLocation().toFile().toPath();
            if (ProjectSettings.find(path).isPresent()) {
                update(SticProjects.forModel(path));
            }
        }
    }

    /** One problem, placed. */
    record Placed(IFile file, int line, int column, String message) {
    }

    /** Replaces the markers of the project's files with its current problems (in a job: see SticProjects). */
    static void update(SticProject project) {
        List<IFile> files = files(project);
        List<Placed> problems = place(project);
        schedule(Messages.get("markers.mark", project.settings().file()), files, problems);
    }

    /**
     * Replaces the markers of one file beside a model (its {@code .stic.rules}) with its problems, each written
     * {@code "FILE:line:column: sentence"}; problems that name another file are not this file's and are left out.
     * Nothing happens when the file is not in the workspace.
     */
    public static void replace(Path path, List<String> problems) {
        IFile file = workspaceFile(path);
        if (file == null) {
            return;
        }
        List<Placed> placed = new ArrayList<>();
        for (String problem : problems) {
            if (problem.startsWith(path + ":")) {
                Matcher m = POSITION.matcher(problem.substring(path.toString().length() + 1));
                if (m.matches()) {
                    placed.add(new Placed(file, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            m.group(3).strip()));
                }
            }
        }
        // a system job: its name is never shown
        schedule(ProjectMarkers.class.getSimpleName() + " " + path, List.of(file), placed);
    }

    /** Removes the markers of the project's files (its files changed: the new project marks them again). */
    static void clear(SticProject project) {
        schedule(Messages.get("markers.clear", project.settings().file()), files(project), List.of());
    }

    private static void schedule(String name, List<IFile> files, List<Placed> problems) {
        if (files.isEmpty()) {
            return;
        }
        WorkspaceJob job = new WorkspaceJob(name) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                for (IFile f : files) {
                    if (f.exists()) {
                        f.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
                    }
                }
                for (Placed p : problems) {
                    if (p.file.exists()) {
                        mark(p);
                    }
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(ResourcesPlugin.getWorkspace().getRoot()));
        job.setSystem(true);
        job.schedule();
    }

    /** Creates the marker with all its attributes at once: readers on other threads never see half of it. */
    private static void mark(Placed p) throws CoreException {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        attributes.put(IMarker.MESSAGE, p.message);
        attributes.put(COLUMN, p.column);
        if (p.line > 0) {
            attributes.put(IMarker.LINE_NUMBER, p.line);
            attributes.put(IMarker.LOCATION, "line " + p.line + ", column " + p.column);
            int offset = offset(p.file, p.line, p.column);
            if (offset >= 0) {
                // a text editor opened on the marker shows the place itself
                attributes.put(IMarker.CHAR_START, offset);
                attributes.put(IMarker.CHAR_END, offset + 1);
            }
        }
        p.file.createMarker(TYPE, attributes);
    }

    /** The character offset of line:column in the file, or -1. */
    private static int offset(IFile file, int line, int column) {
        try {
            String text = Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
            int offset = 0;
            for (int l = 1; l < line; l++) {
                offset = text.indexOf('\n', offset) + 1;
                if (offset == 0) {
                    return -1;
                }
            }
            return Math.min(offset + Math.max(column - 1, 0), text.length());
        } catch (IOException e) {
            return -1;
        }
    }

    /** The workspace files of a project: settings, extensions, rules. */
    private static List<IFile> files(SticProject project) {
        List<IFile> files = new ArrayList<>();
        for (Path p : project.settings().files()) {
            IFile f = workspaceFile(p);
            if (f != null) {
                files.add(f);
            }
        }
        return files;
    }

    /** The project's problems, each on the file it names (the longest file name it starts with). */
    static List<Placed> place(SticProject project) {
        IFile settings = project.settings().file() == null ? null : workspaceFile(project.settings().file());
        List<Placed> placed = new ArrayList<>();
        List<String> checkProblems = project.checkProblems();
        for (String problem : project.problems()) {
            Path named = null;
            for (Path p : project.settings().files()) {
                if (problem.startsWith(p + ":") && (named == null || p.toString().length() > named.toString().length())) {
                    named = p;
                }
            }
            IFile file = named == null ? null : workspaceFile(named);
            if (file != null && CHECKED_LIVE.contains(file) && checkProblems.contains(problem)) {
                continue; // the metamodel editor open on the file states it, live
            }
            String rest = named == null ? problem : problem.substring(named.toString().length() + 1);
            Matcher m = POSITION.matcher(rest);
            int line = 0;
            int column = 0;
            if (m.matches()) {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
                rest = m.group(3);
            }
            if (file == null) {
                if (settings == null) {
                    continue;
                }
                file = settings;
                rest = problem; // it names a file outside the workspace (or none): keep the whole text
                line = 0;
            }
            placed.add(new Placed(file, line, column, rest.strip()));
        }
        return placed;
    }

    private static IFile workspaceFile(Path path) {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IFile[] files = root.findFilesForLocationURI(path.toAbsolutePath().normalize().toUri());
        return files.length == 0 ? null : files[0];
    }
}

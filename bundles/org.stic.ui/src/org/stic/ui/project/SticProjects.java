package org.stic.ui.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.stic.extensions.ProjectSettings;
import org.stic.extensions.SticProject;
import org.stic.model.io.ModelLoadException;

/**
 * The {@link SticProject}s of the workspace's models, one per settings file ({@value ProjectSettings#FILE_NAME}),
 * built once and rebuilt when one of its files changes. A workspace listener notices edited, added or removed
 * settings, rule ({@code .ocl}) and extension ({@code .ecore}) files; it then drops the projects, puts the new
 * problems of the affected projects on their files as Problems markers ({@link ProjectMarkers}) and tells the
 * {@link Listener}s (open editors re-validate, or reload when the extensions changed).
 */
public final class SticProjects {

    /** Told on the UI thread after settings, rule or extension files changed. */
    public interface Listener {
        void projectsChanged(Set<Path> changedFiles);
    }

    /** A project as built, with the modification times of its files then (null: a file that was missing). */
    private record Built(SticProject project, Map<Path, FileTime> stamps) {
        boolean current() {
            return stamps.equals(SticProjects.stamps(project.settings()));
        }
    }

    /** Projects by settings file; the key {@link #NO_SETTINGS} stands for models without one. */
    private static final Map<Path, Built> PROJECTS = new HashMap<>();
    private static final Path NO_SETTINGS = Path.of("");
    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();

    static {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(SticProjects::workspaceChanged,
                IResourceChangeEvent.POST_CHANGE);
    }

    private SticProjects() {
    }

    /** The project of a model file: its settings file's (found from its folder up), or the built-in one. */
    public static synchronized SticProject forModel(Path model) {
        Optional<Path> settings = ProjectSettings.find(model);
        Path key = settings.map(p -> p.toAbsolutePath().normalize()).orElse(NO_SETTINGS);
        Built built = PROJECTS.get(key);
        // a file may have changed before the workspace listener's news of it arrive
        if (built == null || !built.current()) {
            SticProject project = SticProject.of(settings.map(ProjectSettings::read).orElse(ProjectSettings.none()));
            built = new Built(project, stamps(project.settings()));
            PROJECTS.put(key, built);
            if (settings.isPresent()) {
                ProjectMarkers.update(project);
            }
        }
        return built.project();
    }

    private static Map<Path, FileTime> stamps(ProjectSettings settings) {
        Map<Path, FileTime> stamps = new HashMap<>();
        for (Path f : settings.files()) {
            try {
                stamps.put(f, Files.getLastModifiedTime(f));
            } catch (IOException e) {
                stamps.put(f, null);
            }
        }
        return stamps;
    }

    /** The project of a workspace model file. */
    public static SticProject forModel(IFile model) {
        return forModel(model.getLocation().toFile().toPath());
    }

    /** Loads a workspace model file on its own, with its project's extensions (e.g. to validate it unopened). */
    public static Resource load(IFile model) throws ModelLoadException {
        return forModel(model).load(model.getLocation().toFile().toPath());
    }

    public static void addListener(Listener listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Listener listener) {
        LISTENERS.remove(listener);
    }

    /** Whether a file can change what a project holds: a settings, rule or extension file. */
    static boolean isProjectFile(IResource resource) {
        return resource.getType() == IResource.FILE && (ProjectSettings.FILE_NAME.equals(resource.getName())
                || "ocl".equals(resource.getFileExtension()) || "ecore".equals(resource.getFileExtension()));
    }

    private static void workspaceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        Set<Path> changed = new LinkedHashSet<>();
        try {
            event.getDelta().accept(delta -> {
                IResource r = delta.getResource();
                boolean contentOrPresence = delta.getKind() != IResourceDelta.CHANGED
                        || (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
                if (isProjectFile(r) && contentOrPresence && r.getLocation() != null) {
                    changed.add(r.getLocation().toFile().toPath().toAbsolutePath().normalize());
                }
                return true;
            });
        } catch (CoreException e) {
            ILog.of(SticProjects.class).log(e.getStatus());
        }
        if (changed.isEmpty() || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        // markers cannot be changed during a change notification, and the editors live on the UI thread
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> filesChanged(changed));
    }

    /** Drops every project (which settings file applies may have changed too), then rebuilds the affected ones. */
    static void filesChanged(Set<Path> changed) {
        List<SticProject> before;
        synchronized (SticProjects.class) {
            before = PROJECTS.values().stream().map(Built::project).toList();
            PROJECTS.clear();
        }
        Set<Path> settingsFiles = new LinkedHashSet<>();
        for (Path file : changed) {
            if (file.getFileName().toString().equals(ProjectSettings.FILE_NAME)) {
                settingsFiles.add(file);
            }
            ProjectSettings.find(file).ifPresent(s -> settingsFiles.add(s.toAbsolutePath().normalize()));
        }
        for (SticProject old : before) {
            if (old.settings().file() != null && old.settings().files().stream()
                    .anyMatch(f -> changed.contains(f.toAbsolutePath().normalize()))) {
                settingsFiles.add(old.settings().file().toAbsolutePath().normalize());
                ProjectMarkers.clear(old); // a file it named may no longer be named
            }
        }
        for (Path settings : settingsFiles) {
            if (settings.toFile().isFile()) {
                forModel(settings); // a settings file "applies" to itself: builds the project, marks its problems
            }
        }
        for (Listener l : LISTENERS) {
            try {
                l.projectsChanged(changed);
            } catch (RuntimeException e) {
                ILog.of(SticProjects.class).error("A project listener failed", e);
            }
        }
    }
}

package org.stic.ui.session;

import org.stic.ui.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.Saveable;
import org.stic.analysis.AnalysisCache;
import org.stic.extensions.SticProject;
import org.stic.model.io.AtomicFiles;
import org.stic.model.io.ModelLoadException;
import org.stic.model.io.SticResources;
import org.stic.model.migration.MigrationReport;
import org.stic.ui.emf.EditingDomains;
import org.stic.ui.project.SticProjects;
import org.stic.ui.validation.ModelValidation;

/**
 * The editing session of one model file, shared by every editor open on it (model tree, diagram): one resource set
 * and editing domain with one command stack, so an edit in either editor is undone from either, the dirty state is
 * one, and saving from either writes the model and its companions (e.g. the diagram layout file). Editors
 * {@link #acquire} the session of their file and {@link #release} it when they close; the last release disposes it,
 * so unsaved companion state (a diagram move) survives closing one editor while another stays open. The session
 * follows the file in the workspace: it reloads when the file changes on disk (asking first when there are unsaved
 * edits) and tells its {@link Listener}s. The model is loaded with the extensions of its {@link SticProject} (the
 * settings file in its folder or a parent) and validated with that project's rules; when the project's rule files
 * change the model is validated again, when its extensions change it is loaded again (asking first, as above).
 * UI thread only.
 */
public final class ModelSession {

    /** What editors of a session hear besides the command stack. */
    public interface Listener {
        /** The file was loaded again: {@link #resource()} and {@link #loadError()} are new, the history is gone. */
        default void reloaded() {
        }

        /** Model and companions were written: nothing is dirty any more. */
        default void saved() {
        }

        /** The file was renamed, moved or saved under another name: {@link #file()} is the new one. */
        default void moved() {
        }

        /** The file was deleted from the workspace. */
        default void removed() {
        }
    }

    /**
     * State kept with the model for one kind of editor (the diagram layout), saved with it. Found by its class,
     * so that the session needs to know nothing about the editors that keep companions.
     */
    public interface Companion {
        /**
         * Writes the companion's own file into a temporary file beside it ({@link AtomicFiles#stage}), or returns null
         * when there is nothing to write; the session puts it in place only when the model was written too.
         */
        AtomicFiles.Staged stage() throws IOException;

        /** The staged file is in place. */
        default void saved() {
        }

        /** Called when the session is disposed (the last editor closed). */
        default void dispose() {
        }
    }

    private static final Map<IFile, ModelSession> OPEN = new HashMap<>();

    private IFile file;
    private int users;
    private final ComposedAdapterFactory adapterFactory = EditingDomains.adapterFactory();
    private final AdapterFactoryEditingDomain domain = EditingDomains.create(adapterFactory,
            SticResources.newResourceSet());
    /** The project the model was loaded with: its extensions are in the resource set, its rules validate it. */
    private SticProject project;
    /**
     * The extensions the user declined to reload with, keeping unsaved edits: the session loads again once they
     * are saved, and does not ask again about the same extensions. Null when nothing is pending.
     */
    private List<EPackage> declinedExtensions;
    private final SticProjects.Listener projectListener = changed -> projectChanged();
    private final Map<Class<?>, Companion> companions = new LinkedHashMap<>();
    private final List<Listener> listeners = new ArrayList<>();
    private final SessionSaveable saveable = new SessionSaveable(this);
    private final IResourceChangeListener workspaceListener = this::workspaceChanged;
    private Resource resource;
    private ModelLoadException loadError;
    /** Modification time of the file as we last loaded or saved it: changes we made ourselves are no news. */
    private FileTime knownModified;

    private ModelSession(IFile file) {
        this.file = file;
        load();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
        SticProjects.addListener(projectListener);
    }

    /** The session of a file, loading it when no editor has it open; each call needs one {@link #release}. */
    public static ModelSession acquire(IFile file) {
        ModelSession session = OPEN.computeIfAbsent(file, ModelSession::new);
        session.users++;
        return session;
    }

    /** The session of a file if an editor holds it, else null (the file is not being edited). */
    public static ModelSession find(IFile file) {
        return OPEN.get(file);
    }

    /** Gives the session back; the last user's release disposes it, discarding unsaved changes. */
    public void release() {
        if (--users > 0) {
            return;
        }
        OPEN.remove(file, this);
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
        SticProjects.removeListener(projectListener);
        companions.values().forEach(Companion::dispose);
        companions.clear();
        listeners.clear();
        domain.getCommandStack().flush();
        domain.getResourceSet().getResources().forEach(Resource::unload);
        adapterFactory.dispose();
    }

    public IFile file() {
        return file;
    }

    /** The file in the file system. */
    public Path path() {
        IPath location = file.getLocation();
        return location == null ? Path.of(file.getFullPath().toString()) : location.toFile().toPath();
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    /** The item providers of the session's domain (label and content providers of its editors use them). */
    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** The model's resource, or null when the file could not be loaded ({@link #loadError()}). */
    public Resource resource() {
        return resource;
    }

    public ModelLoadException loadError() {
        return loadError;
    }

    /**
     * The analysis of the model as it is, one per model state, shared by every view of the session (Readiness view,
     * the diagram's badges, what-if and criticality colours, Problems); null when the file could not be loaded.
     */
    public AnalysisCache analysis() {
        return resource == null ? null : AnalysisCache.of(resource);
    }

    /** The project (extensions and rules) the model was loaded with. */
    public SticProject project() {
        return project;
    }

    /**
     * The saveables of every editor of the session (ISaveablesSource): one, the same for all, so the workbench
     * asks to save only when the last editor of the file closes.
     */
    public Saveable[] saveables() {
        return new Saveable[] { saveable };
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** The companion of this type, created by {@code create} the first time it is asked for. */
    public <C extends Companion> C companion(Class<C> type, Function<ModelSession, C> create) {
        Companion c = companions.get(type);
        if (c == null) {
            c = create.apply(this);
            companions.put(type, c);
        }
        return type.cast(c);
    }

    public boolean isDirty() {
        return commandStack().isSaveNeeded();
    }

    /** Loads the file into the resource set, replacing what it held; a rejected file leaves {@link #loadError} set. */
    private void load() {
        for (Resource r : List.copyOf(domain.getResourceSet().getResources())) {
            r.unload();
            domain.getResourceSet().getResources().remove(r);
        }
        domain.getCommandStack().flush();
        knownModified = modifiedTime();
        declinedExtensions = null;
        project = SticProjects.forModel(path());
        project.registerExtensions(domain.getResourceSet());
        try {
            resource = project.load(domain.getResourceSet(), path());
            loadError = null;
            AnalysisCache.of(resource); // from now on, the views of the model share its analysis
        } catch (ModelLoadException e) {
            resource = null;
            loadError = e;
        }
    }

    /** Discards unsaved changes and the history, loads the file again and tells the editors. */
    public void reload() {
        load();
        List.copyOf(listeners).forEach(Listener::reloaded);
    }

    /**
     * Writes the model and its companions' files as a pair: each is written and forced to disk beside its file first,
     * and only when all were written are they put in place, the model first. A failure while writing leaves every
     * file as it was; one while putting them in place (rare: a rename in the same folder) is reported naming the
     * files that were and were not replaced, and the editors stay dirty. The workspace is refreshed either way, so
     * it shows what is on disk. Validates the saved model into Problems markers.
     */
    public void save() throws IOException, CoreException {
        if (resource == null) {
            return;
        }
        List<AtomicFiles.Staged> staged = new ArrayList<>();
        List<Companion> stagedBy = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            staged.add(SticResources.stage(resource));
            stagedBy.add(null);
            for (Companion c : companions.values()) {
                AtomicFiles.Staged s = c.stage();
                if (s != null) {
                    staged.add(s);
                    stagedBy.add(c);
                }
            }
            for (int i = 0; i < staged.size(); i++) {
                try {
                    staged.get(i).commit();
                } catch (IOException e) {
                    throw written.isEmpty() ? e : new PartialSaveException(written, staged.get(i).target(), e);
                }
                written.add(staged.get(i).target());
                if (i == 0) {
                    SticResources.saved(resource);
                    knownModified = modifiedTime();
                } else {
                    stagedBy.get(i).saved();
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            // the workspace shows what is on disk, whatever was replaced; a refresh problem must not hide this one
            try {
                file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            } catch (CoreException refresh) {
                e.addSuppressed(refresh);
            }
            throw e;
        } finally {
            for (AtomicFiles.Staged s : staged) {
                s.close();
            }
        }
        file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
        commandStack().saveIsDone();
        if (declinedExtensions != null) {
            reload();
        }
        validate();
        List.copyOf(listeners).forEach(Listener::saved);
    }

    /**
     * What the migration of the file from an earlier metamodel version made explicit, while the model has not been
     * saved in the current version; null for a file in the current version.
     */
    public MigrationReport migration() {
        return resource == null ? null : SticResources.migration(resource);
    }

    /**
     * Before the first save of a file migrated from an earlier metamodel version: says that saving upgrades the file
     * and that older installations will not read it, and returns whether the user wants that. True when there is
     * nothing to ask.
     */
    public boolean confirmUpgrade(Shell shell) {
        MigrationReport migration = migration();
        if (migration == null) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(shell, Messages.get("upgrade.question.title", migration.to()), null,
                Messages.get("upgrade.question", file.getName(), migration.from(), migration.to(),
                        Messages.count("upgrade.question.changes", migration.lines().size())),
                MessageDialog.WARNING, 0, Messages.get("upgrade.question.save", migration.to()), Messages.get("cancel"));
        return dialog.open() == 0;
    }

    /** Some files of a save were replaced, others not: says which. */
    public static final class PartialSaveException extends IOException {
        private static final long serialVersionUID = 1L;

        PartialSaveException(List<Path> written, Path notWritten, IOException cause) {
            super(Messages.get("save.partial", written.stream().map(p -> p.getFileName().toString()).toList(),
                    notWritten.getFileName(), cause.getMessage()), cause);
        }
    }

    /**
     * {@link #save()} for an editor's Save: a file of an earlier metamodel version is saved only when the user confirms
     * the upgrade ({@link #confirmUpgrade}); a failure is shown to the user in an error dialog, nothing is thrown.
     */
    public void saveShowingErrors(Shell shell) {
        if (!confirmUpgrade(shell)) {
            return;
        }
        try {
            save();
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(shell, Messages.get("save.failed"), Messages.get("save.couldNotSave", file.getName()),
                    Status.error(String.valueOf(e.getMessage()), e));
        }
    }

    /**
     * Validates the model as it is in the session (saved or not) with its project's rules, into the file's Problems
     * markers: Validate from any editor of the file.
     */
    public void validate() {
        if (resource != null && !resource.getContents().isEmpty()) {
            ModelValidation.validate(file, resource, project);
        }
    }

    /**
     * A settings, rule or extension file changed: new rules validate the model again as it is; new extensions
     * need it loaded again with them, which asks first when there are unsaved edits (declined, the session keeps
     * its extensions and loads again after the next save).
     */
    private void projectChanged() {
        if (users <= 0) {
            return;
        }
        SticProject now = SticProjects.forModel(path());
        if (now == project) {
            return;
        }
        if (loadError == null && now.extensions().equals(project.extensions())) {
            project = now;
            validate();
            return;
        }
        if (now.extensions().equals(declinedExtensions)) {
            return; // asked already: still waiting for the save
        }
        if (!isDirty() || MessageDialog.openQuestion(Display.getDefault().getActiveShell(),
                Messages.get("session.extensionsChanged"),
                Messages.get("session.extensionsChanged.question", file.getName()))) {
            reload();
            validate();
        } else {
            declinedExtensions = now.extensions();
        }
    }

    /** Saves the model to another workspace file, which the session (and all its editors) edits from then on. */
    public void saveAs(IFile target) throws IOException, CoreException {
        moveTo(target);
        save();
    }

    private void moveTo(IFile target) {
        OPEN.remove(file, this);
        file = target;
        OPEN.put(target, this);
        if (resource != null) {
            resource.setURI(URI.createFileURI(path().toString()));
        }
        List.copyOf(listeners).forEach(Listener::moved);
    }

    private FileTime modifiedTime() {
        try {
            return Files.getLastModifiedTime(path());
        } catch (IOException e) {
            return null;
        }
    }

    private void workspaceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta == null) {
            return;
        }
        boolean contentChanged = delta.getKind() == IResourceDelta.CHANGED
                && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
        boolean removed = delta.getKind() == IResourceDelta.REMOVED;
        if (!contentChanged && !removed) {
            return;
        }
        Display.getDefault().asyncExec(() -> {
            if (users <= 0) {
                return;
            }
            if (removed && (delta.getFlags() & IResourceDelta.MOVED_TO) != 0) {
                moveTo(ResourcesPlugin.getWorkspace().getRoot().getFile(delta.getMovedToPath()));
            } else if (removed) {
                List.copyOf(listeners).forEach(Listener::removed);
            } else if (!Objects.equals(modifiedTime(), knownModified)) {
                changedOnDisk();
            }
        });
    }

    private void changedOnDisk() {
        knownModified = modifiedTime();
        if (!isDirty() || MessageDialog.openQuestion(Display.getDefault().getActiveShell(),
                Messages.get("session.fileChanged"), Messages.get("session.fileChanged.question", file.getName()))) {
            reload();
        }
    }
}

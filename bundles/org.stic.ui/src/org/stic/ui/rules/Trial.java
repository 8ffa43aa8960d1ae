package org.stic.ui.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.stic.extensions.ModelFindings;
import org.stic.extensions.ProjectSettings;
import org.stic.extensions.SticProject;
import org.stic.model.edit.Language;
import org.stic.model.io.ModelLoadException;
import org.stic.model.io.SticResources;
import org.stic.ui.Messages;
import org.stic.ui.session.ModelSession;
import org.stic.ui.validation.WorkspaceRuleSettings;
import org.stic.validation.Finding;
import org.stic.validation.RuleCatalogue;
import org.stic.validation.Rule;

/**
 * One run of "try it at once": the project of a file built with some of its rule and extension files as editors
 * hold them, unsaved ({@link SticProject#of(ProjectSettings, Map)}), and the findings of each model of the project
 * under it. A model is read afresh from its file, or from its editors' unsaved state when they have one; the open
 * editors, their markers and the files on disk stay as they are; nothing is written.
 * <p>
 * It runs in two steps: {@link #capture} on the UI thread takes what only the editors know (their unsaved texts and
 * models, written to memory), then {@link #run} does the rest in a background job, cancellable between models.
 */
final class Trial {

    /** The findings of one model, or why it could not be read. */
    record ModelResult(IFile file, Resource resource, List<Finding> findings, String problem) {
    }

    /** A model as its editors hold it, unsaved: written to memory as XMI (or why it could not be). */
    record UnsavedModel(URI uri, byte[] xmi, String failure) {
    }

    /** What the UI thread took for a trial: the settings as tried, the texts that replace files, the models. */
    record Request(ProjectSettings settings, Map<Path, String> texts, List<Path> unsavedFiles, List<IFile> models,
            Map<IFile, UnsavedModel> unsavedModels) {
    }

    private final SticProject project;
    private final List<Path> unsavedFiles;
    private final List<ModelResult> models = new ArrayList<>();
    private final Set<String> projectRuleIds = new HashSet<>();
    private final List<Path> unsavedModels = new ArrayList<>();

    private Trial(SticProject project, List<Path> unsavedFiles) {
        this.project = project;
        this.unsavedFiles = unsavedFiles;
        Set<String> builtIn = new HashSet<>();
        RuleCatalogue.builtIn().rules().forEach(r -> builtIn.add(r.id()));
        for (Rule r : project.catalogue().rules()) {
            if (!builtIn.contains(r.id())) {
                projectRuleIds.add(r.id());
            }
        }
    }

    /**
     * On the UI thread: what a trial of the project of {@code projectFile} (a rule, extension or settings file of
     * it) needs from the editors: {@code unsaved}, their texts by file, and the models their sessions hold unsaved,
     * written to memory. A rule or extension file the settings do not name yet is tried as if they did.
     */
    static Request capture(Path projectFile, Map<Path, String> unsaved) {
        Path file = projectFile.toAbsolutePath().normalize();
        Optional<Path> settingsFile = ProjectSettings.find(file);
        ProjectSettings settings = settingsFile.map(ProjectSettings::read).orElse(ProjectSettings.none());
        String name = file.getFileName().toString();
        if (name.endsWith(".ocl") && !names(settings.rules(), file)) {
            settings = settings.plus(List.of(), List.of(file));
        } else if (name.endsWith(".ecore") && !names(settings.extensions(), file)) {
            settings = settings.plus(List.of(file), List.of());
        }
        Map<Path, String> ofProject = new HashMap<>();
        List<Path> unsavedFiles = new ArrayList<>();
        for (Path f : settings.files()) {
            String text = unsaved.get(f.toAbsolutePath().normalize());
            if (text != null) {
                ofProject.put(f, text);
                unsavedFiles.add(f);
            }
        }
        Path top = settingsFile.map(Path::getParent).orElse(file.getParent());
        List<IFile> models = models(top, settingsFile.orElse(null));
        Map<IFile, UnsavedModel> unsavedModels = new HashMap<>();
        for (IFile model : models) {
            ModelSession session = ModelSession.find(model);
            if (session != null && session.isDirty() && session.resource() != null) {
                unsavedModels.put(model, unsaved(session.resource()));
            }
        }
        return new Request(settings, ofProject, unsavedFiles, models, unsavedModels);
    }

    /** The model as the editors hold it, written to memory (EMF's objects are the UI thread's, so here). */
    private static UnsavedModel unsaved(Resource edited) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            edited.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
            return new UnsavedModel(edited.getURI(), bytes.toByteArray(), null);
        } catch (IOException | RuntimeException e) {
            return new UnsavedModel(edited.getURI(), null, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Any thread: builds the project as the request holds it and validates each model, one unit of work each after
     * one for the project; stops with an {@link OperationCanceledException} between models when cancelled.
     */
    static Trial run(Request request, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, request.models().size() + 1);
        progress.subTask(Messages.get("trial.progress.project"));
        Trial trial = new Trial(SticProject.of(request.settings(), request.texts()), request.unsavedFiles());
        progress.worked(1);
        for (IFile model : request.models()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(Messages.get("trial.progress.model", model.getName()));
            trial.models.add(trial.validate(model, request.unsavedModels().get(model)));
            progress.worked(1);
        }
        return trial;
    }

    private static boolean names(List<Path> files, Path file) {
        return files.stream().anyMatch(f -> f.toAbsolutePath().normalize().equals(file));
    }

    /** The model files of the workspace below {@code top} that belong to the settings file (or to none). */
    private static List<IFile> models(Path top, Path settingsFile) {
        List<IFile> files = new ArrayList<>();
        IContainer container = ResourcesPlugin.getWorkspace().getRoot()
                .getContainerForLocation(org.eclipse.core.runtime.Path.fromOSString(top.toString()));
        if (container == null) {
            return files;
        }
        try {
            container.accept(r -> {
                if (r.getType() == IResource.FILE && SticResources.EXTENSION.equals(r.getFileExtension())
                        && r.getLocation() != null && Objects.equals(ProjectSettings.find(location((IFile) r))
                                .map(p -> p.toAbsolutePath().normalize()).orElse(null), settingsFile == null ? null
                                        : settingsFile.toAbsolutePath().normalize())) {
                    files.add((IFile) r);
                }
                return !r.isDerived() && !r.getName().startsWith(".");
            });
        } catch (CoreException e) {
            // a folder that went away while it was read: its models are not tried
        }
        files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
        return files;
    }

    private static Path location(IFile file) {
        return file.getLocation().toFile().toPath();
    }

    private ModelResult validate(IFile file, UnsavedModel edited) {
        Path path = location(file);
        try {
            Resource resource = edited == null ? project.load(path) : read(edited, path);
            List<Finding> findings = new ArrayList<>();
            for (EObject root : resource.getContents()) {
                findings.addAll(ModelFindings.of(project, root, WorkspaceRuleSettings.forModel(path),
                        Language.current()));
            }
            return new ModelResult(file, resource, findings, null);
        } catch (ModelLoadException e) {
            return new ModelResult(file, null, List.of(), e.getMessage());
        }
    }

    /**
     * A model as its editors held it, unsaved, read into this trial's project (the editors' elements belong to the
     * packages of the saved extensions), from memory, never from a file.
     */
    private Resource read(UnsavedModel edited, Path path) throws ModelLoadException {
        if (edited.failure() != null) {
            throw new ModelLoadException(path, 0, 0, edited.failure());
        }
        ResourceSet resourceSet = project.newResourceSet();
        Resource copy = resourceSet.createResource(edited.uri());
        try {
            copy.load(new ByteArrayInputStream(edited.xmi()), resourceSet.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException(path, 0, 0, String.valueOf(e.getMessage()), e);
        }
        unsavedModels.add(path);
        return copy;
    }

    /** The models tried as their editors hold them, unsaved. */
    List<Path> unsavedModels() {
        return unsavedModels;
    }

    /** The models tried, in path order. */
    List<ModelResult> models() {
        return models;
    }

    /** Problems of the project's files as tried (a rule that does not parse, an extension that clashes ...). */
    List<String> projectProblems() {
        return project.problems();
    }

    /** The files read from the editors' texts instead of disk. */
    List<Path> unsavedFiles() {
        return unsavedFiles;
    }

    /** Whether a rule is one of the project's (a user rule), not a built-in or analysis rule. */
    boolean isProjectRule(String ruleId) {
        return projectRuleIds.contains(ruleId);
    }
}

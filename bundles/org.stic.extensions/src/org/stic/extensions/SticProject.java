package org.stic.extensions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.ETypedElement;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stic.SticPackage;
import org.stic.model.io.ModelLoadException;
import org.stic.model.io.SticResources;
import org.stic.model.io.TextFileException;
import org.stic.model.io.TextFiles;
import org.stic.validation.RuleCatalogue;
import org.stic.validation.SticValidator;

/**
 * What a model needs beyond the built-in metamodel and rules: the extension metamodels ({@code .ecore} files that
 * refer to the STIC metamodel by its nsURI and subclass its classes or add new ones) and the user rules (Complete
 * OCL documents) named by its {@link ProjectSettings}. Extensions are loaded dynamically into each resource set's
 * package registry, so models that use them load, validate and draw without a rebuild; instances of an extension
 * class that subclasses a STIC class are real instances of the generated STIC class (EMF creates them through the
 * nearest generated supertype), so all STIC code handles them as that supertype.
 * <p>
 * Extensions may refer to each other by nsURI (a class of one subclassing or referring to a class of another),
 * whatever their order in the settings. An extension that cannot be loaded or clashes with a built-in name (nsURI
 * or class name) is left out with a problem; the other extensions, the built-in rules and the other rule files
 * keep working.
 * <p>
 * Extension files come from anybody, so they are parsed like models (no DOCTYPE, hence no DTD or entity) and their
 * resource sets may open no file but the declared extensions: a reference to anything else, such as a metamodel on a
 * server, is reported with its position and never fetched.
 */
public final class SticProject {


    private final ProjectSettings settings;
    /** Texts of the project's files as an editor holds them, unsaved, by absolute path: read instead of the files. */
    private final Map<Path, String> unsaved;
    private final List<EPackage> extensions = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    /** The problems that are a blocking {@link MetamodelChecks} problem of an extension (a clash, no nsURI). */
    private final List<String> checkProblems = new ArrayList<>();
    private final RuleCatalogue catalogue;
    private final SticValidator validator;

    private SticProject(ProjectSettings settings, Map<Path, String> unsaved) {
        this.settings = settings;
        this.unsaved = new HashMap<>();
        unsaved.forEach((file, text) -> this.unsaved.put(absolute(file), text));
        problems.addAll(settings.problems());
        loadExtensions(settings.extensions());
        if (settings.rules().isEmpty()) {
            catalogue = RuleCatalogue.builtIn();
            validator = SticValidator.builtIn();
        } else {
            Map<String, String> documents = new LinkedHashMap<>();
            for (Path file : settings.rules()) {
                try {
                    String text = this.unsaved.get(absolute(file));
                    documents.put(file.toString(), text != null ? text
                            : TextFiles.readUtf8(file, TextFiles.DOCUMENT_LIMIT, Messages.get("rules.kind")));
                } catch (TextFileException e) {
                    problems.add(e.getMessage());
                } catch (IOException e) {
                    problems.add(file + ":0:0: " + Messages.get("rules.unreadable", e.getMessage()));
                }
            }
            catalogue = RuleCatalogue.builtIn().withOclDocuments(packageRegistry(), documents);
            validator = new SticValidator(catalogue);
        }
        // the built-in catalogue's own problems are the validation bundle's to report
        List<RuleCatalogue.Problem> builtInProblems = RuleCatalogue.builtIn().problems();
        catalogue.problems().stream().filter(p -> !builtInProblems.contains(p)).map(Object::toString)
                .forEach(problems::add);
    }

    /** The project of a model: the settings file found from its folder up, plus {@code moreExtensions/Rules}. */
    public static SticProject forModel(Path model, List<Path> moreExtensions, List<Path> moreRules) {
        return new SticProject(ProjectSettings.forModel(model).plus(moreExtensions, moreRules), Map.of());
    }

    /** The project of a model, as its settings file declares it. */
    public static SticProject forModel(Path model) {
        return forModel(model, List.of(), List.of());
    }

    /** A project from explicit settings (e.g. read once and shared by the models of one folder). */
    public static SticProject of(ProjectSettings settings) {
        return new SticProject(settings, Map.of());
    }

    /**
     * A project whose rule and extension files are read as {@code unsaved} holds them (by path), the others from
     * disk: what the project would be if the editors' texts were saved, to try them before. Nothing is written, and
     * the extensions read from the texts are the project's own (other projects keep the packages of the files).
     */
    public static SticProject of(ProjectSettings settings, Map<Path, String> unsaved) {
        return new SticProject(settings, unsaved);
    }

    public ProjectSettings settings() {
        return settings;
    }

    /** The extension packages that loaded, in settings order. */
    public List<EPackage> extensions() {
        return List.copyOf(extensions);
    }

    /** Problems with the settings, extensions and rule files, one {@code file:line:column: ...} line each. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * The {@link #problems()} that keep an extension out because of a blocking {@link MetamodelChecks} problem
     * (a name or nsURI clash, no nsURI): those the metamodel editor states itself while it is open on the file.
     */
    public List<String> checkProblems() {
        return List.copyOf(checkProblems);
    }

    /** Built-in rules followed by the user rules. */
    public RuleCatalogue catalogue() {
        return catalogue;
    }

    public SticValidator validator() {
        return validator;
    }

    /** A resource set for {@code .stic} files (see {@link SticResources#newResourceSet()}) that knows the extensions. */
    public ResourceSet newResourceSet() {
        ResourceSet rs = SticResources.newResourceSet();
        registerExtensions(rs);
        return rs;
    }

    /**
     * Makes a resource set know this project's extensions and no others (e.g. one that an editor keeps while the
     * project's extension files change): extension packages registered before are removed.
     */
    public void registerExtensions(ResourceSet rs) {
        rs.getPackageRegistry().keySet().removeIf(nsUri -> !nsUri.equals(SticPackage.eNS_URI)
                && !EPackage.Registry.INSTANCE.containsKey(nsUri));
        for (EPackage p : extensions) {
            rs.getPackageRegistry().put(p.getNsURI(), p);
        }
    }

    /**
     * Loads a model with the extensions; a model that uses an extension this project does not declare fails with a
     * message naming the missing nsURI and saying where to declare it.
     */
    public Resource load(Path model) throws ModelLoadException {
        return load(newResourceSet(), model);
    }

    /** Loads a model into a resource set made by {@link #newResourceSet()}. */
    public Resource load(ResourceSet resourceSet, Path model) throws ModelLoadException {
        try {
            return SticResources.loadResource(resourceSet, model);
        } catch (ModelLoadException e) {
            String namespace = e.unknownNamespace();
            if (namespace == null || namespace.startsWith("http://www.stic.org/stic/")) {
                throw e;
            }
            throw new ModelLoadException(e.file(), e.line(), e.column(), settings.file() == null
                    ? Messages.get("extension.notLoaded", namespace, ProjectSettings.FILE_NAME)
                    : Messages.get("extension.notLoadedHere", namespace, ProjectSettings.FILE_NAME, settings.file()),
                    e, namespace);
        }
    }

    /** The packages OCL resolves names in: STIC and the loaded extensions. */
    public EPackage.Registry packageRegistry() {
        EPackage.Registry registry = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);
        registry.put(SticPackage.eNS_URI, SticPackage.eINSTANCE);
        for (EPackage p : extensions) {
            registry.put(p.getNsURI(), p);
        }
        return registry;
    }

    /** The STIC class an extension class is drawn and checked as: its nearest STIC supertype (null if none). */
    public static EClass sticSupertype(EClass eClass) {
        if (eClass.getEPackage() == SticPackage.eINSTANCE) {
            return eClass;
        }
        for (EClass s : eClass.getEAllSuperTypes()) {
            if (s.getEPackage() == SticPackage.eINSTANCE && !s.isAbstract()) {
                return s;
            }
        }
        return null;
    }

    /** An extension file as last read: its roots, or why it could not be read. */
    private static final class Loaded {
        final FileTime modified;
        final long size;
        final List<EObject> roots;
        final String problem;
        /** The files its resource set may open. */
        final DeclaredFilesOnly files;
        /** The other extensions' packages its references were resolved to (null until they were resolved). */
        Set<EPackage> dependsOn;

        Loaded(FileTime modified, long size, List<EObject> roots, String problem, DeclaredFilesOnly files) {
            this.modified = modified;
            this.size = size;
            this.roots = roots;
            this.problem = problem;
            this.files = files;
        }

        ResourceSet resourceSet() {
            return roots.get(0).eResource().getResourceSet();
        }
    }

    /**
     * Extension files read so far, by absolute path. An unchanged file gives the same EPackage to every project,
     * so a model loaded through one project can be validated through another one made later (e.g. after a rule
     * file changed) and its elements still match the user rules' classes.
     */
    private static final Map<Path, Loaded> LOADED = new ConcurrentHashMap<>();

    /**
     * Reads the extension files, lets their packages refer to each other by nsURI (a class of one extension may
     * subclass or refer to a class of another, whatever their order in the settings), then keeps those that fit.
     */
    private void loadExtensions(List<Path> files) {
        Set<URI> declared = new HashSet<>();
        files.forEach(f -> declared.add(fileUri(f)));
        Map<Path, Loaded> loaded = new LinkedHashMap<>();
        for (Path file : files) {
            // with unsaved texts, every file is read afresh for this project alone: no shared package changes
            loaded.put(file, unsaved.isEmpty() ? cached(file, false, declared) : uncached(file, declared));
        }
        Map<String, EPackage> byUri = packagesByUri(loaded.values());
        if (loaded.values().stream().anyMatch(l -> l != null && l.dependsOn != null
                && !byUri.values().containsAll(l.dependsOn))) {
            // one it refers to was read again since: resolve them all afresh, together
            loaded.replaceAll((file, l) -> cached(file, true, declared));
            byUri.clear();
            byUri.putAll(packagesByUri(loaded.values()));
        }
        for (Map.Entry<Path, Loaded> e : loaded.entrySet()) {
            Loaded l = e.getValue();
            if (l == null) {
                continue;
            }
            if (l.problem != null) {
                problems.add(l.problem);
                continue;
            }
            l.resourceSet().getPackageRegistry().putAll(byUri);
            l.files.declared = declared;
            for (EObject root : l.roots) {
                check(e.getKey(), root, declared);
            }
            l.dependsOn = dependencies(l, byUri);
        }
    }

    /**
     * The file read now, not shared with other projects: from its unsaved text if there is one (the packages of the
     * other files must refer to that text's classes, so they are read afresh too).
     */
    private Loaded uncached(Path file, Set<URI> declared) {
        String text = unsaved.get(absolute(file));
        if (text != null) {
            return read(file, null, 0, declared, text);
        }
        try {
            return read(file, Files.getLastModifiedTime(absolute(file)), Files.size(absolute(file)), declared, null);
        } catch (IOException e) {
            problems.add(file + ":0:0: " + Messages.get("extension.unreadable", e.getMessage()));
            return null;
        }
    }

    private static Path absolute(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** The file as last read when unchanged on disk (unless {@code fresh}), else read now; null if unreadable. */
    private Loaded cached(Path file, boolean fresh, Set<URI> declared) {
        Path key = file.toAbsolutePath().normalize();
        try {
            FileTime modified = Files.getLastModifiedTime(key);
            long size = Files.size(key);
            return LOADED.compute(key, (k, old) -> !fresh && old != null && old.modified.equals(modified)
                    && old.size == size ? old : read(file, modified, size, declared, null));
        } catch (IOException e) {
            problems.add(file + ":0:0: " + Messages.get("extension.unreadable", e.getMessage()));
            return null;
        }
    }

    /** The packages of the files by nsURI, first one wins; none that claims a built-in nsURI. */
    private static Map<String, EPackage> packagesByUri(Collection<Loaded> loaded) {
        Map<String, EPackage> byUri = new HashMap<>();
        for (Loaded l : loaded) {
            for (EObject root : l == null ? List.<EObject>of() : l.roots) {
                if (root instanceof EPackage p && p.getNsURI() != null && !p.getNsURI().equals(SticPackage.eNS_URI)
                        && !EPackage.Registry.INSTANCE.containsKey(p.getNsURI())) {
                    byUri.putIfAbsent(p.getNsURI(), p);
                }
            }
        }
        return byUri;
    }

    /** The other extension packages whose classes the file's packages use (supertypes, feature types). */
    private static Set<EPackage> dependencies(Loaded l, Map<String, EPackage> byUri) {
        Set<EPackage> deps = new HashSet<>();
        for (EObject root : l.roots) {
            for (Iterator<EObject> i = root.eAllContents(); i.hasNext();) {
                EObject o = i.next();
                List<EClassifier> used = new ArrayList<>();
                if (o instanceof EClass c) {
                    used.addAll(c.getESuperTypes());
                }
                if (o instanceof ETypedElement t && t.getEType() != null) {
                    used.add(t.getEType());
                }
                for (EClassifier u : used) {
                    if (u.getEPackage() != null && u.getEPackage() != root && byUri.containsValue(u.getEPackage())) {
                        deps.add(u.getEPackage());
                    }
                }
            }
        }
        return deps;
    }

    /** Keeps a root of an extension file when it is an EPackage that fits beside STIC and the others. */
    private void check(Path file, EObject root, Set<URI> declared) {
        if (!(root instanceof EPackage p)) {
            problems.add(file + ":0:0: " + Messages.get("extension.notPackage", root.eClass().getName()));
            return;
        }
        String clash = clash(p);
        if (clash != null) {
            String problem = file + ":0:0: " + Messages.get("extension.clash", p.getName(), clash);
            problems.add(problem);
            checkProblems.add(problem);
            return;
        }
        URI unresolved = firstUnresolved(p);
        if (unresolved != null) {
            URI target = unresolved.trimFragment();
            boolean known = declared.contains(target)
                    || root.eResource().getResourceSet().getPackageRegistry().getEPackage(target.toString()) != null;
            problems.add(file + ":" + position(file, unresolved) + ": " + (known
                    ? Messages.get("extension.refersToMissing", p.getName(), unresolved)
                    : Messages.get("extension.refersToUndeclared", p.getName(), unresolved, ProjectSettings.FILE_NAME)));
            return;
        }
        extensions.add(p);
    }

    /** Reads an extension file, or {@code text} in its place (an editor's unsaved text) when not null. */
    private static Loaded read(Path file, FileTime modified, long size, Set<URI> declared, String text) {
        DeclaredFilesOnly files = new DeclaredFilesOnly(declared);
        ResourceSet rs = MetamodelFiles.newResourceSet(files);
        try {
            Resource r;
            if (text == null) {
                r = rs.getResource(fileUri(file), true);
            } else {
                r = rs.createResource(fileUri(file));
                r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rs.getLoadOptions());
            }
            if (r.getContents().isEmpty()) {
                return new Loaded(modified, size, List.of(), file + ":0:0: " + Messages.get("extension.noPackage"), files);
            }
            return new Loaded(modified, size, List.copyOf(r.getContents()), null, files);
        } catch (RuntimeException e) {
            return new Loaded(modified, size, List.of(), MetamodelFiles.failure(file, rs, e).getMessage(), files);
        } catch (IOException e) {
            // only a text read from memory throws this: EMF wraps a file's failures in a RuntimeException
            return new Loaded(modified, size, List.of(),
                    MetamodelFiles.failure(file, rs, new UncheckedIOException(e)).getMessage(), files);
        }
    }

    /** Why the package cannot sit beside the built-in metamodel and the extensions loaded so far, or null. */
    private String clash(EPackage p) {
        return MetamodelChecks.of(p, extensions).stream().filter(MetamodelChecks.Problem::blocking).findFirst()
                .map(MetamodelChecks.Problem::reason).orElse(null);
    }

    /** The first reference the package could not resolve (e.g. a STIC class that does not exist), or null. */
    private static URI firstUnresolved(EPackage p) {
        return EcoreUtil.UnresolvedProxyCrossReferencer.find(p).keySet().stream()
                .map(proxy -> ((InternalEObject) proxy).eProxyURI()).findFirst().orElse(null);
    }

    /** {@code line:column} where the file names {@code uri} (as written, or relative to the file), else {@code 0:0}. */
    private String position(Path file, URI uri) {
        try {
            String text = unsaved.containsKey(absolute(file)) ? unsaved.get(absolute(file))
                    : Files.readString(file, StandardCharsets.UTF_8);
            for (String written : List.of(uri.toString(), uri.deresolve(fileUri(file)).toString())) {
                int at = text.indexOf(written);
                if (at >= 0) {
                    int[] lc = RuleCatalogue.lineColumn(text, at);
                    return lc[0] + ":" + lc[1];
                }
            }
        } catch (IOException e) {
            // changed or gone since it was read: the problem still names the reference
        }
        return "0:0";
    }

    private static URI fileUri(Path file) {
        return MetamodelFiles.fileUri(file);
    }

    /**
     * What an extension's resource set may open: the declared extension files, nothing else. A reference to a
     * metamodel on a server or in an undeclared file is refused before anything is opened, so it stays unresolved
     * and is reported; built-in and extension packages come from the package registry and need no file.
     */
    private static final class DeclaredFilesOnly extends FileURIHandlerImpl {
        /** The declared files of the project that last used the file (one file may serve several projects). */
        volatile Set<URI> declared;

        DeclaredFilesOnly(Set<URI> declared) {
            this.declared = declared;
        }

        @Override
        public boolean canHandle(URI uri) {
            return declared.contains(uri.trimFragment());
        }
    }
}

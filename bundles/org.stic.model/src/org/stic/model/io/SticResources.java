package org.stic.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreEList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.stic.Cluster;
import org.stic.SticPackage;
import org.stic.model.migration.MigrationReport;
import org.stic.model.nls.Messages;

/**
 * The one way the workbench reads and writes {@code .stic} files, so that the same rules hold in the editor, the
 * command line and the tests: plain XMI with UUID ids, UTF-8 and {@code \n}, deterministic output, atomic saves, and
 * hardened loads that either give a complete model or a {@link ModelLoadException} naming file, line and column.
 */
public final class SticResources {

    /** The file extension of STIC models. */
    public static final String EXTENSION = "stic";

    /**
     * Load and save option for tests and benchmarks, {@code Boolean.TRUE} or absent: EMF's own XMI reader and writer
     * only, without the faster ones for the subset of XMI that STIC files are written in. The model and the bytes are
     * the same either way; put it in a resource set's load options or a resource's save options to compare the two.
     */
    public static final String OPTION_GENERIC_XMI = "org.stic.model.io.genericXmi";

    /** Parsers are expensive to create and safe to reuse between loads; the pool is thread-safe. */
    private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl();

    private static final Map<String, Boolean> PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", true,
            "http://xml.org/sax/features/external-general-entities", false,
            "http://xml.org/sax/features/external-parameter-entities", false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", false,
            XMLConstants.FEATURE_SECURE_PROCESSING, true);

    private static final Map<String, Object> PARSER_PROPERTIES = Map.of(
            XMLConstants.ACCESS_EXTERNAL_DTD, "",
            XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");

    /** A resource set that reads and writes {@code *.stic} files with the rules of this class. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(SticPackage.eNS_URI, SticPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new SticResourceFactory());
        resourceSet.getLoadOptions().putAll(loadOptions());
        return resourceSet;
    }

    /** Loads the cluster of {@code file} into a new resource set. */
    public static Cluster load(Path file) throws ModelLoadException {
        return (Cluster) loadResource(newResourceSet(), file).getContents().get(0);
    }

    /**
     * Loads {@code file} into {@code resourceSet} (or returns its resource if it is already loaded there). On failure
     * the resource set is left as it was: no partial model, and the file is never written.
     */
    public static Resource loadResource(ResourceSet resourceSet, Path file) throws ModelLoadException {
        URI uri = fileUri(file);
        Resource existing = resourceSet.getResource(uri, false);
        if (existing != null && existing.isLoaded()) {
            return existing;
        }
        if (existing != null) {
            resourceSet.getResources().remove(existing);
        }
        SticResource resource = new SticResource(uri);
        resourceSet.getResources().add(resource);
        try {
            load(resource, file);
            return resource;
        } catch (ModelLoadException e) {
            resource.unload();
            resourceSet.getResources().remove(resource);
            throw e;
        }
    }

    private static void load(SticResource resource, Path file) throws ModelLoadException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ModelLoadException(file, 1, 1, Messages.get("load.empty"));
            }
            try (InputStream in = size <= SticResource.MAX_SUBSET_READ_BYTES
                    ? new SticResource.FileBytes(Files.readAllBytes(file))
                    : new SticResource.LargeFile(Files.newInputStream(file), size)) {
                Map<Object, Object> options = loadOptions();
                ResourceSet resourceSet = resource.getResourceSet();
                if (resourceSet != null && Boolean.TRUE.equals(resourceSet.getLoadOptions().get(OPTION_GENERIC_XMI))) {
                    options.put(OPTION_GENERIC_XMI, Boolean.TRUE);
                }
                resource.load(in, options);
            }
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw new ModelLoadException(file, 0, 0, e instanceof NoSuchFileException
                    ? Messages.get("load.noFile") : Messages.get("load.accessDenied"), e);
        } catch (IOException | RuntimeException e) {
            throw SticLoadErrors.translate(file, e);
        }
        if (resource.getContents().isEmpty()) {
            throw new ModelLoadException(file, resource.rootLine, resource.rootColumn,
                    Messages.get("load.noCluster"));
        }
    }

    /**
     * What the migration of {@code resource}'s file from an earlier metamodel version made explicit, or null when the
     * file is in the current version (or has been saved in it since it was loaded). A migrated file is written in the
     * current version only when it is saved; older versions of the workbench will not read it then.
     */
    public static MigrationReport migration(Resource resource) {
        return resource instanceof SticResource sticResource ? sticResource.migration : null;
    }

    /**
     * Adds new, detached {@code elements} to {@code container}, a containment list of an object in a model, in one
     * notification, each with its id in {@code ids} (a new UUID where null) registered before it is attached: an
     * import of thousands of elements then registers each id once. A list outside a STIC resource gets its ids set
     * the ordinary way.
     */
    public static <E extends EObject> void addIdentified(EList<E> container, List<E> elements, List<String> ids) {
        if (elements.size() != ids.size()) {
            throw new IllegalArgumentException(elements.size() + " elements, " + ids.size() + " ids");
        }
        InternalEList<E> list = (InternalEList<E>) container;
        Resource resource = container instanceof EcoreEList<?> e ? e.getEObject().eResource() : null;
        if (resource instanceof SticResource stic) {
            stic.addIdentified(list, elements, ids);
            return;
        }
        if (resource instanceof XMLResource xml) {
            for (int i = 0; i < elements.size(); i++) {
                if (ids.get(i) != null) {
                    xml.setID(elements.get(i), ids.get(i));
                }
            }
        }
        list.addAllUnique(elements);
    }

    /** Creates a new, empty-of-history resource for {@code file} holding {@code root}; nothing is written yet. */
    public static Resource create(ResourceSet resourceSet, Path file, Cluster root) {
        Resource resource = new SticResource(fileUri(file));
        resourceSet.getResources().add(resource);
        resource.getContents().add(root);
        return resource;
    }

    /**
     * Writes {@code resource} to its file atomically: into a temporary file in the same folder, forced to disk, then
     * renamed over the original. If anything fails the original file is untouched and the temporary file is gone.
     */
    public static void save(Resource resource) throws IOException {
        save(resource, UnaryOperator.identity());
    }

    /** Test seam: {@code interposer} wraps the stream the model is written to (e.g. to make it fail part-way). */
    static void save(Resource resource, UnaryOperator<OutputStream> interposer) throws IOException {
        try (AtomicFiles.Staged staged = stage(resource, interposer)) {
            staged.commit();
        }
        saved(resource);
    }

    /**
     * Tells {@code resource} that its file now holds it, in the current metamodel version: for a save through
     * {@link #stage}, once committed; {@link #migration} is null from then on.
     */
    public static void saved(Resource resource) {
        if (resource instanceof SticResource sticResource) {
            sticResource.migration = null;
        }
    }

    /**
     * Writes {@code resource} into a temporary file beside its file, forced to disk, without replacing the file yet
     * (see {@link AtomicFiles#stage}): for saving a model together with the files that belong to it. Once committed,
     * call {@link #saved}.
     */
    public static AtomicFiles.Staged stage(Resource resource) throws IOException {
        return stage(resource, UnaryOperator.identity());
    }

    private static AtomicFiles.Staged stage(Resource resource, UnaryOperator<OutputStream> interposer)
            throws IOException {
        URI uri = resource.getURI();
        if (uri == null || !uri.isFile()) {
            throw new IOException(Messages.get("save.notAFile", uri));
        }
        return AtomicFiles.stage(Path.of(uri.toFileString()), out -> {
            OutputStream wrapped = interposer.apply(out);
            resource.save(wrapped, saveOptions());
            wrapped.flush();
        });
    }

    /**
     * Options for loading: hardened parser, stop at the first problem (in {@link SticResource}), and the EMF options
     * that matter for speed on large models.
     */
    static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = hardenedParserOptions();
        // a fresh map per load: the cache pays off within one file (thousands of elements, a few dozen names)
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, true);
        options.put(XMLResource.OPTION_DEFER_ATTACHMENT, true);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, false);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, false);
        return options;
    }

    /**
     * Load options for any XML file of unknown origin (models, extension metamodels): the parser refuses a DOCTYPE, so
     * no DTD, external entity or entity expansion is ever processed, and an unknown namespace is not taken for a
     * location to load its package from. Only the file itself is parsed; what it refers to is the resource set's
     * {@link org.eclipse.emf.ecore.resource.URIConverter URIConverter}'s to allow or refuse.
     */
    public static Map<Object, Object> hardenedParserOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, PARSER_FEATURES);
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, PARSER_PROPERTIES);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, false);
        return options;
    }

    /** Options for saving: UTF-8, {@code \n} on every platform, one element per line, cached save configuration. */
    static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(Resource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, true);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        return options;
    }

    static URI fileUri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    private SticResources() {
    }
}

package org.stic.extensions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.stic.SticPackage;
import org.stic.model.io.AtomicFiles;
import org.stic.model.io.ModelLoadException;
import org.stic.model.io.SticResources;
import org.stic.model.migration.MetamodelHistory;

/**
 * Reading and writing extension metamodels ({@code .ecore} files), the one way the project and the metamodel editor
 * do it. Reading is hardened as for models (no DOCTYPE, nothing opened but the files allowed) and fails with
 * {@code file:line:column: sentence}; STIC is known by its nsURI (and by the 1.0 nsURI, whose classes kept their
 * names), other extensions by theirs. Writing is atomic and keeps the file usable by plain EMF: references to STIC
 * and to other extensions are written by nsURI, each STIC reference as the file wrote it when it was read (an
 * extension written against 1.0 keeps its 1.0 references), with EMF's usual layout, so a file written here and
 * written again unchanged has the same bytes.
 */
public final class MetamodelFiles {

    /** Lines are broken at attribute boundaries past this width, as EMF's Ecore editor writes .ecore files. */
    private static final int LINE_WIDTH = 80;

    private MetamodelFiles() {
    }

    /**
     * A resource set for extension files that may open only the files {@code allowed} accepts; STIC, its 1.0 nsURI
     * and Ecore are in its package registry.
     */
    static ResourceSet newResourceSet(URIHandler allowed) {
        ResourceSet rs = new ResourceSetImpl();
        rs.setURIConverter(new ExtensibleURIConverterImpl(List.of(allowed), List.of()));
        rs.getLoadOptions().putAll(SticResources.hardenedParserOptions());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
        rs.getPackageRegistry().put(SticPackage.eNS_URI, SticPackage.eINSTANCE);
        // an extension written against 1.0 subclasses the current classes: every 1.0 class kept its name, and a 1.0
        // model using the extension is read with a copy of it against 1.0 (see org.stic.model.migration.LegacyPackages)
        rs.getPackageRegistry().put(MetamodelHistory.NS_URI_1_0, SticPackage.eINSTANCE);
        rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        return rs;
    }

    /** Why {@code file} could not be loaded into {@code rs}, as {@code file:line:column: sentence}. */
    static ModelLoadException failure(Path file, ResourceSet rs, RuntimeException e) {
        Resource.Diagnostic d = rs.getResources().isEmpty() || rs.getResources().get(0).getErrors().isEmpty()
                ? null : rs.getResources().get(0).getErrors().get(0);
        if (d == null) {
            return new ModelLoadException(file, 0, 0, Messages.get("extension.unloadable", e.getMessage()), e);
        }
        return new ModelLoadException(file, d.getLine(), d.getColumn(), declaresDoctype(file)
                ? Messages.get("extension.doctype") : Messages.get("extension.unloadable", d.getMessage()), e);
    }

    /**
     * Loads one extension file for editing, in a resource set of its own that opens no other file; the
     * {@code others} (the project's other extensions) resolve by nsURI. The resource remembers how the file wrote
     * its references to STIC, for {@link #save}.
     */
    public static Resource load(Path file, Collection<EPackage> others) throws ModelLoadException {
        URI uri = fileUri(file);
        ResourceSet rs = newResourceSet(new FileURIHandlerImpl() {
            @Override
            public boolean canHandle(URI u) {
                return u.trimFragment().equals(uri);
            }
        });
        for (EPackage p : others) {
            rs.getPackageRegistry().put(p.getNsURI(), p);
        }
        WrittenAs writtenAs = new WrittenAs();
        rs.getLoadOptions().put(XMLResource.OPTION_URI_HANDLER, writtenAs.reading());
        try {
            Resource r = rs.getResource(uri, true);
            r.eAdapters().add(writtenAs);
            if (r.getContents().isEmpty()) {
                throw new ModelLoadException(file, 0, 0, Messages.get("extension.noPackage"));
            }
            return r;
        } catch (RuntimeException e) {
            throw failure(file, rs, e);
        }
    }

    /** A new, empty extension file's resource (nothing written yet), for {@link #save}. */
    public static Resource create(Path file, Collection<EPackage> others) {
        ResourceSet rs = newResourceSet(new FileURIHandlerImpl() {
            @Override
            public boolean canHandle(URI u) {
                return false;
            }
        });
        for (EPackage p : others) {
            rs.getPackageRegistry().put(p.getNsURI(), p);
        }
        Resource r = rs.createResource(fileUri(file));
        r.eAdapters().add(new WrittenAs());
        return r;
    }

    /** Writes the resource to its file atomically (the file is replaced only once everything was written). */
    public static void save(Resource resource) throws IOException {
        Path file = Path.of(resource.getURI().toFileString());
        Map<Object, Object> options = saveOptions(resource);
        AtomicFiles.write(file, out -> resource.save(out, options));
    }

    /** The text {@link #save} would write now (for trying an unsaved metamodel), nothing written. */
    public static String text(Resource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, saveOptions(resource));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<Object, Object> saveOptions(Resource resource) {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(Resource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_LINE_WIDTH, LINE_WIDTH);
        options.put(XMLResource.OPTION_URI_HANDLER, writtenAs(resource).writing(resource));
        return options;
    }

    private static WrittenAs writtenAs(Resource resource) {
        for (Object a : resource.eAdapters()) {
            if (a instanceof WrittenAs w) {
                return w;
            }
        }
        return new WrittenAs();
    }

    /**
     * How a file wrote its references to STIC classes and types (by fragment: {@code //Participant} as
     * {@code http://www.stic.org/stic/1.0#//Participant}), recorded while it is read, and the URI handler that
     * writes them back that way; references to other extensions are written by their nsURI, never by file.
     */
    private static final class WrittenAs extends AdapterImpl {
        private final Map<String, URI> stic = new HashMap<>();

        XMLResource.URIHandler reading() {
            return new URIHandlerImpl() {
                @Override
                public URI resolve(URI uri) {
                    URI resolved = super.resolve(uri);
                    if (resolved.hasFragment() && isSticNsUri(resolved.trimFragment().toString())) {
                        stic.putIfAbsent(resolved.fragment(), resolved);
                    }
                    return resolved;
                }
            };
        }

        XMLResource.URIHandler writing(Resource resource) {
            Map<URI, String> nsUriByFile = new HashMap<>();
            for (Object value : resource.getResourceSet().getPackageRegistry().values()) {
                if (value instanceof EPackage p && p.eResource() != null && p.eResource() != resource
                        && p.eResource().getURI().isFile()) {
                    nsUriByFile.put(p.eResource().getURI(), p.getNsURI());
                }
            }
            return new URIHandlerImpl() {
                @Override
                public URI deresolve(URI uri) {
                    URI target = uri.trimFragment();
                    if (target.toString().equals(SticPackage.eNS_URI) && uri.hasFragment()
                            && stic.containsKey(uri.fragment())) {
                        return stic.get(uri.fragment());
                    }
                    String nsUri = nsUriByFile.get(target);
                    if (nsUri != null) {
                        return URI.createURI(nsUri).appendFragment(uri.fragment());
                    }
                    return super.deresolve(uri);
                }
            };
        }
    }

    private static boolean isSticNsUri(String nsUri) {
        return nsUri.equals(SticPackage.eNS_URI) || nsUri.equals(MetamodelHistory.NS_URI_1_0);
    }

    /** Every nsURI an extension may not take: STIC's, its earlier versions' and those of the packages built in. */
    static boolean isBuiltInNsUri(String nsUri) {
        return nsUri.equals(SticPackage.eNS_URI) || MetamodelHistory.packageOf(nsUri) != null
                || EPackage.Registry.INSTANCE.containsKey(nsUri);
    }

    static boolean declaresDoctype(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1).contains("<!DOCTYPE");
        } catch (IOException e) {
            return false;
        }
    }

    static URI fileUri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }
}

package org.stic.model.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.stic.Cluster;
import org.stic.model.migration.LegacyPackages;
import org.stic.model.migration.MetamodelHistory;
import org.stic.model.migration.Migration_1_0_to_2_0;
import org.stic.model.migration.MigrationReport;
import org.stic.model.nls.Messages;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The resource behind every {@code .stic} file: plain XMI with a UUID {@code xmi:id} on every object, so that any
 * EMF tool reads our files with nothing but {@code stic.ecore}. What is special happens only while loading: the
 * handler stops at the first problem (no partial model), refuses references to other files and packages that are not
 * registered (EMF would otherwise fetch a namespace URI or schema location from the network), bounds the element
 * depth, and accepts exactly one {@link Cluster} as root. A file of metamodel 1.0 is read with that version's package
 * ({@link MetamodelHistory}) and migrated into the current one ({@link Migration_1_0_to_2_0}), keeping every id.
 */
final class SticResource extends XMIResourceImpl {

    /** STIC files nest five levels deep; the bound leaves room for extensions while stopping hostile nesting. */
    static final int MAX_ELEMENT_DEPTH = 64;

    /** Fewer bytes than a STIC element takes in a file (about 200 with its UUID), to size the id maps before loading. */
    static final int BYTES_PER_OBJECT = 150;

    /** Larger files are streamed through EMF's reader rather than held in memory whole. */
    static final int MAX_SUBSET_READ_BYTES = 256 << 20;

    /** Where the root element starts, for problems that concern the file as a whole. */
    int rootLine;
    int rootColumn;

    /** The packages a 1.0 file is being read with; null unless the file being loaded is one. */
    LegacyPackages legacyPackages;

    /** What the migration of the loaded 1.0 file made explicit; null when the file needed none or has been saved since. */
    MigrationReport migration;

    SticResource(URI uri) {
        super(uri);
        presize(0);
    }

    /** Sizes the id maps for {@code objects} objects, so that loading a large file never rehashes them. */
    void presize(int objects) {
        if (idToEObjectMap == null || idToEObjectMap.isEmpty()) {
            idToEObjectMap = new IdMap(objects);
            // EObjects have identity equality: an IdentityHashMap is the same map without an entry object per key
            eObjectToIDMap = new IdentityHashMap<>(objects);
        }
    }

    /**
     * The bytes an object took in this resource's file when it was last read or written by the subset reader or
     * writer (0 until then): the next write sizes its buffers by it, so that they neither grow nor waste memory.
     */
    int bytesPerObject;

    /** Set while a model whose every object is in the id maps already is added: the walk over it has nothing to do. */
    private boolean attachingIdentified;

    /**
     * Reads the subset of XMI that STIC files are written in with {@link XmiSubsetReader}; anything else (other tools'
     * files, hand edits, every malformed or hostile file) goes to EMF's hardened loader, from the same bytes.
     */
    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        legacyPackages = null;
        migration = null;
        byte[] bytes;
        if (inputStream instanceof FileBytes file) {
            bytes = file.bytes();
        } else if (inputStream instanceof LargeFile large) {
            // over the subset reader's limit: streamed, never held (a gigabyte must not need a gigabyte of heap);
            // the id maps are sized for at most a million objects and grow past that
            presize((int) Math.min(large.size / BYTES_PER_OBJECT, 1 << 20));
            super.doLoad(inputStream, options);
            return;
        } else {
            bytes = inputStream.readNBytes(MAX_SUBSET_READ_BYTES + 1);
            if (bytes.length > MAX_SUBSET_READ_BYTES) {
                presize(bytes.length / BYTES_PER_OBJECT);
                super.doLoad(new SequenceInputStream(new ByteArrayInputStream(bytes), inputStream), options);
                return;
            }
        }
        boolean genericOnly = options != null && Boolean.TRUE.equals(options.get(SticResources.OPTION_GENERIC_XMI));
        // the subset reader sizes the id maps itself, from the number of objects it read, and migrates 1.0 files itself
        if (genericOnly || !XmiSubsetReader.read(this, bytes)) {
            presize(bytes.length / BYTES_PER_OBJECT);
            super.doLoad(new ByteArrayInputStream(bytes), options);
            migrateLegacyContents();
        }
    }

    /** Replaces a 1.0 model that EMF's loader read by its migration, each object's copy under the original's id. */
    private void migrateLegacyContents() {
        LegacyPackages packages = legacyPackages;
        legacyPackages = null;
        if (packages == null || getContents().isEmpty()) {
            return;
        }
        EObject legacyRoot = getContents().get(0);
        Migration_1_0_to_2_0 migration = new Migration_1_0_to_2_0(packages);
        Cluster root = migration.migrate(legacyRoot);
        Map<EObject, String> legacyIds = new IdentityHashMap<>(eObjectToIDMap);
        getContents().clear();
        idToEObjectMap.clear();
        eObjectToIDMap.clear();
        legacyIds.forEach((legacy, id) -> {
            EObject copy = migration.copyOf(legacy);
            if (copy != null) {
                setID(copy, id);
            }
        });
        getContents().add(root);
        this.migration = migration.report();
    }

    /** For {@link XmiSubsetReader}: a 1.0 model it read, whose copies it registers itself. */
    void migrated(MigrationReport report) {
        this.migration = report;
    }

    /**
     * Writes the file with {@link XmiSubsetWriter} when the model is in its subset (the models the workbench makes),
     * else with EMF. The subset writer builds the whole file in memory and only then writes it; when it declines,
     * nothing has been written and EMF writes the file from the start (never a mixture of the two).
     */
    @Override
    public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
        boolean generic = options == null || Boolean.TRUE.equals(options.get(SticResources.OPTION_GENERIC_XMI))
                || outputStream instanceof URIConverter.Saveable;
        XmiSubsetWriter.Written subset = generic ? null : XmiSubsetWriter.write(this, options);
        if (subset != null) {
            subset.writeTo(outputStream);
            bytesPerObject = (int) Math.min(Integer.MAX_VALUE, subset.size() / Math.max(1, eObjectToIDMap.size()));
        } else {
            super.doSave(outputStream, options);
        }
    }

    /** A file over {@link #MAX_SUBSET_READ_BYTES}, opened by {@link SticResources}: {@link #doLoad} streams it to EMF. */
    static final class LargeFile extends BufferedInputStream {
        final long size;

        LargeFile(InputStream in, long size) {
            super(in, 1 << 16);
            this.size = size;
        }
    }

    /** The whole content of a file, read at once by {@link SticResources} for {@link #doLoad}. */
    static final class FileBytes extends ByteArrayInputStream {
        FileBytes(byte[] bytes) {
            super(bytes);
        }

        /** The whole array: the constructor takes no offset or length. */
        byte[] bytes() {
            return buf;
        }
    }

    /** Registers the ids of objects read by {@link XmiSubsetReader}, whose UUIDs it has decoded already. */
    void registerUuids(EObject[] objects, String[] ids, long[] highs, long[] lows, int count) {
        IdMap idToObject = (IdMap) idToEObjectMap;
        for (int i = 0; i < count; i++) {
            eObjectToIDMap.put(objects[i], ids[i]);
            idToObject.putUuid(ids[i], highs[i], lows[i], objects[i]);
        }
    }

    /** Adds a root whose every object has its id registered already (see {@link XmiSubsetReader}). */
    void attachIdentified(EObject root) {
        attachingIdentified = true;
        try {
            getContents().add(root);
        } finally {
            attachingIdentified = false;
        }
    }

    /**
     * Adds {@code elements}, detached and without ids, to {@code container} (a containment list of an object of this
     * resource) in one notification, each with its id in {@code ids} (a new UUID where null). The ids are registered
     * before the elements are attached, in maps grown once for all of them, so that attaching neither makes up UUIDs
     * to be replaced nor registers each id a second time.
     */
    <E extends EObject> void addIdentified(InternalEList<E> container, List<E> elements, List<String> ids) {
        reserve(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            String id = ids.get(i);
            setID(elements.get(i), id != null ? id : EcoreUtil.generateUUID());
        }
        attachingIdentified = true;
        try {
            container.addAllUnique(elements);
        } finally {
            attachingIdentified = false;
        }
    }

    /** Grows the id maps once for {@code more} ids, when they are more than the maps hold (else doubling is cheap). */
    private void reserve(int more) {
        int size = idToEObjectMap.size();
        if (more > size) {
            idToEObjectMap = new IdMap((IdMap) idToEObjectMap, size + more);
            Map<EObject, String> objects = new IdentityHashMap<>(size + more);
            objects.putAll(eObjectToIDMap);
            eObjectToIDMap = objects;
        }
    }

    /** Attaching calls {@link #attachedHelper} on every object of the tree; nothing needs it when all have their ids. */
    @Override
    protected boolean isAttachedDetachedHelperRequired() {
        return !(attachingIdentified && !isTrackingModification() && getIntrinsicIDToEObjectMap() == null)
                && super.isAttachedDetachedHelperRequired();
    }

    /** While loading, every object read with an xmi:id is already in both maps: only the others need work. */
    @Override
    protected void attachedHelper(EObject eObject) {
        if (!isLoading || isTrackingModification() || getIntrinsicIDToEObjectMap() != null || getID(eObject) == null) {
            super.attachedHelper(eObject);
        }
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new StrictHandler(resource, helper, options);
            }
        };
    }

    /** Thrown out of the SAX callbacks to end a load at its first problem; carries the problem with its position. */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final transient XMIException problem;
        /** Our own plain sentence for the problem, or null when the problem is one EMF found. */
        final String sentence;

        Abort(XMIException problem, String sentence) {
            super(problem.getMessage(), problem);
            this.problem = problem;
            this.sentence = sentence;
        }
    }

    /** Static: a pooled parser keeps its last handler, which must not keep its resource (and model) alive. */
    private static final class StrictHandler extends SAXXMIHandler {

        private int depth;
        private int roots;

        StrictHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        public void startElement(String uri, String localName, String name) {
            if (++depth > MAX_ELEMENT_DEPTH) {
                fail(Messages.get("load.tooDeep", MAX_ELEMENT_DEPTH));
            }
            if (depth == 1) {
                ((SticResource) xmlResource).rootLine = getLineNumber();
                ((SticResource) xmlResource).rootColumn = getColumnNumber();
            }
            super.startElement(uri, localName, name);
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            depth--;
            super.endElement(uri, localName, name);
        }

        @Override
        protected void processTopObject(EObject object) {
            if (object != null) {
                SticResource sticResource = (SticResource) xmlResource;
                boolean legacyCluster = sticResource.legacyPackages != null
                        && object.eClass() == sticResource.legacyPackages.stic().getEClassifier("Cluster");
                if (!(object instanceof Cluster || legacyCluster)) {
                    fail(Messages.get("load.wrongRoot", SticLoadErrors.describe(object.eClass())));
                }
                if (++roots > 1) {
                    fail(Messages.get("load.twoClusters"));
                }
            }
            super.processTopObject(object);
        }

        /**
         * Only registered packages: never load a namespace URI or an xsi:schemaLocation as a resource. A file of an
         * earlier metamodel version is read with that version's package; the other packages of such a file (extensions)
         * with their variants against it (see {@link LegacyPackages}).
         */
        @Override
        protected EPackage getPackageForURI(String uriString) {
            SticResource sticResource = (SticResource) xmlResource;
            if (MetamodelHistory.packageOf(uriString) != null) {
                if (sticResource.legacyPackages == null) {
                    sticResource.legacyPackages = new LegacyPackages();
                }
                return sticResource.legacyPackages.stic();
            }
            EPackage ePackage = uriString == null ? null : packageRegistry.getEPackage(uriString);
            if (ePackage == null && uriString != null) {
                // as EMF reports it, so that the load error names the namespace for whoever can load it
                throw new Abort(new PackageNotFoundException(uriString, getLocation(), getLineNumber(),
                        getColumnNumber()), SticLoadErrors.unknownNamespace(uriString));
            }
            return sticResource.legacyPackages != null && ePackage != null
                    ? sticResource.legacyPackages.variantOf(ePackage) : ePackage;
        }

        /** A .stic file is self-contained: a reference to another file would be dangling for everybody else. */
        @Override
        protected void handleProxy(InternalEObject proxy, String uriLiteral) {
            fail(Messages.get("load.crossFile", uriLiteral));
        }

        /** The parser pool keeps each parser's last handler: let go of the resource so that it can be collected. */
        @Override
        public void endDocument() {
            super.endDocument();
            reset();
        }

        @Override
        public void error(XMIException e) {
            throw new Abort(e, null);
        }

        private void fail(String sentence) {
            throw new Abort(new XMIException(sentence, getLocation(), getLineNumber(), getColumnNumber()), sentence);
        }
    }
}

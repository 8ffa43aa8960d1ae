package org.stic.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.stic.SticPackage;

/**
 * Writes the bytes of a {@code .stic} file for the models the workbench itself makes, in a fraction of the time of
 * EMF's {@code XMISaveImpl} (which builds the document as strings first, then encodes it through a Writer). Its output
 * is byte for byte what {@code XMISaveImpl} writes with {@link SticResources#saveOptions()}; EMF stays the reference
 * (the tests compare the two on every model they have) and the fallback: whenever a model, the options or a value is
 * outside the subset below, {@link #write} returns null and {@link SticResource} lets EMF write the whole file.
 * <p>
 * The subset: one {@code Cluster} root; every object of a class of {@link SticPackage} that is exactly the type of its
 * containment feature (else EMF writes {@code xsi:type}), not a proxy, and with an {@code xmi:id} of plain ASCII;
 * every referenced object in this resource with such an id; no unsettable features, feature maps or extension data;
 * every text valid XML 1.0 (EMF refuses control characters and lone surrogates with its own error, so it is left to
 * say so). Within the subset the rules are EMF's: features in {@code eAllStructuralFeatures} order, a feature written
 * only if {@code eIsSet}, single values and references as attributes of the start tag, many values and contained
 * objects as elements after it, attribute values escaped like {@code XMLSaveImpl.Escape.convert} and element text
 * like {@code convertText}, one element per line indented by two spaces. Large models are written by two threads
 * (see {@link Pieces}); the model is only read, and only while {@link #write} runs.
 */
final class XmiSubsetWriter {

    private static final NotInSubset DECLINE = NotInSubset.INSTANCE;

    private static final String ENCODING = "UTF-8";
    private static final String LINE_FEED = "\n";

    private static final byte[] HEADER = ascii("<?xml version=\"1.0\" encoding=\"" + ENCODING + "\"?>" + LINE_FEED + "<"
            + SticPackage.eINSTANCE.getNsPrefix() + ":" + SticPackage.Literals.CLUSTER.getName() + " "
            + XMIResource.XMI_NS + ":" + XMIResource.VERSION_NAME + "=\"" + XMIResource.VERSION_VALUE + "\" "
            + XMLResource.XML_NS + ":" + XMIResource.XMI_NS + "=\"" + XMIResource.XMI_URI + "\" "
            + XMLResource.XML_NS + ":" + SticPackage.eINSTANCE.getNsPrefix() + "=\"" + SticPackage.eNS_URI + "\"");
    private static final byte[] ROOT_END = ascii("</" + SticPackage.eINSTANCE.getNsPrefix() + ":"
            + SticPackage.Literals.CLUSTER.getName() + ">" + LINE_FEED);
    private static final byte[] ID = ascii(" " + XMIResource.XMI_NS + ":" + XMIResource.XMI_ID + "=\"");

    /**
     * Bytes per object, a little more than the synthetic and example models take, to size the buffer once when the
     * resource has not been read or written yet (then what its objects took last time, a little more, sizes it).
     */
    private static final int BYTES_PER_OBJECT = 224;
    private static final int MAX_BUFFER = Integer.MAX_VALUE - 16;
    private static final int WRITE_CHUNK = 1 << 16;
    /** From this size on two threads write the file (see {@link Pieces}); below, a thread costs more than it saves. */
    static final int PARALLEL_OBJECTS = 20_000;

    /** Two spaces per level, as XMLString indents. */
    private static final byte[] SPACES = new byte[256];

    /** ASCII characters written as they are, in an attribute value and in element text. */
    private static final boolean[] PLAIN_IN_ATTRIBUTE = new boolean[128];
    private static final boolean[] PLAIN_IN_TEXT = new boolean[128];

    static {
        Arrays.fill(SPACES, (byte) ' ');
        for (char c = 0x20; c < 0x80; c++) {
            PLAIN_IN_ATTRIBUTE[c] = c != '&' && c != '<' && c != '"';
            PLAIN_IN_TEXT[c] = PLAIN_IN_ATTRIBUTE[c] && c != '>';
        }
        PLAIN_IN_TEXT['\t'] = true;
    }

    /** How each kind of feature is written; the names follow XMLSaveImpl's feature kinds. */
    private static final int VALUE = 0;
    private static final int IDREF = 1;
    private static final int IDREFS = 2;
    private static final int VALUES = 3;
    private static final int CHILD = 4;
    private static final int CHILDREN = 5;

    /** A feature that is written, with everything the walk needs at hand. */
    private static final class Feature {
        final int id;
        final int kind;
        /** {@code " name=\""} for attributes, {@code "name"} for elements. */
        final byte[] name;
        final EDataType dataType;
        final EFactory factory;
        final boolean string;
        final EClass childType;

        Feature(int id, int kind, String xmlName, EDataType dataType, EClass childType) {
            this.id = id;
            this.kind = kind;
            this.name = ascii(kind <= IDREFS ? " " + xmlName + "=\"" : xmlName);
            this.dataType = dataType;
            this.factory = dataType == null ? null : dataType.getEPackage().getEFactoryInstance();
            this.string = dataType == EcorePackage.Literals.ESTRING;
            this.childType = childType;
        }
    }

    /** What an object of one class writes into its start tag and as its content, each in feature order. */
    private static final class ClassPlan {
        final EClass eClass;
        final Feature[] attributes;
        final Feature[] elements;
        /** Whether the class has containment features: its children are the pieces of work, not its whole tree. */
        final boolean contains;

        ClassPlan(EClass eClass, Feature[] attributes, Feature[] elements) {
            this.eClass = eClass;
            this.attributes = attributes;
            this.elements = elements;
            this.contains = Arrays.stream(elements).anyMatch(f -> f.kind == CHILD || f.kind == CHILDREN);
        }
    }

    /** By classifier id; null for data types and for classes with a feature outside the subset. */
    private static final ClassPlan[] PLANS;

    static {
        List<EClassifier> classifiers = SticPackage.eINSTANCE.getEClassifiers();
        PLANS = new ClassPlan[classifiers.size()];
        for (EClassifier classifier : classifiers) {
            if (classifier instanceof EClass eClass) {
                PLANS[eClass.getClassifierID()] = plan(eClass);
            }
        }
    }

    /** The plan of {@code eClass} as XMLSaveImpl.Lookup classifies its features; null if one is outside the subset. */
    private static ClassPlan plan(EClass eClass) {
        List<Feature> attributes = new ArrayList<>();
        List<Feature> elements = new ArrayList<>();
        List<EStructuralFeature> features = eClass.getEAllStructuralFeatures();
        for (int id = 0; id < features.size(); id++) {
            EStructuralFeature f = features.get(id);
            if (f.isTransient()) {
                continue;
            }
            if (f.isUnsettable() || !isPlainAscii(f.getName())) {
                return null;
            }
            if (f instanceof EReference r) {
                if (r.isContainment()) {
                    int kind = r.isMany() ? CHILDREN : CHILD;
                    elements.add(new Feature(id, kind, r.getName(), null, r.getEReferenceType()));
                } else if (r.getEOpposite() == null || !r.getEOpposite().isContainment()) {
                    attributes.add(new Feature(id, r.isMany() ? IDREFS : IDREF, r.getName(), null, null));
                }
            } else {
                EDataType type = ((EAttribute) f).getEAttributeType();
                if (type.getInstanceClass() == FeatureMap.Entry.class) {
                    return null;
                }
                if (type.isSerializable()) {
                    if (f.isMany()) {
                        elements.add(new Feature(id, VALUES, f.getName(), type, null));
                    } else {
                        attributes.add(new Feature(id, VALUE, f.getName(), type, null));
                    }
                }
            }
        }
        return new ClassPlan(eClass, attributes.toArray(Feature[]::new), elements.toArray(Feature[]::new));
    }

    /**
     * The file's bytes as EMF would write them for {@code resource} with {@code options}, or null if the resource, the
     * options or a value is outside the subset (then nothing has been written anywhere).
     */
    static Written write(SticResource resource, Map<?, ?> options) {
        return write(resource, options, Runtime.getRuntime().availableProcessors() > 1);
    }

    /** {@link #write(SticResource, Map)}, splitting a large model into pieces when {@code split} (tests force it). */
    static Written write(SticResource resource, Map<?, ?> options, boolean split) {
        if (!acceptsOptions(options) || !"1.0".equals(resource.getXMLVersion())
                || !XMIResource.VERSION_VALUE.equals(resource.getXMIVersion())
                || !resource.getEObjectToExtensionMap().isEmpty() || resource.getContents().size() != 1) {
            return null;
        }
        InternalEObject root = (InternalEObject) resource.getContents().get(0);
        ClassPlan plan = PLANS[SticPackage.CLUSTER];
        if (root.eClass() != SticPackage.Literals.CLUSTER || root.eIsProxy() || plan == null) {
            return null;
        }
        Map<EObject, String> ids = resource.getEObjectToIDMap();
        boolean parallel = split && ids.size() >= PARALLEL_OBJECTS;
        int bytesPerObject = resource.bytesPerObject > 0 ? resource.bytesPerObject + resource.bytesPerObject / 16
                : BYTES_PER_OBJECT;
        Output skeleton = new Output(parallel ? 1 << 16 : capacity(ids.size(), bytesPerObject));
        Pieces pieces = parallel ? new Pieces(skeleton, bytesPerObject) : null;
        try {
            skeleton.put(HEADER);
            new XmiSubsetWriter(resource, ids, skeleton, pieces).object(root, plan, null, 1);
            return parallel ? pieces.writeParts(resource, ids) : skeleton;
        } catch (NotInSubset decline) {
            return null;
        }
    }

    private static int capacity(int objects, int bytesPerObject) {
        return (int) Math.min(MAX_BUFFER, Math.max(1 << 16, (long) objects * bytesPerObject));
    }

    /** A file written in one piece or in several, to be written to a stream in one go. */
    interface Written {
        void writeTo(OutputStream out) throws IOException;

        /** How many bytes {@link #writeTo} writes. */
        long size();
    }

    /**
     * For a large model the walk writes only the skeleton (the root and the objects that contain others) and leaves a
     * piece for each other subtree; two threads (the caller's and another) write the pieces, each into its own buffer,
     * and {@link #writeTo} writes skeleton and pieces in order. The walk is bound by memory latency (an object, its id, each referenced object and
     * its id), and a second core waits for memory at the same time as the first.
     */
    static final class Pieces implements Written {
        private int count;
        private int[] positions = new int[1 << 12];
        private InternalEObject[] objects = new InternalEObject[1 << 12];
        private ClassPlan[] plans = new ClassPlan[1 << 12];
        private byte[][] names = new byte[1 << 12][];
        private int[] depths = new int[1 << 12];
        private final Output skeleton;
        private final int bytesPerObject;
        private final Output[] parts = new Output[2];
        private final Thread[] writers = new Thread[2];
        /** Where each piece ends in its part's buffer. */
        private int[] ends;
        private int split;

        Pieces(Output skeleton, int bytesPerObject) {
            this.skeleton = skeleton;
            this.bytesPerObject = bytesPerObject;
        }

        void add(int position, InternalEObject object, ClassPlan plan, byte[] name, int depth) {
            if (count == positions.length) {
                int size = 2 * count;
                positions = Arrays.copyOf(positions, size);
                objects = Arrays.copyOf(objects, size);
                plans = Arrays.copyOf(plans, size);
                names = Arrays.copyOf(names, size);
                depths = Arrays.copyOf(depths, size);
            }
            positions[count] = position;
            objects[count] = object;
            plans[count] = plan;
            names[count] = name;
            depths[count++] = depth;
        }

        Pieces writeParts(Resource resource, Map<EObject, String> ids) {
            ends = new int[count];
            split = count / 2;
            // the second half on a thread of its own: a forked task that no worker has taken yet would be run by the
            // joining thread itself, one half after the other
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> part(1, split, count, resource, ids));
            try {
                part(0, 0, split, resource, ids);
            } catch (RuntimeException | Error e) {
                // the model must not be read any more once this returns, and a decline there is a decline here
                second.handle((done, failure) -> null).join();
                throw e;
            }
            try {
                second.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                } else if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw e;
            }
            return this;
        }

        /** The thread that wrote part 0 or 1 (tests check that they are two). */
        Thread writer(int part) {
            return writers[part];
        }

        private void part(int part, int from, int to, Resource resource, Map<EObject, String> ids) {
            writers[part] = Thread.currentThread();
            Output out = new Output(capacity(to - from, bytesPerObject));
            XmiSubsetWriter writer = new XmiSubsetWriter(resource, ids, out, null);
            for (int i = from; i < to; i++) {
                writer.object(objects[i], plans[i], names[i], depths[i]);
                ends[i] = out.length;
            }
            parts[part] = out;
        }

        @Override
        public long size() {
            return (long) skeleton.length + parts[0].length + parts[1].length;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            int done = 0;
            for (int i = 0; i < count;) {
                write(out, skeleton.buffer, done, positions[i]);
                done = positions[i];
                // the pieces between two bits of skeleton lie one after the other in a part's buffer
                Output part = parts[i < split ? 0 : 1];
                int start = i == 0 || i == split ? 0 : ends[i - 1];
                int next = i + 1;
                while (next < count && next != split && positions[next] == done) {
                    next++;
                }
                write(out, part.buffer, start, ends[next - 1]);
                i = next;
            }
            write(out, skeleton.buffer, done, skeleton.length);
        }
    }

    /**
     * Only the options {@link SticResources#saveOptions()} sets, with the values that shape the output; any other
     * option may change the output in a way this writer does not know.
     */
    private static boolean acceptsOptions(Map<?, ?> options) {
        if (!ENCODING.equals(options.get(XMLResource.OPTION_ENCODING))
                || !LINE_FEED.equals(options.get(Resource.OPTION_LINE_DELIMITER))) {
            return false;
        }
        for (Object key : options.keySet()) {
            // the cache, the handling of dangling references and our own switch (when false) do not change what is
            // written for a model in the subset
            if (!XMLResource.OPTION_ENCODING.equals(key) && !Resource.OPTION_LINE_DELIMITER.equals(key)
                    && !XMLResource.OPTION_CONFIGURATION_CACHE.equals(key)
                    && !XMLResource.OPTION_PROCESS_DANGLING_HREF.equals(key)
                    && !SticResources.OPTION_GENERIC_XMI.equals(key)) {
                return false;
            }
        }
        return true;
    }

    private final Resource resource;
    private final Map<EObject, String> ids;
    private final Output out;
    /** Where subtrees are left for later, or null to write everything. */
    private final Pieces pieces;

    private XmiSubsetWriter(Resource resource, Map<EObject, String> ids, Output out, Pieces pieces) {
        this.resource = resource;
        this.ids = ids;
        this.out = out;
        this.pieces = pieces;
    }

    /** The element of {@code o}; {@code name} is null for the root, whose start tag is in the header. */
    private void object(InternalEObject o, ClassPlan plan, byte[] name, int depth) {
        if (name != null) {
            out.indent(depth);
            out.put((byte) '<');
            out.put(name);
        }
        out.put(ID);
        out.id(ids.get(o));
        out.put((byte) '"');

        for (Feature f : plan.attributes) {
            if (!o.eIsSet(f.id)) {
                continue;
            }
            Object value = o.eGet(f.id, false, true);
            switch (f.kind) {
                case VALUE -> {
                    String text = f.string || value == null
                            ? (String) value : f.factory.convertToString(f.dataType, value);
                    // EMF writes no attribute for a null value (set, when the default is not null)
                    if (text != null) {
                        out.put(f.name);
                        out.attributeValue(text);
                        out.put((byte) '"');
                    }
                }
                case IDREF -> {
                    out.put(f.name);
                    out.id(idOfReferenced((InternalEObject) value));
                    out.put((byte) '"');
                }
                default -> {
                    InternalEList<?> targets = (InternalEList<?>) value;
                    out.put(f.name);
                    for (int i = 0, n = targets.size(); i < n; i++) {
                        if (i > 0) {
                            out.put((byte) ' ');
                        }
                        out.id(idOfReferenced((InternalEObject) targets.basicGet(i)));
                    }
                    out.put((byte) '"');
                }
            }
        }

        boolean startTagOpen = true;
        for (Feature f : plan.elements) {
            if (!o.eIsSet(f.id)) {
                continue;
            }
            Object value = o.eGet(f.id, false, true);
            if (startTagOpen) {
                out.put((byte) '>');
                out.put((byte) '\n');
                startTagOpen = false;
            }
            switch (f.kind) {
                case CHILD -> child((InternalEObject) value, f, depth + 1);
                case CHILDREN -> {
                    InternalEList<?> children = (InternalEList<?>) value;
                    for (int i = 0, n = children.size(); i < n; i++) {
                        child((InternalEObject) children.basicGet(i), f, depth + 1);
                    }
                }
                default -> {
                    for (Object item : (List<?>) value) {
                        String text = item == null ? null : f.factory.convertToString(f.dataType, item);
                        if (text == null) {
                            throw DECLINE; // EMF writes xsi:nil or fails
                        }
                        out.indent(depth + 1);
                        out.put((byte) '<');
                        out.put(f.name);
                        out.put((byte) '>');
                        out.elementText(text);
                        out.put((byte) '<');
                        out.put((byte) '/');
                        out.put(f.name);
                        out.put((byte) '>');
                        out.put((byte) '\n');
                    }
                }
            }
        }

        if (startTagOpen) {
            out.put((byte) '/');
            out.put((byte) '>');
            out.put((byte) '\n');
        } else if (name == null) {
            out.put(ROOT_END);
        } else {
            out.indent(depth);
            out.put((byte) '<');
            out.put((byte) '/');
            out.put(name);
            out.put((byte) '>');
            out.put((byte) '\n');
        }
    }

    private void child(InternalEObject child, Feature f, int depth) {
        // another type needs xsi:type; a proxy or an object that is a root of a resource is written as an href
        if (child == null || child.eClass() != f.childType || child.eIsProxy() || child.eDirectResource() != null) {
            throw DECLINE;
        }
        ClassPlan plan = PLANS[f.childType.getClassifierID()];
        if (plan == null || plan.eClass != f.childType) {
            throw DECLINE;
        }
        if (pieces != null && (depth > 2 || !plan.contains)) {
            pieces.add(out.length, child, plan, f.name, depth);
        } else {
            object(child, plan, f.name, depth);
        }
    }

    /** The id of an object a reference points to, if EMF would write it as that id. */
    private String idOfReferenced(InternalEObject target) {
        if (target == null || target.eIsProxy() || target.eResource() != resource) {
            throw DECLINE; // EMF writes an href, or reports a dangling reference
        }
        return ids.get(target);
    }

    /**
     * Writes {@code bytes[from, to)} in chunks: a channel copies what it is given into a direct buffer that its thread
     * keeps, which should not grow to the size of the file.
     */
    private static void write(OutputStream out, byte[] bytes, int from, int to) throws IOException {
        for (int at = from; at < to; at += WRITE_CHUNK) {
            out.write(bytes, at, Math.min(WRITE_CHUNK, to - at));
        }
    }

    /** The file's bytes, UTF-8 encoded and escaped as XMLSaveImpl does, in one growing array. */
    static final class Output implements Written {

        private byte[] buffer;
        private int length;

        Output(int capacity) {
            buffer = new byte[capacity];
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            write(out, buffer, 0, length);
        }

        @Override
        public long size() {
            return length;
        }

        /** An id as EMF writes it (not escaped): only ids that need no escaping, so that the XML is sound. */
        void id(String id) {
            if (id == null) {
                throw DECLINE; // EMF would write a positional fragment
            }
            int n = id.length();
            ensure(n);
            byte[] b = buffer;
            int p = length;
            for (int i = 0; i < n; i++) {
                char c = id.charAt(i);
                if (c <= ' ' || c >= 0x7F || c == '"' || c == '&' || c == '<' || c == '>') {
                    throw DECLINE;
                }
                b[p++] = (byte) c;
            }
            length = p;
        }

        /** An attribute value as {@code Escape.convert} writes it: {@code & < "}, tab, LF and CR as references. */
        void attributeValue(String s) {
            text(s, PLAIN_IN_ATTRIBUTE);
        }

        /**
         * Element text as {@code Escape.convertText} writes it with {@code \n} as line delimiter: {@code & < "}, CR
         * and a {@code >} after {@code ]]} as references; tab and line feed as they are.
         */
        void elementText(String s) {
            text(s, PLAIN_IN_TEXT);
        }

        /** Characters that EMF refuses (other control characters, lone surrogates, U+FFFE, U+FFFF) decline. */
        private void text(String s, boolean[] plain) {
            int n = s.length();
            ensure(6L * n); // "&quot;" is the longest thing one char becomes
            byte[] b = buffer;
            int p = length;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    if (plain[c]) {
                        b[p++] = (byte) c;
                    } else {
                        boolean afterDoubleBracket = i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']';
                        p = escape(b, p, c, plain == PLAIN_IN_TEXT, afterDoubleBracket);
                    }
                } else if (c < 0x800) {
                    b[p++] = (byte) (0xC0 | c >> 6);
                    b[p++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    char low;
                    if (!Character.isHighSurrogate(c) || i + 1 == n
                            || !Character.isLowSurrogate(low = s.charAt(i + 1))) {
                        throw DECLINE;
                    }
                    int cp = Character.toCodePoint(c, low);
                    i++;
                    b[p++] = (byte) (0xF0 | cp >> 18);
                    b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[p++] = (byte) (0x80 | cp & 0x3F);
                } else if (c >= 0xFFFE) {
                    throw DECLINE;
                } else {
                    b[p++] = (byte) (0xE0 | c >> 12);
                    b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[p++] = (byte) (0x80 | c & 0x3F);
                }
            }
            length = p;
        }

        private static int escape(byte[] b, int p, char c, boolean text, boolean afterDoubleBracket) {
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '"' -> "&quot;";
                case '\r' -> "&#xD;";
                case '\n' -> text ? "\n" : "&#xA;";
                case '\t' -> "&#x9;";
                case '>' -> afterDoubleBracket ? "&gt;" : ">";
                default -> throw DECLINE;
            };
            for (int i = 0, n = replacement.length(); i < n; i++) {
                b[p++] = (byte) replacement.charAt(i);
            }
            return p;
        }

        /** The indentation of an element at {@code depth} (the root is at 1). */
        void indent(int depth) {
            int spaces = 2 * (depth - 1);
            if (spaces > SPACES.length) {
                throw DECLINE; // far deeper than any STIC model
            }
            ensure(spaces);
            System.arraycopy(SPACES, 0, buffer, length, spaces);
            length += spaces;
        }

        void put(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        void put(byte b) {
            ensure(1);
            buffer[length++] = b;
        }

        private void ensure(long more) {
            long needed = length + more;
            if (needed > buffer.length) {
                if (needed > MAX_BUFFER) {
                    throw DECLINE;
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(MAX_BUFFER, Math.max(needed, 2L * buffer.length)));
            }
        }
    }

    private static boolean isPlainAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '"' || c == '&' || c == '<' || c == '>') {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}

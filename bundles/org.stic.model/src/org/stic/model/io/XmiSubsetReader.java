package org.stic.model.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.stic.SticPackage;
import org.stic.model.migration.LegacyPackages;
import org.stic.model.migration.MetamodelHistory;
import org.stic.model.migration.Migration_1_0_to_2_0;

/**
 * Reads the subset of XMI that {@code .stic} files are written in, several times faster than EMF's SAX-based loader
 * (which stays the authority: this reader only ever says "yes, here is the model" or "not mine").
 * <p>
 * The subset is what EMF writes for a STIC model: the UTF-8 declaration, one {@code stic:Cluster} root declaring only
 * the XMI, XSI and STIC namespaces, a UUID {@code xmi:id} on every element, features of STIC classes by name (values in
 * attributes, containments and many-valued attributes as child elements), same-file references as UUIDs separated by
 * single spaces, and nothing else: no DOCTYPE, comments, processing instructions, CDATA, {@code xsi:type},
 * {@code href}, named entities other than XML's five, raw tabs or line breaks inside attribute values, unknown or
 * repeated names. Anything outside the subset, including every malformed or hostile file, makes the reader decline
 * before it has touched the resource, and {@link SticResource} hands the same bytes to EMF, whose hardened handler
 * then loads the file or reports the problem with its line and column.
 * <p>
 * Within the subset the result is the one EMF's loader gives (same objects, values, list orders and ids, the unsaved
 * opposite ends included; tests compare the two on the examples, generated models and mutated files): the
 * {@link org.eclipse.emf.ecore.EFactory EFactory} creates objects and converts values, and references are resolved
 * after the whole file is read, into the lists EMF would make, in the order EMF would fill them (see
 * {@link #resolveReferences}).
 * <p>
 * A file of metamodel 1.0 in the subset is read with the 1.0 package ({@link MetamodelHistory}), its tree migrated
 * ({@link Migration_1_0_to_2_0}) and its references resolved on the copies, before the resource learns of it; each
 * copy gets its original's id.
 */
final class XmiSubsetReader {

    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROOT = "stic:Cluster".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STIC_NAMESPACE_ATTRIBUTE = "xmlns:stic=\"".getBytes(StandardCharsets.US_ASCII);
    private static final String XMI_NAMESPACE = "http://www.omg.org/XMI";
    private static final String XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";

    private static final NotInSubset DECLINE = NotInSubset.INSTANCE;

    private static final int UUID = IdMap.UUID_LENGTH;

    /** Up to this many ids in a list are compared with each other directly to find one named twice. */
    private static final int SHORT_LIST = 8;

    /** EMF's loader resolves lists of at most this many ids before longer ones (its REFERENCE_THRESHOLD). */
    private static final int EMF_SHORT_LIST = 5;

    private final byte[] in;
    private final int end;
    /** The STIC package the file names: the current one, or 1.0's for a file that is migrated. */
    private EPackage sticPackage = SticPackage.eINSTANCE;
    private int pos;

    /** Every object read, its class, its id and the id's 128 bits, in document order; its index is its number. */
    private EObject[] objects;
    private EClass[] classes;
    private String[] ids;
    private long[] idHighs;
    private long[] idLows;
    private int objectCount;
    private final UuidTable table;
    /**
     * The class of the objects the table records under each classifier id of the file's package: that class itself, and
     * for a migrated 1.0 file its current counterpart once the objects are copied.
     */
    private EClass[] typeOfClassifier;

    /** References in document order, resolved once every object exists: owner's index, feature and the value's bytes. */
    private int[] referenceOwners = new int[1024];
    private EReference[] referenceFeatures = new EReference[1024];
    private int[] referenceValues = new int[2048];
    private int referenceCount;

    /** The root's namespace and version attributes seen so far: a well-formed file names each attribute once. */
    private boolean sticSeen;
    private boolean xmiSeen;
    private boolean xsiSeen;
    private boolean versionSeen;

    /** Scratch for values that need decoding (entities or UTF-8). */
    private char[] chars = new char[256];

    private XmiSubsetReader(byte[] in) {
        this.in = in;
        this.end = in.length;
        // sized from the file, as SticResource sizes the id maps for EMF, so that a large file never rehashes
        int expected = Math.max(64, in.length / SticResource.BYTES_PER_OBJECT);
        this.table = new UuidTable(expected);
        objects = new EObject[expected];
        classes = new EClass[expected];
        ids = new String[expected];
        idHighs = new long[expected];
        idLows = new long[expected];
    }

    /**
     * Reads the file {@code in} into {@code resource} and returns true, or returns false without having changed the
     * resource when the file is not in the subset. Reading past the end of {@code in} is how a truncated file is noticed.
     */
    static boolean read(SticResource resource, byte[] in) {
        return readOrDecline(resource, in) < 0;
    }

    /**
     * {@link #read}, returning -1 when the file was read, else how far the reader got: the offset at which it declined
     * (0 when it did not start). Tests use it to see that a defect was met where it is, not at some earlier decline.
     */
    static int readOrDecline(SticResource resource, byte[] in) {
        if (!sticPackageIsRegistered(resource.getResourceSet())) {
            return 0;
        }
        XmiSubsetReader reader = new XmiSubsetReader(in);
        EObject root;
        try {
            root = reader.document();
            if (reader.sticPackage != SticPackage.eINSTANCE) {
                root = reader.migrate(resource, root);
            } else {
                reader.resolveReferences(reader.emfOrder());
            }
        } catch (RuntimeException e) {
            // NotInSubset; IndexOutOfBoundsException: the file ends inside a construct (every read past the end lands
            // here); anything else: a value the factory or a list refused. EMF reports each with its position.
            return Math.min(reader.pos, in.length);
        }
        reader.commit(resource, root);
        return -1;
    }

    /** The STIC namespace must mean our package in this resource set, as it does for EMF's loader. */
    private static boolean sticPackageIsRegistered(ResourceSet resourceSet) {
        EPackage.Registry registry = resourceSet != null ? resourceSet.getPackageRegistry() : EPackage.Registry.INSTANCE;
        return registry.getEPackage(SticPackage.eNS_URI) == SticPackage.eINSTANCE;
    }

    private EObject document() {
        if (!startsWith(pos, DECLARATION)) {
            throw DECLINE;
        }
        pos += DECLARATION.length;
        skipSpace();
        expect('<');
        if (!startsWith(pos, ROOT)) {
            throw DECLINE;
        }
        pos += ROOT.length;
        sticPackage = namedPackage();
        typeOfClassifier = new EClass[sticPackage.getEClassifiers().size()];
        for (EClassifier classifier : sticPackage.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                typeOfClassifier[eClass.getClassifierID()] = eClass;
            }
        }
        EObject root = element(ClassPlan.of(sticPackage, (EClass) sticPackage.getEClassifier("Cluster")), ROOT, 1, true);
        skipSpace();
        if (pos != end) {
            throw DECLINE;
        }
        return root;
    }

    /**
     * Reads the rest of an element whose name ({@code name}) has been read: its attributes, then its content up to its
     * end tag; returns the new object.
     */
    private EObject element(ClassPlan plan, byte[] name, int depth, boolean root) {
        if (depth > SticResource.MAX_ELEMENT_DEPTH) {
            throw DECLINE;
        }
        EObject object = plan.eClass.getEPackage().getEFactoryInstance().create(plan.eClass);
        // the number identify gives this object: no other element starts before its start tag ends
        int index = objectCount;
        boolean hasId = false;
        long seen = 0;
        while (true) {
            boolean spaced = skipSpace();
            byte b = in[pos];
            if (b == '/' || b == '>') {
                break;
            }
            if (!spaced) {
                throw DECLINE;
            }
            int nameStart = pos;
            int nameEnd = name();
            skipSpace();
            expect('=');
            skipSpace();
            int valueStart = attributeValue();
            int valueEnd = pos - 1;
            int feature = plan.indexOf(in, nameStart, nameEnd);
            if (feature >= 0) {
                if ((seen & 1L << feature) != 0) {
                    throw DECLINE;
                }
                seen |= 1L << feature;
                attribute(object, index, plan, feature, valueStart, valueEnd);
            } else if (is(nameStart, nameEnd, "xmi:id") && !hasId) {
                hasId = true;
                identify(object, plan.eClass, valueStart, valueEnd);
            } else if (!(root && namespaceOrVersion(nameStart, nameEnd, valueStart, valueEnd))) {
                throw DECLINE;
            }
        }
        // the prefixes in use must be declared, or the file is not namespace-well-formed
        if (!hasId || root && !(sticSeen && xmiSeen)) {
            throw DECLINE;
        }
        if (in[pos] == '/') {
            pos++;
            expect('>');
            return object;
        }
        pos++;
        content(object, plan, name, depth);
        return object;
    }

    /**
     * The package the root's {@code xmlns:stic} names, looked up ahead in its start tag (the attributes are checked
     * one by one when the element is read): the current one or an earlier version's.
     */
    private EPackage namedPackage() {
        for (int i = pos; i < end && in[i] != '>'; i++) {
            if (in[i] == ' ' && startsWith(i + 1, STIC_NAMESPACE_ATTRIBUTE)) {
                int valueStart = i + 1 + STIC_NAMESPACE_ATTRIBUTE.length;
                int valueEnd = valueStart;
                while (valueEnd < end && in[valueEnd] != '"') {
                    valueEnd++;
                }
                EPackage earlier = MetamodelHistory.packageOf(new String(in, valueStart, valueEnd - valueStart, StandardCharsets.ISO_8859_1));
                return earlier != null ? earlier : SticPackage.eINSTANCE;
            }
        }
        return SticPackage.eINSTANCE;
    }

    private boolean namespaceOrVersion(int nameStart, int nameEnd, int valueStart, int valueEnd) {
        if (is(nameStart, nameEnd, "xmlns:stic") && !sticSeen) {
            sticSeen = true;
            requireValue(valueStart, valueEnd, sticPackage.getNsURI());
            return true;
        }
        if (is(nameStart, nameEnd, "xmlns:xmi") && !xmiSeen) {
            xmiSeen = true;
            requireValue(valueStart, valueEnd, XMI_NAMESPACE);
            return true;
        }
        if (is(nameStart, nameEnd, "xmlns:xsi") && !xsiSeen) {
            xsiSeen = true;
            requireValue(valueStart, valueEnd, XSI_NAMESPACE);
            return true;
        }
        if (is(nameStart, nameEnd, "xmi:version") && !versionSeen) {
            versionSeen = true;
            requireValue(valueStart, valueEnd, "2.0");
            return true;
        }
        return false;
    }

    /** Child elements and white space, up to the end tag {@code </name>}. */
    private void content(EObject object, ClassPlan plan, byte[] name, int depth) {
        while (true) {
            skipSpace();
            expect('<');
            if (in[pos] == '/') {
                pos++;
                if (!startsWith(pos, name)) {
                    throw DECLINE;
                }
                pos += name.length;
                skipSpace();
                expect('>');
                return;
            }
            int nameStart = pos;
            int nameEnd = name();
            int feature = plan.indexOf(in, nameStart, nameEnd);
            if (feature < 0) {
                throw DECLINE;
            }
            byte[] childName = plan.names[feature];
            switch (plan.kinds[feature]) {
                case ClassPlan.CONTAINMENT_MANY -> {
                    EObject child = element(plan.childPlans[feature], childName, depth + 1, false);
                    @SuppressWarnings("unchecked")
                    InternalEList<EObject> list = (InternalEList<EObject>) object.eGet(plan.features[feature]);
                    list.addUnique(child);
                }
                case ClassPlan.CONTAINMENT_SINGLE -> {
                    if (object.eGet(plan.features[feature]) != null) {
                        throw DECLINE;
                    }
                    object.eSet(plan.features[feature], element(plan.childPlans[feature], childName, depth + 1, false));
                }
                case ClassPlan.ATTRIBUTE_MANY -> {
                    expect('>');
                    int textStart = pos;
                    while (in[pos] != '<') {
                        pos++;
                    }
                    if (pos == textStart) {
                        throw DECLINE;
                    }
                    Object value = convert(plan.features[feature], text(textStart, pos, true));
                    @SuppressWarnings("unchecked")
                    InternalEList<Object> list = (InternalEList<Object>) object.eGet(plan.features[feature]);
                    list.addUnique(value);
                    pos++;
                    expect('/');
                    if (!startsWith(pos, childName)) {
                        throw DECLINE;
                    }
                    pos += childName.length;
                    skipSpace();
                    expect('>');
                }
                default -> throw DECLINE;
            }
        }
    }

    private void attribute(EObject object, int index, ClassPlan plan, int feature, int valueStart, int valueEnd) {
        EStructuralFeature eFeature = plan.features[feature];
        switch (plan.kinds[feature]) {
            case ClassPlan.ATTRIBUTE_SINGLE -> object.eSet(eFeature, convert(eFeature, text(valueStart, valueEnd, false)));
            case ClassPlan.REFERENCE_SINGLE, ClassPlan.REFERENCE_MANY -> defer(index, (EReference) eFeature, valueStart, valueEnd);
            default -> throw DECLINE;
        }
    }

    private static Object convert(EStructuralFeature feature, String literal) {
        EDataType type = ((EAttribute) feature).getEAttributeType();
        return type.getEPackage().getEFactoryInstance().createFromString(type, literal);
    }

    private void identify(EObject object, EClass eClass, int valueStart, int valueEnd) {
        if (valueEnd - valueStart != UUID || !table.put(in, valueStart, objectCount, eClass.getClassifierID())) {
            // not a UUID, or one seen before
            throw DECLINE;
        }
        if (objectCount == objects.length) {
            objects = Arrays.copyOf(objects, objectCount * 2);
            classes = Arrays.copyOf(classes, objectCount * 2);
            ids = Arrays.copyOf(ids, objectCount * 2);
            idHighs = Arrays.copyOf(idHighs, objectCount * 2);
            idLows = Arrays.copyOf(idLows, objectCount * 2);
        }
        objects[objectCount] = object;
        classes[objectCount] = eClass;
        idHighs[objectCount] = table.lastHigh();
        idLows[objectCount] = table.lastLow();
        ids[objectCount++] = new String(in, valueStart, UUID, StandardCharsets.ISO_8859_1);
    }

    private void defer(int owner, EReference reference, int valueStart, int valueEnd) {
        if (referenceCount == referenceOwners.length) {
            referenceOwners = Arrays.copyOf(referenceOwners, referenceCount * 2);
            referenceFeatures = Arrays.copyOf(referenceFeatures, referenceCount * 2);
            referenceValues = Arrays.copyOf(referenceValues, referenceCount * 4);
        }
        referenceOwners[referenceCount] = owner;
        referenceFeatures[referenceCount] = reference;
        referenceValues[2 * referenceCount] = valueStart;
        referenceValues[2 * referenceCount + 1] = valueEnd;
        referenceCount++;
    }

    /** The references in document order. */
    private int[] documentOrder() {
        int[] order = new int[referenceCount];
        for (int r = 0; r < referenceCount; r++) {
            order[r] = r;
        }
        return order;
    }

    /**
     * The order in which EMF's loader resolves the references of a current file: lists of up to
     * {@value #EMF_SHORT_LIST} ids first, then the longer ones, each pass in document order. Each target is added to its
     * owner's list and (through the opposite reference) the owner to the target's list; so the unsaved opposite ends
     * (e.g. a participant's performed actions) list their elements in this order.
     */
    private int[] emfOrder() {
        int[] order = new int[referenceCount];
        int n = 0;
        for (int r = 0; r < referenceCount; r++) {
            if (idCount(r) <= EMF_SHORT_LIST) {
                order[n++] = r;
            }
        }
        for (int r = 0; r < referenceCount; r++) {
            if (idCount(r) > EMF_SHORT_LIST) {
                order[n++] = r;
            }
        }
        return order;
    }

    /**
     * Same-file references: UUIDs separated by single spaces, resolved as if one by one in {@code order}: each target
     * added to its owner's list, and the owner to the target's opposite list. Done that way, every id touches its
     * target object, in no particular order, and a large model does not fit the processor's caches. So the ids are
     * first looked up to object numbers (touching no object), each owner's list is then set in one go, and the opposite
     * ends are filled target by target in document order (the entries sorted stably by target, which keeps
     * {@code order} within each list).
     */
    private void resolveReferences(int[] order) {
        Resolution resolution = new Resolution();
        for (int r : order) {
            lookUp(r, resolution);
        }
        for (int r = 0; r < referenceCount; r++) {
            setOwnerEnd(r, resolution);
        }
        setOppositeEnds(resolution);
    }

    /** How many ids reference {@code r} holds, if it is well-formed (otherwise {@link #lookUp} declines it). */
    private int idCount(int r) {
        return (referenceValues[2 * r + 1] - referenceValues[2 * r] + 1) / (UUID + 1);
    }

    /** The object numbers of the ids, in the order they are resolved, and where each reference's ids are among them. */
    private final class Resolution {
        int[] targets = new int[Math.max(1024, referenceCount * 2)];
        /** For each entry of {@link #targets}, its reference. */
        int[] entryReferences = new int[targets.length];
        int count;
        final int[] first = new int[referenceCount];
        final int[] length = new int[referenceCount];
        /** Per reference, the number of its opposite among {@link #opposites}, or -1 when it has none. */
        final int[] oppositeSlots = new int[referenceCount];
        final List<EReference> opposites = new ArrayList<>();
        final Map<EReference, Integer> slots = new IdentityHashMap<>();
        /** The reference that last named each object: a list naming an object twice is EMF's loader's business. */
        final int[] lastNamedBy = new int[objectCount];

        /** Whether {@code target} is among the entries from {@code first} on. */
        boolean has(int target, int first) {
            for (int k = first; k < count; k++) {
                if (targets[k] == target) {
                    return true;
                }
            }
            return false;
        }

        void add(int target, int r) {
            if (count == targets.length) {
                targets = Arrays.copyOf(targets, count * 2);
                entryReferences = Arrays.copyOf(entryReferences, count * 2);
            }
            targets[count] = target;
            entryReferences[count++] = r;
        }

        int slotOf(EReference opposite) {
            return slots.computeIfAbsent(opposite, o -> {
                opposites.add(o);
                return opposites.size() - 1;
            });
        }
    }

    /** Looks the ids of reference {@code r} up; declines a dangling id, a wrong type, a repeated id, the owner itself. */
    private void lookUp(int r, Resolution resolution) {
        int owner = referenceOwners[r];
        EReference reference = referenceFeatures[r];
        int start = referenceValues[2 * r];
        int stop = referenceValues[2 * r + 1];
        if (!reference.isMany() && stop - start != UUID) {
            throw DECLINE;
        }
        EReference opposite = reference.getEOpposite();
        resolution.oppositeSlots[r] = opposite == null ? -1 : resolution.slotOf(opposite);
        resolution.first[r] = resolution.count;
        EClass type = reference.getEReferenceType();
        EClass lastClass = null;
        // a short list is searched for a repeated id directly; a long one marks its objects
        boolean marking = idCount(r) > SHORT_LIST;
        for (int i = start;; i += UUID + 1) {
            long found = stop - i >= UUID ? table.get(in, i) : 0;
            int target = (int) found - 1;
            // dangling, to itself (where EMF's loader has rules of its own), named twice, or of the wrong type: EMF decides
            if (found == 0 || target == owner
                    || (marking ? resolution.lastNamedBy[target] == r + 1 : resolution.has(target, resolution.first[r]))) {
                throw DECLINE;
            }
            EClass eClass = typeOfClassifier[(int) (found >>> 32)];
            if (eClass != lastClass) {
                if (!type.isSuperTypeOf(eClass)) {
                    throw DECLINE;
                }
                lastClass = eClass;
            }
            if (marking) {
                resolution.lastNamedBy[target] = r + 1;
            }
            resolution.add(target, r);
            if (i + UUID == stop) {
                break;
            }
            if (i + UUID > stop || in[i + UUID] != ' ') {
                throw DECLINE;
            }
        }
        resolution.length[r] = resolution.count - resolution.first[r];
    }

    /** The owner's end of reference {@code r}: a list set in one go, or a single value (without its opposite). */
    private void setOwnerEnd(int r, Resolution resolution) {
        InternalEObject owner = (InternalEObject) objects[referenceOwners[r]];
        EReference reference = referenceFeatures[r];
        int first = resolution.first[r];
        if (reference.isMany()) {
            Object[] targets = new Object[resolution.length[r]];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = objects[resolution.targets[first + i]];
            }
            fill(owner.eGet(reference), targets);
        } else if (reference.getEOpposite() != null) {
            // the value alone: its opposite end is set with the others below
            owner.eInverseAdd((InternalEObject) objects[resolution.targets[first]], owner.eClass().getFeatureID(reference),
                    null, null);
        } else {
            owner.eSet(reference, objects[resolution.targets[first]]);
        }
    }

    /**
     * The opposite ends: each entry of a reference with an opposite adds its owner to its target's opposite list. Sorted
     * stably by opposite and then by target, the entries of one list lie together, in the order of resolution.
     */
    private void setOppositeEnds(Resolution resolution) {
        int slotCount = resolution.opposites.size();
        if (slotCount == 0) {
            return;
        }
        int n = resolution.count;
        int[] bySlot = new int[n];
        int kept = 0;
        int[] slotStarts = new int[slotCount + 1];
        for (int k = 0; k < n; k++) {
            int slot = resolution.oppositeSlots[resolution.entryReferences[k]];
            if (slot >= 0) {
                slotStarts[slot + 1]++;
                kept++;
            }
        }
        for (int s = 0; s < slotCount; s++) {
            slotStarts[s + 1] += slotStarts[s];
        }
        for (int k = 0; k < n; k++) {
            int slot = resolution.oppositeSlots[resolution.entryReferences[k]];
            if (slot >= 0) {
                bySlot[slotStarts[slot]++] = k;
            }
        }
        int[] targetStarts = new int[objectCount + 1];
        for (int i = 0; i < kept; i++) {
            targetStarts[resolution.targets[bySlot[i]] + 1]++;
        }
        for (int t = 0; t < objectCount; t++) {
            targetStarts[t + 1] += targetStarts[t];
        }
        int[] sorted = new int[kept];
        for (int i = 0; i < kept; i++) {
            int k = bySlot[i];
            sorted[targetStarts[resolution.targets[k]]++] = k;
        }
        for (int i = 0; i < kept;) {
            int k = sorted[i];
            int target = resolution.targets[k];
            int slot = resolution.oppositeSlots[resolution.entryReferences[k]];
            int runEnd = i + 1;
            while (runEnd < kept && resolution.targets[sorted[runEnd]] == target
                    && resolution.oppositeSlots[resolution.entryReferences[sorted[runEnd]]] == slot) {
                runEnd++;
            }
            InternalEObject targetObject = (InternalEObject) objects[target];
            EReference opposite = resolution.opposites.get(slot);
            if (opposite.isMany()) {
                Object[] owners = new Object[runEnd - i];
                for (int j = i; j < runEnd; j++) {
                    owners[j - i] = objects[referenceOwners[resolution.entryReferences[sorted[j]]]];
                }
                fill(targetObject.eGet(opposite), owners);
            } else if (runEnd - i == 1) {
                targetObject.eInverseAdd((InternalEObject) objects[referenceOwners[resolution.entryReferences[k]]],
                        targetObject.eClass().getFeatureID(opposite), null, null);
            } else {
                // EMF's loader would move the object from one owner to the next: its business
                throw DECLINE;
            }
            i = runEnd;
        }
    }

    /** Sets an empty list of a freshly read object to {@code values}, which it takes as its own array. */
    @SuppressWarnings("unchecked")
    private static void fill(Object list, Object[] values) {
        if (!(list instanceof BasicEList<?> basic) || !basic.isEmpty()) {
            throw DECLINE;
        }
        ((BasicEList<Object>) basic).setData(values.length, values);
    }

    /**
     * Copies a 1.0 model into the current metamodel; each copy takes its original's place (and id) in the arrays. The
     * references, read but not yet resolved, are resolved on the copies in the order in which the migration copies them
     * from a resolved 1.0 model, owner by owner in the order it copied them, so that the opposite ends list their
     * elements as they do after EMF's loader and the migration (an owner's own references have different opposites: the
     * order among them does not show).
     */
    private EObject migrate(SticResource resource, EObject legacyRoot) {
        Migration_1_0_to_2_0 migration = new Migration_1_0_to_2_0(new LegacyPackages());
        EObject root = migration.copyContents(legacyRoot);
        List<EObject> copied = migration.copyOrder();
        if (copied.size() != objectCount) {
            throw DECLINE;
        }
        EReference lastLegacy = null;
        EClass lastClass = null;
        EReference lastCounterpart = null;
        for (int r = 0; r < referenceCount; r++) {
            EClass legacyClass = classes[referenceOwners[r]];
            if (referenceFeatures[r] != lastLegacy || legacyClass != lastClass) {
                lastLegacy = referenceFeatures[r];
                lastClass = legacyClass;
                lastCounterpart = migration.counterpart(legacyClass, lastLegacy);
            }
            referenceFeatures[r] = lastCounterpart;
        }
        for (int i = 0; i < objectCount; i++) {
            // the migration copies in document order unless a file interleaves the elements of different features
            if (copied.get(i) != objects[i]) {
                throw DECLINE;
            }
            objects[i] = migration.copyOf(objects[i]);
            typeOfClassifier[classes[i].getClassifierID()] = objects[i].eClass();
        }
        resolveReferences(documentOrder());
        migration.finish();
        resource.migrated(migration.report());
        return root;
    }

    /** The model is complete: only now does the resource learn of it, with every id, and without a walk over it. */
    private void commit(SticResource resource, EObject root) {
        resource.presize(objectCount);
        resource.bytesPerObject = in.length / Math.max(1, objectCount);
        resource.registerUuids(objects, ids, idHighs, idLows, objectCount);
        resource.setEncoding("UTF-8");
        resource.setXMLVersion("1.0");
        resource.attachIdentified(root);
    }

    // ---- the XML subset, on bytes

    private boolean skipSpace() {
        int start = pos;
        byte b;
        while (pos < end && ((b = in[pos]) == ' ' || b == '\n' || b == '\t' || b == '\r')) {
            pos++;
        }
        return pos > start;
    }

    private void expect(char c) {
        if (in[pos++] != c) {
            throw DECLINE;
        }
    }

    /** An ASCII name with at most one colon, not at either end; returns its end. */
    private int name() {
        int start = pos;
        int colon = -1;
        while (true) {
            byte b = in[pos];
            if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || pos > start && (b >= '0' && b <= '9' || b == '-' || b == '.')) {
                pos++;
            } else if (b == ':' && colon < 0 && pos > start) {
                colon = pos++;
            } else {
                break;
            }
        }
        if (pos == start || colon == pos - 1) {
            throw DECLINE;
        }
        return pos;
    }

    /** A quoted attribute value; returns where its text starts and leaves {@link #pos} after the closing quote. */
    private int attributeValue() {
        byte quote = in[pos++];
        if (quote != '"' && quote != '\'') {
            throw DECLINE;
        }
        int start = pos;
        while (in[pos] != quote) {
            pos++;
        }
        pos++;
        return start;
    }

    private boolean startsWith(int at, byte[] bytes) {
        if (end - at < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (in[at + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean is(int start, int stop, String ascii) {
        if (stop - start != ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (in[start + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void requireValue(int start, int stop, String ascii) {
        if (!is(start, stop, ascii)) {
            throw DECLINE;
        }
    }

    /**
     * The text of an attribute value or of an element's character data. Declined: '<' (and in character data '>', to
     * stay clear of "]]>"), entities other than XML's five, character references to characters XML does not allow,
     * control characters, and the white space a parser would normalise (line breaks and tabs in attribute values, and
     * carriage returns anywhere); bytes that are not well-formed UTF-8 or encode non-characters.
     */
    private String text(int start, int stop, boolean characterData) {
        boolean plain = true;
        for (int i = start; i < stop; i++) {
            byte b = in[i];
            // bytes >= 0x80 are negative: they take the decoding path too
            if (b < 0x20 || b == '&' || b == '<' || b == '>' && characterData) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return new String(in, start, stop - start, StandardCharsets.ISO_8859_1);
        }
        return decode(start, stop, characterData);
    }

    private String decode(int start, int stop, boolean characterData) {
        if (chars.length < stop - start) {
            chars = new char[Math.max(stop - start, chars.length * 2)];
        }
        int length = 0;
        int i = start;
        while (i < stop) {
            int b = in[i] & 0xFF;
            if (b == '&') {
                int semicolon = i + 1;
                while (semicolon < stop && semicolon - i <= 10 && in[semicolon] != ';') {
                    semicolon++;
                }
                if (semicolon >= stop || in[semicolon] != ';') {
                    throw DECLINE;
                }
                int codePoint = entity(i + 1, semicolon);
                length += Character.toChars(codePoint, chars, length);
                i = semicolon + 1;
            } else if (b < 0x80) {
                if (b < 0x20 && !(characterData && (b == '\n' || b == '\t')) || b == '<' || b == '>' && characterData) {
                    throw DECLINE;
                }
                chars[length++] = (char) b;
                i++;
            } else {
                int codePoint;
                int n;
                if (b >= 0xC2 && b <= 0xDF) {
                    codePoint = b & 0x1F;
                    n = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    codePoint = b & 0x0F;
                    n = 2;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    codePoint = b & 0x07;
                    n = 3;
                } else {
                    throw DECLINE;
                }
                if (i + n >= stop) {
                    throw DECLINE;
                }
                for (int k = 1; k <= n; k++) {
                    int c = in[i + k] & 0xFF;
                    if ((c & 0xC0) != 0x80) {
                        throw DECLINE;
                    }
                    codePoint = codePoint << 6 | c & 0x3F;
                }
                // overlong forms, surrogates and beyond U+10FFFF are not UTF-8; U+FFFE/U+FFFF are not XML characters
                if (n == 2 && codePoint < 0x800 || n == 3 && codePoint < 0x10000 || !isXmlCharacter(codePoint)) {
                    throw DECLINE;
                }
                length += Character.toChars(codePoint, chars, length);
                i += n + 1;
            }
        }
        return new String(chars, 0, length);
    }

    /** The character an entity or character reference between '&' and ';' stands for. */
    private int entity(int start, int stop) {
        if (is(start, stop, "amp")) {
            return '&';
        }
        if (is(start, stop, "lt")) {
            return '<';
        }
        if (is(start, stop, "gt")) {
            return '>';
        }
        if (is(start, stop, "quot")) {
            return '"';
        }
        if (is(start, stop, "apos")) {
            return '\'';
        }
        if (stop - start < 2 || in[start] != '#') {
            throw DECLINE;
        }
        boolean hex = in[start + 1] == 'x';
        int codePoint = 0;
        int i = hex ? start + 2 : start + 1;
        if (i == stop) {
            throw DECLINE;
        }
        for (; i < stop; i++) {
            int digit = Character.digit(in[i], hex ? 16 : 10);
            if (digit < 0 || in[i] < 0) {
                throw DECLINE;
            }
            codePoint = codePoint * (hex ? 16 : 10) + digit;
        }
        if (!isXmlCharacter(codePoint)) {
            throw DECLINE;
        }
        return codePoint;
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    /**
     * How each feature of a class appears in the subset. Only changeable, stored features of the class count; a
     * reference whose opposite is stored too (both ends written, which EMF's loader reconciles) is left to EMF.
     */
    private static final class ClassPlan {
        static final byte ELSEWHERE = 0;
        static final byte ATTRIBUTE_SINGLE = 1;
        static final byte ATTRIBUTE_MANY = 2;
        static final byte REFERENCE_SINGLE = 3;
        static final byte REFERENCE_MANY = 4;
        static final byte CONTAINMENT_SINGLE = 5;
        static final byte CONTAINMENT_MANY = 6;

        /** Per STIC package version, its concrete classes: without xsi:type no other class can occur in the subset. */
        private static final Map<EPackage, Map<EClass, ClassPlan>> PLANS = new ConcurrentHashMap<>();

        private static Map<EClass, ClassPlan> plansOf(EPackage sticPackage) {
            Map<EClass, ClassPlan> plans = new HashMap<>();
            for (EClassifier classifier : sticPackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                    plans.put(eClass, new ClassPlan(eClass));
                }
            }
            for (ClassPlan plan : plans.values()) {
                plan.linkChildren(plans);
            }
            return Map.copyOf(plans);
        }

        final EClass eClass;
        final byte[][] names;
        final EStructuralFeature[] features;
        final byte[] kinds;
        final ClassPlan[] childPlans;

        static ClassPlan of(EPackage sticPackage, EClass eClass) {
            return PLANS.computeIfAbsent(sticPackage, ClassPlan::plansOf).get(eClass);
        }

        private ClassPlan(EClass eClass) {
            this.eClass = eClass;
            List<EStructuralFeature> all = eClass.getEAllStructuralFeatures();
            // repeated attributes are found with a bit per feature
            if (all.size() > Long.SIZE) {
                throw new IllegalStateException(eClass.getName() + " has more features than the reader tracks");
            }
            names = new byte[all.size()][];
            features = all.toArray(new EStructuralFeature[0]);
            kinds = new byte[all.size()];
            childPlans = new ClassPlan[all.size()];
            for (int i = 0; i < features.length; i++) {
                names[i] = features[i].getName().getBytes(StandardCharsets.US_ASCII);
                kinds[i] = kind(features[i]);
            }
        }

        private void linkChildren(Map<EClass, ClassPlan> plans) {
            for (int i = 0; i < features.length; i++) {
                if (kinds[i] == CONTAINMENT_SINGLE || kinds[i] == CONTAINMENT_MANY) {
                    childPlans[i] = plans.get(((EReference) features[i]).getEReferenceType());
                    if (childPlans[i] == null) {
                        kinds[i] = ELSEWHERE;
                    }
                }
            }
        }

        private static byte kind(EStructuralFeature feature) {
            if (feature.isTransient() || feature.isDerived() || feature.isVolatile() || !feature.isChangeable()
                    || feature.isUnsettable()) {
                return ELSEWHERE;
            }
            if (feature instanceof EAttribute attribute) {
                if (attribute.isID() || FeatureMapUtil.isFeatureMap(attribute)) {
                    return ELSEWHERE;
                }
                return attribute.isMany() ? ATTRIBUTE_MANY : ATTRIBUTE_SINGLE;
            }
            EReference reference = (EReference) feature;
            if (reference.isContainment()) {
                return reference.isMany() ? CONTAINMENT_MANY : CONTAINMENT_SINGLE;
            }
            if (reference.isContainer() || reference.getEOpposite() != null && !reference.getEOpposite().isTransient()) {
                return ELSEWHERE;
            }
            return reference.isMany() ? REFERENCE_MANY : REFERENCE_SINGLE;
        }

        /** The index of the feature named by the given bytes, or -1 (also for features the subset leaves to EMF). */
        int indexOf(byte[] bytes, int start, int stop) {
            int length = stop - start;
            for (int i = 0; i < names.length; i++) {
                byte[] name = names[i];
                if (kinds[i] != ELSEWHERE && name.length == length && Arrays.equals(name, 0, length, bytes, start, stop)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * Object numbers (and the classifier ids of their classes) by the 128 bits of their UUID, read straight from the
     * bytes: open addressing, no key objects and no strings while the file is read. A slot's key and value lie side by
     * side in one array, so that a lookup mostly reads one cache line.
     */
    private static final class UuidTable {
        private static final int STRIDE = 3;
        private final long[] bits = new long[2];
        /** At STRIDE * slot: the UUID's high and low half, then classifier id << 32 | object number + 1 (0: empty). */
        private long[] slots;
        private int capacity;
        private int size;

        UuidTable(int expected) {
            capacity = Integer.highestOneBit(Math.max(64, expected * 2 - 1)) << 1;
            slots = new long[STRIDE * capacity];
        }

        /**
         * Adds object number {@code value} of a class with the given classifier id under the 23-byte UUID at
         * {@code at}; false if that is not a UUID or is taken already.
         */
        boolean put(byte[] in, int at, int value, int classifier) {
            if (!IdMap.decodeUuid(in, at, bits)) {
                return false;
            }
            if ((size + 1) * 2 > capacity) {
                grow();
            }
            if (insert(slots, capacity, bits[0], bits[1], (long) classifier << 32 | value + 1)) {
                size++;
                return true;
            }
            return false;
        }

        private static boolean insert(long[] slots, int capacity, long high, long low, long value) {
            int mask = capacity - 1;
            for (int slot = IdMap.uuidHash(high, low) & mask;; slot = slot + 1 & mask) {
                int at = STRIDE * slot;
                if (slots[at + 2] == 0) {
                    slots[at] = high;
                    slots[at + 1] = low;
                    slots[at + 2] = value;
                    return true;
                }
                if (slots[at] == high && slots[at + 1] == low) {
                    return false;
                }
            }
        }

        /** The bits of the UUID the last successful {@link #put} added. */
        long lastHigh() {
            return bits[0];
        }

        long lastLow() {
            return bits[1];
        }

        /**
         * For the 23-byte UUID at {@code at}: the classifier id of its object's class << 32 | the object's number + 1; 0
         * if there is no such object.
         */
        long get(byte[] in, int at) {
            if (!IdMap.decodeUuid(in, at, bits)) {
                return 0;
            }
            long high = bits[0];
            long low = bits[1];
            int mask = capacity - 1;
            for (int slot = IdMap.uuidHash(high, low) & mask;; slot = slot + 1 & mask) {
                int index = STRIDE * slot;
                long value = slots[index + 2];
                if (value == 0 || slots[index] == high && slots[index + 1] == low) {
                    return value;
                }
            }
        }

        private void grow() {
            long[] old = slots;
            capacity *= 2;
            slots = new long[STRIDE * capacity];
            for (int at = 0; at < old.length; at += STRIDE) {
                if (old[at + 2] != 0) {
                    insert(slots, capacity, old[at], old[at + 1], old[at + 2]);
                }
            }
        }
    }
}

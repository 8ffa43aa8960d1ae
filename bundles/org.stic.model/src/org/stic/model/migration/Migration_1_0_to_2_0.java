package org.stic.model.migration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.InternalEList;
import org.stic.AmountPeriod;
import org.stic.AvailabilityStatus;
import org.stic.Cluster;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Membership;
import org.stic.MonetaryElement;
import org.stic.Participant;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SticPackage;

/**
 * Copies a model read with metamodel 1.0 into metamodel 2.0, object by object (each copy keeps its original's
 * {@code xmi:id}, which the caller carries over), making explicit what each 1.0 file meant:
 * <ul>
 * <li>an enumeration value a 1.0 file omitted meant the 1.0 default (its first literal, e.g. a participant without a
 * kind was a large enterprise); 2.0 defaults to UNSPECIFIED, so the 1.0 value is written explicitly;</li>
 * <li>every 1.0 participant was a cluster member: membership MEMBER;</li>
 * <li>1.0 amounts were defined per year: period PER_YEAR for every revenue stream and cost item with an amount, no
 * years;</li>
 * <li>1.0 read a revenue stream's segments as who pays: payers are the segments' members, in order, each once; the
 * segments stay, now meaning who benefits;</li>
 * <li>a key resource's capacity was free text: it moves to capacityNote (the number stays empty);</li>
 * <li>1.0 treated every key resource and key action as existing: status AVAILABLE.</li>
 * </ul>
 * Classes and features keep their names from 1.0 to 2.0, so everything else is copied by name; extension classes
 * (see {@link LegacyPackages}) are copied into the extension class they were read as, their own features included.
 */
public final class Migration_1_0_to_2_0 {

    /** Up to this many payers of a revenue stream are searched one by one, more through a set. */
    private static final int SHORT_LIST = 16;

    private final LegacyPackages packages;
    /** The copies of objects of extension classes; a {@link LegacyObject} holds its copy itself. */
    private final Map<EObject, EObject> copies = new IdentityHashMap<>();
    /** The 1.0 objects in document order, so that references are copied in the same order on every run. */
    private final List<EObject> order = new ArrayList<>();
    private final Map<EClass, Plan> plans = new IdentityHashMap<>();
    private final MigrationReport report = new MigrationReport("1.0", "2.0");

    public Migration_1_0_to_2_0(LegacyPackages packages) {
        this.packages = packages;
    }

    /** Copies the tree under {@code legacyRoot} (a 1.0 Cluster) into 2.0 and returns the copy of the root. */
    public Cluster migrate(EObject legacyRoot) {
        Cluster root = copyContents(legacyRoot);
        for (EObject legacy : order) {
            copyReferences(legacy, copyOf(legacy));
        }
        finish();
        return root;
    }

    /**
     * The first step of {@link #migrate} alone, for a reader that has not resolved the 1.0 references: copies the tree
     * under {@code legacyRoot} with its attributes and contained objects, and no other references. The reader then sets
     * those on the copies ({@link #counterpart} names the feature of each), with their opposite ends filled in
     * document order as {@link #migrate} fills them, and calls {@link #finish}.
     */
    public Cluster copyContents(EObject legacyRoot) {
        return (Cluster) copyTree(legacyRoot);
    }

    /** The 1.0 objects in the order they were copied: the tree in pre-order, each object's features in order. */
    public List<EObject> copyOrder() {
        return Collections.unmodifiableList(order);
    }

    /** The 2.0 reference a stored 1.0 reference of objects of {@code legacyClass} is copied into. */
    public EReference counterpart(EClass legacyClass, EReference legacyReference) {
        Plan plan = plan(legacyClass);
        for (int i = 0; i < plan.sources.length; i++) {
            if (plan.sources[i] == legacyReference) {
                return (EReference) plan.targets[i];
            }
        }
        throw new IllegalArgumentException(legacyClass.getName() + " stores no " + legacyReference.getName());
    }

    /** The last step of {@link #migrate}, once the copies have their references: what 2.0 derives from them. */
    public void finish() {
        for (EObject legacy : order) {
            if (copyOf(legacy) instanceof RevenueStream stream) {
                payersFromSegments(stream);
            }
        }
    }

    /** The 2.0 copy of a 1.0 object of the migrated tree. */
    public EObject copyOf(EObject legacy) {
        return legacy instanceof LegacyObject known ? known.copy : copies.get(legacy);
    }

    /** What the migration made explicit, for the user. */
    public MigrationReport report() {
        return report;
    }

    private EObject copyTree(EObject legacy) {
        Plan plan = plan(legacy.eClass());
        EObject copy = plan.target.getEPackage().getEFactoryInstance().create(plan.target);
        if (legacy instanceof LegacyObject known) {
            known.copy = copy;
        } else {
            copies.put(legacy, copy);
        }
        order.add(legacy);
        for (int i = 0; i < plan.sources.length; i++) {
            EStructuralFeature source = plan.sources[i];
            EStructuralFeature target = plan.targets[i];
            if (source instanceof EAttribute attribute) {
                copyAttribute(legacy, copy, attribute, target);
            } else if (((EReference) source).isContainment()) {
                if (source.isMany()) {
                    @SuppressWarnings("unchecked")
                    InternalEList<EObject> children = (InternalEList<EObject>) copy.eGet(target);
                    for (EObject child : (List<EObject>) legacy.eGet(source)) {
                        children.addUnique(copyTree(child));
                    }
                } else if (legacy.eGet(source) != null) {
                    copy.eSet(target, copyTree((EObject) legacy.eGet(source)));
                }
            }
        }
        made2_0Explicit(legacy, copy);
        return copy;
    }

    private void copyAttribute(EObject legacy, EObject copy, EAttribute source, EStructuralFeature target) {
        boolean sticEnum = source.getEAttributeType() instanceof EEnum && source.getEType().getEPackage() == packages.stic();
        if (sticEnum && !source.isMany() && !legacy.eIsSet(source)) {
            // the 1.0 default is written explicitly: in 2.0 an omitted value means "not assessed"
            report.count(legacy.eClass().getName(), MigrationReport.Kind.DEFAULT_WRITTEN, source.getName(),
                    ((EEnumLiteral) source.getDefaultValue()).getName());
        } else if (!legacy.eIsSet(source)) {
            return;
        }
        if (source.isMany()) {
            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) copy.eGet(target);
            for (Object value : (List<?>) legacy.eGet(source)) {
                values.add(valueOf(target, value));
            }
        } else {
            copy.eSet(target, valueOf(target, legacy.eGet(source)));
        }
    }

    /** Enumeration values become the target's literal of the same name; other values are kept as they are. */
    private static Object valueOf(EStructuralFeature target, Object value) {
        return target.getEType() instanceof EEnum eEnum ? literal(eEnum, value) : value;
    }

    /** The 2.0 literal of the same name as a 1.0 value (an EEnumLiteral of the dynamic package or an Enumerator). */
    private static Object literal(EEnum target, Object value) {
        String name = ((Enumerator) value).getName();
        EEnumLiteral literal = target.getEEnumLiteral(name);
        return literal.getInstance();
    }

    private void made2_0Explicit(EObject legacy, EObject copy) {
        if (copy instanceof Participant participant) {
            participant.setMembership(Membership.MEMBER);
            report.count(legacy.eClass().getName(), MigrationReport.Kind.MEMBER);
        }
        if (copy instanceof MonetaryElement money && money.getAmount() != null) {
            money.setPeriod(AmountPeriod.PER_YEAR);
            report.count(legacy.eClass().getName(), MigrationReport.Kind.PER_YEAR);
        }
        if (copy instanceof KeyResource resource) {
            EStructuralFeature capacity = legacy.eClass().getEStructuralFeature("capacity");
            Object text = legacy.eGet(capacity);
            if (text != null) {
                resource.setCapacityNote((String) text);
                report.count(legacy.eClass().getName(), MigrationReport.Kind.CAPACITY_NOTE);
            }
            resource.setStatus(AvailabilityStatus.AVAILABLE);
            report.count(legacy.eClass().getName(), MigrationReport.Kind.RESOURCE_AVAILABLE);
        }
        if (copy instanceof KeyAction action) {
            action.setStatus(AvailabilityStatus.AVAILABLE);
            report.count(legacy.eClass().getName(), MigrationReport.Kind.ACTION_AVAILABLE);
        }
    }

    /** Stored, same-file references, in 1.0's order, once every object has its copy. */
    private void copyReferences(EObject legacy, EObject copy) {
        Plan plan = plan(legacy.eClass());
        for (int i = 0; i < plan.sources.length; i++) {
            if (plan.sources[i] instanceof EReference source && !source.isContainment()) {
                if (source.isMany()) {
                    @SuppressWarnings("unchecked")
                    InternalEList<EObject> targets = (InternalEList<EObject>) copy.eGet(plan.targets[i]);
                    for (EObject value : (List<EObject>) legacy.eGet(source)) {
                        targets.addUnique(copyOf(value));
                    }
                } else if (legacy.eGet(source) != null) {
                    copy.eSet(plan.targets[i], copyOf((EObject) legacy.eGet(source)));
                }
            }
        }
    }

    /**
     * The members of the stream's segments, in order, each once. Lists are walked without resolving (nothing in a file
     * just read is a proxy), so that no member is touched before it is added; a long list of payers is searched through
     * an identity set, a short one directly.
     */
    private void payersFromSegments(RevenueStream stream) {
        List<Participant> payers = new ArrayList<>();
        Set<Participant> known = null;
        for (Segment segment : ((InternalEList<Segment>) stream.getSegments()).basicList()) {
            for (Participant member : ((InternalEList<Participant>) segment.getMembers()).basicList()) {
                if (known == null && payers.size() == SHORT_LIST) {
                    known = Collections.newSetFromMap(new IdentityHashMap<>());
                    known.addAll(payers);
                }
                if (known != null ? known.add(member) : !containsIdentical(payers, member)) {
                    payers.add(member);
                }
            }
        }
        if (!payers.isEmpty()) {
            stream.getPayers().addAll(payers);
            report.count(stream.eClass().getName(), MigrationReport.Kind.PAYERS_FROM_SEGMENTS);
        }
    }

    private static boolean containsIdentical(List<?> list, Object object) {
        for (Object item : list) {
            if (item == object) {
                return true;
            }
        }
        return false;
    }

    private Plan plan(EClass legacyClass) {
        Plan plan = plans.get(legacyClass);
        if (plan == null) {
            plan = new Plan(legacyClass, packages.currentClassOf(legacyClass));
            plans.put(legacyClass, plan);
        }
        return plan;
    }

    /** The stored features of a 1.0 class and the 2.0 features of the same names they are copied into. */
    private static final class Plan {
        final EClass target;
        final EStructuralFeature[] sources;
        final EStructuralFeature[] targets;

        Plan(EClass legacyClass, EClass target) {
            this.target = target;
            List<EStructuralFeature> from = new ArrayList<>();
            List<EStructuralFeature> to = new ArrayList<>();
            for (EStructuralFeature feature : legacyClass.getEAllStructuralFeatures()) {
                if (feature.isTransient() || feature.isDerived()) {
                    continue;
                }
                EStructuralFeature counterpart = target.getEStructuralFeature(feature.getName());
                if (counterpart == SticPackage.Literals.KEY_RESOURCE__CAPACITY) {
                    // 1.0's free text is no number: it moves to capacityNote (see made2_0Explicit)
                    continue;
                }
                if (counterpart == null) {
                    throw new IllegalStateException("no 2.0 counterpart of " + legacyClass.getName() + "." + feature.getName());
                }
                from.add(feature);
                to.add(counterpart);
            }
            sources = from.toArray(EStructuralFeature[]::new);
            targets = to.toArray(EStructuralFeature[]::new);
        }
    }
}

package org.stic.validation;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.AbstractEList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EParameter;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.BasicEObjectImpl;
import org.eclipse.ocl.Environment;
import org.eclipse.ocl.EvaluationEnvironment;
import org.eclipse.ocl.ecore.CallOperationAction;
import org.eclipse.ocl.ecore.Constraint;
import org.eclipse.ocl.ecore.EcoreEnvironmentFactory;
import org.eclipse.ocl.ecore.EcoreEvaluationEnvironment;
import org.eclipse.ocl.ecore.EvaluationVisitorImpl;
import org.eclipse.ocl.ecore.SendSignalAction;
import org.eclipse.ocl.ecore.VoidType;
import org.eclipse.ocl.expressions.CollectionKind;
import org.eclipse.ocl.expressions.OCLExpression;
import org.eclipse.ocl.util.CollectionUtil;

/**
 * OCL's Ecore environment with shortcuts on the hot path of navigation, same results as OCL's own:
 * <ul>
 * <li>navigating a feature that is not derived skips the search for an OCL derivation (OCL looks for one on every
 * navigation, through the feature's adapters and annotations);</li>
 * <li>what OCL works out on every navigation (is the feature in the object's class, the OCL collection kind of a
 * many-valued feature) is worked out once per feature and class ({@link Navigation}).</li>
 * </ul>
 * A many-valued feature still yields a new collection of its OCL kind (OCL's collection operations take the kind of
 * their result from the Java class of their source); only {@link CompiledOcl}, which knows when a collection is just
 * read, skips that copy. Derived features and qualified navigation keep OCL's standard behaviour.
 */
final class FastEvaluation extends EcoreEnvironmentFactory {

    static final FastEvaluation INSTANCE = new FastEvaluation();

    private FastEvaluation() {
        super(EPackage.Registry.INSTANCE);
    }

    @Override
    public EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> createEvaluationEnvironment() {
        return new FastEnvironment(this);
    }

    @Override
    public Visitor createEvaluationVisitor(
            Environment<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter, EObject,
                    CallOperationAction, SendSignalAction, Constraint, EClass, EObject> env,
            EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> evalEnv,
            Map<? extends EClass, ? extends Set<? extends EObject>> extentMap) {
        return new Visitor(env, evalEnv, extentMap);
    }

    /** OCL's evaluation visitor; it also tells {@link CompiledOcl} which operations OCL evaluates inline. */
    static final class Visitor extends EvaluationVisitorImpl {
        Visitor(Environment<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter, EObject,
                CallOperationAction, SendSignalAction, Constraint, EClass, EObject> env,
                EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> evalEnv,
                Map<? extends EClass, ? extends Set<? extends EObject>> extentMap) {
            super(env, evalEnv, extentMap);
        }

        @Override
        protected OCLExpression<EClassifier> getPropertyBody(EStructuralFeature property) {
            return property.isDerived() || definedInOcl(property) ? super.getPropertyBody(property) : null;
        }

        /**
         * Whether a call of {@code operation} is one of OCL's predefined operations evaluated inline by the visitor
         * (not an operation with an OCL body or a Java implementation): the condition of OCL's own inline path.
         */
        boolean evaluatesInline(EOperation operation, int opCode) {
            return opCode > 0 && getOperationBody(operation) == null
                    && !getEvaluationEnvironment().overrides(operation, opCode);
        }
    }

    /** An attribute defined by an OCL document ({@code def:}): OCL evaluates its definition, not the model. */
    static boolean definedInOcl(EStructuralFeature feature) {
        return feature.getEAnnotation(Environment.OCL_NAMESPACE_URI) != null;
    }

    /** The evaluation environment: navigation through {@link Navigation}, one per feature. */
    static final class FastEnvironment extends EcoreEvaluationEnvironment {
        private final Map<EStructuralFeature, Navigation> navigations = new IdentityHashMap<>();

        FastEnvironment(EcoreEnvironmentFactory factory) {
            super(factory);
        }

        @Override
        public Object navigateProperty(EStructuralFeature property, List<?> qualifiers, Object target) {
            if (qualifiers == null || qualifiers.isEmpty()) {
                return navigations.computeIfAbsent(property, Navigation::new).navigate(this, target, false);
            }
            return super.navigateProperty(property, qualifiers, target);
        }

        static CollectionKind collectionKind(EStructuralFeature property) {
            return getCollectionKind(property);
        }

        private Object standardNavigation(EStructuralFeature property, Object target) {
            return super.navigateProperty(property, List.of(), target);
        }
    }

    /**
     * Unqualified navigation of one feature with the same result as OCL's: the facts about the feature are worked
     * out once, and its id in each class navigated is remembered, so that a navigation is a class comparison and
     * EMF's {@code eGet} by id.
     */
    static final class Navigation {
        /** The feature's id in one class (-1: the class has no such feature). */
        private record Resolved(EClass eClass, int featureId) {
        }

        /** Slots of the class cache, a power of two: a feature of a common supertype (name) meets many classes. */
        private static final int CACHE = 16;

        private final EStructuralFeature feature;
        /** Not derived or defined in OCL (then OCL evaluates a definition) and not of OCL's void type. */
        private final boolean plain;
        private final boolean many;
        /** A single value of the feature's type may be a collection (OCL then takes its first element). */
        private final boolean mayHoldCollection;
        /** OCL's collection kind of a many-valued feature. */
        private final CollectionKind kind;
        /**
         * Resolved classes by identity hash; each entry an immutable record (final fields), so that threads sharing
         * compiled rules never see a class with another class's id; a thread that misses another's entry only
         * resolves again.
         */
        private final Resolved[] resolved = new Resolved[CACHE];

        Navigation(EStructuralFeature feature) {
            this.feature = feature;
            this.plain = !feature.isDerived() && !definedInOcl(feature) && !(feature.getEType() instanceof VoidType);
            this.many = feature.isMany();
            Class<?> type = feature.getEType() == null ? null : feature.getEType().getInstanceClass();
            this.mayHoldCollection = type == null || type.isAssignableFrom(Collection.class)
                    || Collection.class.isAssignableFrom(type);
            this.kind = many ? FastEnvironment.collectionKind(feature) : null;
        }

        /**
         * The feature's value on {@code target}, a new collection of OCL's kind for a many-valued feature, like OCL's.
         * {@code view}: the caller only reads the collection (size, membership, iteration in order), so an ordered
         * set (an ordered unique feature: EMF's list holds the same elements in the same order) may be EMF's own
         * list, read-only, instead of a copy.
         */
        Object navigate(FastEnvironment env, Object target, boolean view) {
            // a class test: on Java 17 an interface test (InternalEObject) of objects that implement many interfaces
            // scans their interface list most of the time, which cost a third of the navigation
            if (plain && target instanceof BasicEObjectImpl source) {
                EClass eClass = source.eClass();
                int slot = System.identityHashCode(eClass) & (CACHE - 1);
                Resolved r = resolved[slot];
                if (r == null || r.eClass != eClass) {
                    r = new Resolved(eClass, featureId(source, eClass));
                    resolved[slot] = r;
                }
                if (r.featureId >= 0) {
                    Object value = source.eGet(r.featureId, true, true);
                    if (!many) {
                        if (!mayHoldCollection || !(value instanceof Collection<?>)) {
                            return value;
                        }
                    } else if (view && kind == CollectionKind.ORDERED_SET_LITERAL) {
                        // EMF's lists implement a dozen interfaces: casting them to Collection is slow on Java 17
                        // (see above), testing for their base class is not
                        return value instanceof AbstractEList<?> list ? Collections.unmodifiableCollection(list)
                                : Collections.unmodifiableCollection((Collection<?>) value);
                    } else if (kind != null) {
                        return CollectionUtil.createNewCollection(kind, (Collection<?>) value);
                    }
                }
            }
            return env.standardNavigation(feature, target);
        }

        /** The id EMF's {@code eGet(feature)} would use for this object, -1 if its class lacks the feature. */
        private int featureId(InternalEObject source, EClass eClass) {
            if (eClass.getFeatureID(feature) < 0) {
                return -1;
            }
            Class<?> container = feature.getContainerClass();
            return container == null ? eClass.getFeatureID(feature)
                    : source.eDerivedStructuralFeatureID(feature.getFeatureID(), container);
        }
    }
}

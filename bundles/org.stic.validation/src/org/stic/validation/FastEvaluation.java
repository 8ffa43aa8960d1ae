package org.stic.validation;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EParameter;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ocl.Environment;
import org.eclipse.ocl.EvaluationEnvironment;
import org.eclipse.ocl.EvaluationVisitor;
import org.eclipse.ocl.ecore.CallOperationAction;
import org.eclipse.ocl.ecore.Constraint;
import org.eclipse.ocl.ecore.EcoreEnvironmentFactory;
import org.eclipse.ocl.ecore.EcoreEvaluationEnvironment;
import org.eclipse.ocl.ecore.EvaluationVisitorImpl;
import org.eclipse.ocl.ecore.SendSignalAction;
import org.eclipse.ocl.expressions.OCLExpression;

/**
 * OCL's Ecore environment with two shortcuts on the hot path, which together cut validation time by about half:
 * <ul>
 * <li>navigating a feature that is not derived skips the search for an OCL derivation (OCL looks for one on every
 * navigation, through the feature's adapters and annotations);</li>
 * <li>a many-valued reference is handed to OCL as EMF's own list, read-only, instead of being copied into a new
 * collection on every navigation (OCL's collection operations read any collection and build new ones for their
 * results).</li>
 * </ul>
 * Derived features and qualified navigation keep OCL's standard behaviour.
 */
final class FastEvaluation extends EcoreEnvironmentFactory {

    static final FastEvaluation INSTANCE = new FastEvaluation();

    private FastEvaluation() {
        super(EPackage.Registry.INSTANCE);
    }

    @Override
    public EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> createEvaluationEnvironment() {
        return new EcoreEvaluationEnvironment(this) {
            @Override
            public Object navigateProperty(EStructuralFeature property, List<?> qualifiers, Object target) {
                if (property instanceof EReference && property.isMany() && !property.isDerived()
                        && (qualifiers == null || qualifiers.isEmpty()) && target instanceof EObject source) {
                    return Collections.unmodifiableCollection((Collection<?>) source.eGet(property));
                }
                return super.navigateProperty(property, qualifiers, target);
            }
        };
    }

    @Override
    public EvaluationVisitor<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter, EObject,
            CallOperationAction, SendSignalAction, Constraint, EClass, EObject> createEvaluationVisitor(
            Environment<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter, EObject,
                    CallOperationAction, SendSignalAction, Constraint, EClass, EObject> env,
            EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> evalEnv,
            Map<? extends EClass, ? extends Set<? extends EObject>> extentMap) {
        return new EvaluationVisitorImpl(env, evalEnv, extentMap) {
            @Override
            protected OCLExpression<EClassifier> getPropertyBody(EStructuralFeature property) {
                return property.isDerived() ? super.getPropertyBody(property) : null;
            }
        };
    }
}

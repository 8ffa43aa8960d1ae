package org.stic.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stic.SticPackage;

/**
 * The STIC package's {@link EValidator}: EMF's structural checks (multiplicities, proxies ...) plus the rule
 * catalogue, so that EMF's {@code Diagnostician} reports the same findings, messages and severities as
 * {@link SticValidator}. It replaces the generated validator, whose OCL delegates would report the same rules
 * again with EMF's generic message and no severity of their own.
 * <p>
 * Each diagnostic has source {@value #DIAGNOSTIC_SOURCE}, the finding's message and severity, and data
 * {@code [element, ruleId]}. Put a {@link RuleSettings} under the context key {@link #SETTINGS} to apply a
 * model's settings.
 */
public final class RuleEValidator extends EObjectValidator {

    public static final String DIAGNOSTIC_SOURCE = "org.stic.validation";
    /** Context key of the {@link RuleSettings} to validate with (defaults when absent). */
    public static final String SETTINGS = RuleSettings.class.getName();

    private final SticValidator validator;

    public RuleEValidator(SticValidator validator) {
        this.validator = validator;
    }

    /** Registers the built-in rules for the STIC package in EMF's global validator registry. */
    public static void register() {
        EValidator.Registry.INSTANCE.put(SticPackage.eINSTANCE,
                (EValidator.Descriptor) () -> new RuleEValidator(SticValidator.builtIn()));
    }

    @Override
    protected EPackage getEPackage() {
        return SticPackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = validate_EveryDefaultConstraint(eObject, diagnostics, context);
        if (!valid && diagnostics == null) {
            return false;
        }
        List<Finding> findings = new ArrayList<>();
        run(eObject, context).check(eObject, findings);
        if (diagnostics != null) {
            for (Finding f : findings) {
                diagnostics.add(new BasicDiagnostic(f.severity().diagnosticSeverity(), DIAGNOSTIC_SOURCE, 0,
                        f.message(), new Object[] {eObject, f.ruleId()}));
            }
        }
        return valid && findings.isEmpty();
    }

    /** The Diagnostician's context lives as long as one validation: it keeps the prepared run. */
    private SticValidator.Run run(EObject eObject, Map<Object, Object> context) {
        if (context == null) {
            return validator.start(eObject, RuleSettings.defaults());
        }
        Object run = context.get(validator);
        if (!(run instanceof SticValidator.Run)) {
            Object settings = context.get(SETTINGS);
            run = validator.start(EcoreUtil.getRootContainer(eObject),
                    settings instanceof RuleSettings s ? s : RuleSettings.defaults());
            context.put(validator, run);
        }
        return (SticValidator.Run) run;
    }
}

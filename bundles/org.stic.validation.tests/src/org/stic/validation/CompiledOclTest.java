package org.stic.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.ocl.EvaluationEnvironment;
import org.eclipse.ocl.ParserException;
import org.eclipse.ocl.ecore.OCL;
import org.eclipse.ocl.expressions.OCLExpression;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.Interaction;
import org.stic.Participant;
import org.stic.ParticipantRole;
import org.stic.RevenueStream;
import org.stic.SticPackage;
import org.stic.examples.Examples;
import org.stic.examples.SyntheticModels;
import org.stic.model.io.SticResources;

/**
 * The compiled rules ({@link CompiledOcl}) against OCL's interpreter: the same value (true, false, null or invalid)
 * for every rule on every element, the same findings with the same messages, on the examples, on generated models
 * and on a model full of holes (missing names and ends) where OCL's null and invalid rules decide.
 */
class CompiledOclTest {

    private static final Object INVALID = OCL.newInstance().getEnvironment().getOCLStandardLibrary().getInvalid();

    /** Invariants that walk OCL's corners: undefined sources, three-valued logic, iterators, kinds, fallbacks. */
    private static final String CORNERS = """
            package stic
            context Interaction
            inv e01: source.name.size() > 0
            inv e02: source.oclIsUndefined() or source.name = target.name
            inv e03: source <> target
            inv e04: source.oclIsKindOf(Participant) and not target.oclIsTypeOf(NamedElement)
            inv e05: source.oclAsType(NamedElement).name <> null
            inv e06: target.oclIsInvalid() = source.oclIsInvalid()
            inv e07: let s : Participant = source in if s.oclIsUndefined() then null else s.roles->notEmpty() endif
            inv e08: (source.name.size() > 3) implies (target.name.size() > 3)
            inv e09: (source.name.size() > 3) xor target.oclIsUndefined()
            inv e10: not source.name.oclIsUndefined()
            inv e11: if source.name = 'Biotech SME' then invalid else true endif
            inv e12: source.roles->includes(ParticipantRole::COORDINATOR) and target.roles->excludes(null)
            inv e13: let b : Boolean = null in (b and false) or (b or true) and (b implies true)
            context Participant
            inv p01: outgoingInteractions->exists(i | i.target.name.size() > 5)
            inv p02: outgoingInteractions->forAll(i | i.target.name <> name)
            inv p03: outgoingInteractions->select(i | i.target.oclIsUndefined())->size() = 0
            inv p04: outgoingInteractions->collect(i | i.target)->excludes(self)
            inv p05: outgoingInteractions->reject(i | i.source = i.target)->isUnique(i | i.target)
            inv p06: outgoingInteractions->any(i | i.target.oclIsUndefined()).oclIsUndefined()
            inv p07: outgoingInteractions->one(i | i.target = null)
            inv p08: name < 'M' or name >= 'Z'
            inv p09: roles->size() <= 2 and roles->notEmpty() and not roles->isEmpty()
            inv p10: name.toUpper() <> name
            inv p11: Set{1, 2}->including(roles->size())->size() = 2
            inv p12: outgoingInteractions->including(null)->size() > outgoingInteractions->size()
            inv p13: outgoingInteractions->collect(i | i.target.name)->includes(null)
            inv p14: name.size() = 11.0
            inv p15: incomingInteractions->isEmpty() = outgoingInteractions->isEmpty()
            context RevenueStream
            inv r01: amount.oclIsUndefined() or amount > 0
            inv r02: amount = 0
            context Cluster
            inv c01: participants->select(p | p.roles->includes(ParticipantRole::COORDINATOR))->size() = 1
            inv c02: participants->exists(p | p.name.size() > 100) or participants->forAll(p | not p.name.oclIsUndefined())
            inv c03: participants->iterate(p; n : Integer = 0 | n + p.roles->size()) >= participants->size()
            context SegmentNeed
            inv n01: priority <> Priority::LOW
            inv n02: valuePropositions->collect(v | v.keyActions)->forAll(a | a.name.size() > 0)
            endpackage
            """;

    @Test
    void everyBuiltInRuleIsCompiledWhole() {
        for (RuleCatalogue.Compiled c : RuleCatalogue.builtIn().compiled()) {
            assertEquals(0, c.compiled.interpretedNodes(), c.rule.id() + " left to the interpreter");
        }
    }

    @Test
    void builtInRulesHaveTheInterpretersValueOnEveryElement() throws Exception {
        Map<Object, Integer> seen = new LinkedHashMap<>();
        for (Cluster model : models()) {
            compareValues(RuleCatalogue.builtIn(), model, seen);
        }
        // both outcomes occur, so the comparison is not of constants
        assertTrue(seen.getOrDefault(Boolean.TRUE, 0) > 0 && seen.getOrDefault(Boolean.FALSE, 0) > 0, seen.toString());
    }

    @Test
    void compiledAndInterpretedValidationsGiveTheSameFindingsAndMessages() throws Exception {
        RuleCatalogue catalogue = corners();
        for (Cluster model : models()) {
            List<Finding> compiled = new SticValidator(catalogue, false).validate(model);
            assertTrue(!compiled.isEmpty());
            assertEquals(new SticValidator(catalogue, true).validate(model), compiled);
        }
    }

    @Test
    void userRulesFollowOclOnNullAndInvalid() throws Exception {
        RuleCatalogue catalogue = corners();
        assertEquals(List.of(), catalogue.problems());
        Map<Object, Integer> seen = new LinkedHashMap<>();
        for (Cluster model : models()) {
            compareValues(catalogue, model, seen);
        }
        assertTrue(seen.getOrDefault(INVALID, 0) > 0 && seen.getOrDefault(null, 0) > 0
                && seen.getOrDefault(Boolean.TRUE, 0) > 0 && seen.getOrDefault(Boolean.FALSE, 0) > 0, seen.toString());
    }

    @Test
    void valuesOfOclsCornersOnAnInteractionWithoutSource() {
        RuleCatalogue catalogue = corners();
        Holes holes = new Holes();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("Interaction.e01", INVALID); // navigation from null
        expected.put("Interaction.e02", Boolean.TRUE); // true or invalid
        expected.put("Interaction.e03", Boolean.TRUE);
        expected.put("Interaction.e04", Boolean.TRUE); // lax null handling: null conforms to every class
        expected.put("Interaction.e07", null);
        expected.put("Interaction.e08", Boolean.TRUE); // invalid implies true
        expected.put("Interaction.e09", INVALID); // invalid xor false
        expected.put("Interaction.e10", Boolean.FALSE); // invalid is undefined
        expected.put("Interaction.e13", Boolean.TRUE);
        Evaluators compiled = new Evaluators(catalogue, holes.model, false);
        Evaluators interpreted = new Evaluators(catalogue, holes.model, true);
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            assertEquals(e.getValue(), interpreted.value(e.getKey(), holes.sourceless), "OCL: " + e.getKey());
            assertEquals(e.getValue(), compiled.value(e.getKey(), holes.sourceless), e.getKey());
        }
    }

    @Test
    void whatTheClosuresDoNotCoverIsLeftToTheInterpreter() {
        RuleCatalogue catalogue = corners();
        for (String id : List.of("Participant.p10", "Participant.p11", "Participant.p12", "Participant.p14",
                "Cluster.c03")) {
            assertTrue(compiled(catalogue, id).compiled.interpretedNodes() > 0, id);
        }
        assertEquals(0, compiled(catalogue, "Participant.p01").compiled.interpretedNodes());
    }

    @Test
    void attributesAndOperationsDefinedByAUserDocumentAreEvaluated() {
        EPackage.Registry registry = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);
        registry.put(SticPackage.eNS_URI, SticPackage.eINSTANCE);
        RuleCatalogue catalogue = RuleCatalogue.builtIn().withOclDocuments(registry, Map.of("rules/defs.ocl", """
                package stic
                context KeyAction
                def: twice : Integer = name.size() * 2
                def: longerThan(n : Integer) : Boolean = name.size() > n
                inv usesAttribute: twice > 10
                inv usesOperation: longerThan(3)
                endpackage
                """));
        assertEquals(List.of(), catalogue.problems());
        CleanCluster m = new CleanCluster(); // its action is called "Prototype testing"
        for (boolean interpret : new boolean[] {true, false}) {
            Evaluators evaluators = new Evaluators(catalogue, m.cluster, interpret);
            assertEquals(Boolean.TRUE, evaluators.value("KeyAction.usesAttribute", m.action), "interpret " + interpret);
            assertEquals(Boolean.TRUE, evaluators.value("KeyAction.usesOperation", m.action), "interpret " + interpret);
        }
    }

    @Test
    void navigationKeepsOclsCollectionKinds() throws ParserException {
        // the result kind of including, union, = ... follows the Java class of the navigated collection
        CleanCluster m = new CleanCluster();
        m.action.getSupportingResources().add(CleanCluster.F.createKeyResource());
        OCL standard = OCL.newInstance();
        OCL ours = OCL.newInstance(FastEvaluation.INSTANCE);
        for (String expression : List.of("supportingResources->including(supportingResources->first())->size()",
                "supportingResources->union(supportingResources)->size()",
                "supportingResources = supportingResources->asOrderedSet()",
                "performers->append(performers->first())->size()",
                "supportingResources->select(r | true)->including(supportingResources->last())->size()")) {
            Object expected = standard.evaluate(m.action, query(standard, expression));
            OCLExpression<EClassifier> query = query(ours, expression);
            assertEquals(expected, ours.evaluate(m.action, query), "interpreted " + expression);
            EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> env =
                    ours.getEnvironment().getFactory().createEvaluationEnvironment();
            CompiledOcl compiled = CompiledOcl.compile(ours, query);
            assertEquals(expected, compiled.evaluate(compiled.newFrame(env, ours.getEnvironment().getFactory()
                    .createEvaluationVisitor(ours.getEnvironment(), env, Map.of())), m.action), "compiled " + expression);
        }
    }

    private static OCLExpression<EClassifier> query(OCL ocl, String expression) throws ParserException {
        OCL.Helper helper = ocl.createOCLHelper();
        helper.setContext(SticPackage.eINSTANCE.getKeyAction());
        return helper.createQuery(expression);
    }

    private static RuleCatalogue.Compiled compiled(RuleCatalogue catalogue, String id) {
        return catalogue.compiled().stream().filter(c -> c.rule.id().equals(id)).findFirst().orElseThrow();
    }

    private static RuleCatalogue corners() {
        EPackage.Registry registry = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);
        registry.put(SticPackage.eNS_URI, SticPackage.eINSTANCE);
        return RuleCatalogue.builtIn().withOclDocuments(registry, Map.of("rules/corners.ocl", CORNERS));
    }

    /** The examples, generated models with gaps of every kind, and a model full of holes. */
    private static List<Cluster> models() throws Exception {
        List<Cluster> models = new ArrayList<>();
        for (String name : Examples.names()) {
            models.add(SticResources.load(Examples.path(name)));
        }
        models.add(LargeModels.generate(3_000, 3));
        models.add(SyntheticModels.generate(10_000, 2026));
        models.add(new Holes().model);
        return models;
    }

    /** Every rule of the catalogue on every element it applies to: compiled value == interpreted value. */
    private static void compareValues(RuleCatalogue catalogue, Cluster model, Map<Object, Integer> seen) {
        RuleCatalogue.Evaluator[] compiled = catalogue.evaluators(model, false);
        RuleCatalogue.Evaluator[] interpreted = catalogue.evaluators(model, true);
        List<EObject> elements = new ArrayList<>(List.of(model));
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            elements.add(it.next());
        }
        for (EObject e : elements) {
            for (RuleCatalogue.Compiled c : catalogue.rulesFor(e.eClass())) {
                Object expected = interpreted[c.index].evaluate(e);
                Object actual = compiled[c.index].evaluate(e);
                assertEquals(expected, actual, () -> c.rule.id() + " on " + Finding.pathOf(e) + ": OCL " + expected
                        + ", compiled " + actual);
                seen.merge(expected, 1, Integer::sum);
            }
        }
    }

    /** The evaluators of one catalogue for one model, by rule id. */
    private static final class Evaluators {
        private final RuleCatalogue catalogue;
        private final RuleCatalogue.Evaluator[] evaluators;

        Evaluators(RuleCatalogue catalogue, Cluster model, boolean interpret) {
            this.catalogue = catalogue;
            this.evaluators = catalogue.evaluators(model, interpret);
        }

        Object value(String ruleId, EObject element) {
            return evaluators[compiled(catalogue, ruleId).index].evaluate(element);
        }
    }

    /** A cluster with what people leave out: names, interaction ends, roles, amounts. */
    private static final class Holes {
        final CleanCluster clean = new CleanCluster();
        final Cluster model = clean.cluster;
        final Interaction sourceless;

        Holes() {
            Participant nameless = clean.participant(null);
            Participant empty = clean.participant("", ParticipantRole.SUPPLIER, ParticipantRole.PARTNER,
                    ParticipantRole.COORDINATOR);
            sourceless = clean.interaction(null, clean.sme);
            clean.interaction(clean.sme, null);
            clean.interaction(nameless, nameless);
            clean.interaction(empty, clean.coordinator);
            clean.interaction(clean.coordinator, empty);
            clean.action("Pilot production").setName(null);
            clean.segment.getNeeds().get(0).setName(null);
            RevenueStream zero = CleanCluster.F.createRevenueStream();
            zero.setName("Grants");
            zero.setAmount(BigDecimal.ZERO);
            clean.external.getRevenueStreams().add(zero);
            RevenueStream some = CleanCluster.F.createRevenueStream();
            some.setAmount(new BigDecimal("12.5"));
            clean.external.getRevenueStreams().add(some);
        }
    }
}

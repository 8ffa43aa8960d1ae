package org.stic.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.stic.AvailabilityStatus;
import org.stic.Channel;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.ExternalContour;
import org.stic.Indicator;
import org.stic.Interaction;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Membership;
import org.stic.NamedElement;
import org.stic.Participant;
import org.stic.ParticipantRole;
import org.stic.Partnership;
import org.stic.Relationship;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.SticPackage;
import org.stic.ValueProposition;

/**
 * The benchmark's yardstick: the catalogue's rules hand-written in Java, as a plain walk over the tree. It
 * reports (rule id, element) pairs with a message naming the element, like the OCL path, so both do the same work.
 */
final class JavaTwin {

    /** (rule id, element, message) of each violation, in tree order. */
    record Violation(String ruleId, EObject element, String message) {
    }

    private final List<Violation> out = new ArrayList<>();

    /**
     * The twin as the package's EValidator, for the comparison through EMF's Diagnostician: like
     * {@link RuleEValidator} (and EMF's generated validators) it runs EMF's structural checks first, so that the
     * comparison is of the rules.
     */
    static final class AsEValidator extends EObjectValidator {
        @Override
        protected EPackage getEPackage() {
            return SticPackage.eINSTANCE;
        }

        @Override
        public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
                Map<Object, Object> context) {
            boolean valid = validate_EveryDefaultConstraint(eObject, diagnostics, context);
            JavaTwin twin = new JavaTwin();
            twin.check(eObject);
            for (Violation v : twin.out) {
                diagnostics.add(new BasicDiagnostic(Diagnostic.WARNING, "twin", 0, v.message(),
                        new Object[] {eObject, v.ruleId()}));
            }
            return valid && twin.out.isEmpty();
        }
    }

    static List<Violation> validate(EObject root) {
        JavaTwin twin = new JavaTwin();
        twin.check(root);
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            twin.check(it.next());
        }
        return twin.out;
    }

    private void report(boolean ok, String ruleId, EObject element) {
        if (!ok) {
            out.add(new Violation(ruleId, element, Finding.labelOf(element) + " breaks " + ruleId));
        }
    }

    private void check(EObject e) {
        if (e instanceof NamedElement n) {
            report(n.getName() != null && !n.getName().isEmpty(), "ITG-001", e);
        }
        if (e instanceof Cluster c) {
            report(c.getParticipants().stream().filter(p -> p.getRoles().contains(ParticipantRole.COORDINATOR))
                    .count() == 1, "NET-005", e);
            report(unique(c.getParticipants()), "ITG-002", e);
            report(currencies(c).size() <= 1, "ITG-006", e);
        } else if (e instanceof Participant p) {
            boolean contributor = p.getRoles().contains(ParticipantRole.SUPPLIER)
                    || p.getRoles().contains(ParticipantRole.PARTNER);
            report(!contributor || !p.getProvidedResources().isEmpty() || !p.getPerformedActions().isEmpty()
                    || !p.getPartnerships().isEmpty(), "INT-009", e);
            report(!p.getRoles().contains(ParticipantRole.INNOVATION_GENERATOR) || !p.getSegments().isEmpty(),
                    "EXT-014", e);
            report(!p.getOutgoingInteractions().isEmpty() || !p.getIncomingInteractions().isEmpty(), "NET-003", e);
            report(!p.getRoles().isEmpty(), "NET-004", e);
        } else if (e instanceof Interaction i) {
            report(i.getSource() == null || i.getTarget() == null || i.getSource() != i.getTarget(), "NET-001", e);
            report(i.getSource() != null && i.getTarget() != null, "NET-002", e);
        } else if (e instanceof ExternalContour x) {
            report(unique(x.getSegments()) && unique(x.getValuePropositions()) && unique(x.getChannels())
                    && unique(x.getRelationships()) && unique(x.getRevenueStreams()), "ITG-003", e);
        } else if (e instanceof InternalContour x) {
            report(unique(x.getKeyResources()) && unique(x.getKeyActions()) && unique(x.getPartnerships())
                    && unique(x.getCostItems()), "ITG-004", e);
        } else if (e instanceof Segment s) {
            report(!s.getValuePropositions().isEmpty(), "EXT-002", e);
            report(!s.getChannels().isEmpty(), "EXT-003", e);
            report(!s.getRelationships().isEmpty(), "EXT-004", e);
            report(s.getMembers().stream().allMatch(m -> m.getRoles().contains(ParticipantRole.INNOVATION_GENERATOR)),
                    "EXT-005", e);
            report(!s.getMembers().isEmpty(), "EXT-006", e);
            report(s.getMembers().stream().noneMatch(m -> m.getMembership() == Membership.EXTERNAL), "EXT-013", e);
            report(!s.getNeeds().isEmpty(), "RDY-003", e);
            report(unique(s.getNeeds()), "ITG-005", e);
        } else if (e instanceof SegmentNeed n) {
            report(n.getValuePropositions().stream().anyMatch(v -> v.getKeyActions().stream()
                    .anyMatch(a -> !a.getSupportingResources().isEmpty())), "RDY-001", e);
            report(demandComparable(n), "RDY-004", e);
        } else if (e instanceof ValueProposition v) {
            report(!v.getSegments().isEmpty(), "EXT-001", e);
            report(v.getNeeds().stream().allMatch(n -> v.getSegments().stream().anyMatch(s -> s.getNeeds().contains(n))),
                    "EXT-010", e);
            report(!v.getRevenueStreams().isEmpty(), "EXT-011", e);
            report(!v.getKeyActions().isEmpty(), "RDY-002", e);
        } else if (e instanceof Channel c) {
            report(!c.getSegments().isEmpty(), "EXT-008", e);
        } else if (e instanceof Relationship r) {
            report(!r.getSegments().isEmpty(), "EXT-009", e);
        } else if (e instanceof RevenueStream r) {
            report(!r.getSegments().isEmpty(), "EXT-007", e);
            report(!r.getPayers().isEmpty(), "EXT-012", e);
        } else if (e instanceof KeyResource r) {
            report(!r.getSupportedActions().isEmpty(), "INT-004", e);
            report(!r.getProviders().isEmpty() || !r.getPartnerships().isEmpty(), "INT-005", e);
            report(r.getStatus() != AvailabilityStatus.PLANNED || r.getAvailableFrom() != null, "INT-011", e);
        } else if (e instanceof KeyAction a) {
            report(!a.getSupportingResources().isEmpty(), "INT-001", e);
            report(!a.getValuePropositions().isEmpty(), "INT-002", e);
            report(!a.getPerformers().isEmpty() || !a.getPartnerships().isEmpty(), "INT-003", e);
            report(a.getStatus() != AvailabilityStatus.AVAILABLE || a.getSupportingResources().stream()
                    .allMatch(r -> r.getStatus() == AvailabilityStatus.AVAILABLE
                            || r.getStatus() == AvailabilityStatus.UNSPECIFIED), "INT-010", e);
            report(a.getStatus() != AvailabilityStatus.PLANNED || a.getAvailableFrom() != null, "INT-012", e);
        } else if (e instanceof Partnership p) {
            report(!p.getPartners().isEmpty(), "INT-006", e);
            report(!p.getResources().isEmpty() || !p.getActions().isEmpty(), "INT-007", e);
        } else if (e instanceof CostItem c) {
            report(!c.getResources().isEmpty() || !c.getActions().isEmpty(), "INT-008", e);
        } else if (e instanceof Indicator i) {
            report(i.getTarget() != null, "ITG-007", e);
        }
    }

    private static Set<String> currencies(Cluster c) {
        Set<String> result = new HashSet<>();
        if (c.getExternalContour() != null) {
            c.getExternalContour().getRevenueStreams().stream().filter(m -> m.getAmount() != null)
                    .forEach(m -> result.add(m.getCurrency()));
        }
        if (c.getInternalContour() != null) {
            c.getInternalContour().getCostItems().stream().filter(m -> m.getAmount() != null)
                    .forEach(m -> result.add(m.getCurrency()));
        }
        return result;
    }

    private static boolean demandComparable(SegmentNeed n) {
        if (n.getDemand() == null) {
            return true;
        }
        Set<KeyResource> quantified = new HashSet<>();
        n.getValuePropositions().forEach(v -> v.getKeyActions().forEach(a -> a.getSupportingResources().stream()
                .filter(r -> r.getCapacity() != null).forEach(quantified::add)));
        return quantified.isEmpty() || quantified.stream().anyMatch(r -> r.getCapacityUnit() == n.getDemandUnit());
    }

    private static boolean unique(Collection<? extends NamedElement> elements) {
        Set<String> names = new HashSet<>();
        for (NamedElement n : elements) {
            if (n.getName() != null && !names.add(n.getName())) {
                return false;
            }
        }
        return true;
    }
}

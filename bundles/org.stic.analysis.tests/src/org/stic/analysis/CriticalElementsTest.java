package org.stic.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.stic.AvailabilityStatus;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.Partnership;
import org.stic.Priority;
import org.stic.QuantityUnit;
import org.stic.SegmentNeed;
import org.stic.ValueProposition;

/** Critical elements (docs/analysis.md, section 3): hand-checked cases, then the incremental sets against the naive re-runs. */
class CriticalElementsTest {

    private final Models m = new Models();

    @Test
    void aSoleProviderIsCriticalAndASecondOneRemovesTheRisk() {
        Participant org = m.participant("Кластерная организация");
        Participant lawyer = m.participant("Юридическая фирма");
        SegmentNeed high = m.need("Регистрация", Priority.HIGH);
        SegmentNeed low = m.need("Консультации", Priority.LOW);
        KeyResource lawyers = m.resource("Юристы", lawyer);
        ValueProposition vp = m.proposition("Помощь", high, low);
        KeyAction a = m.action("Сопровождение", org, vp, lawyers);

        List<CriticalElement> critical = m.analyse(2026).criticalElements();
        // impact 3 + 1; every element of the one chain is critical for both needs, in model order on a tie
        assertEquals(List.of(new CriticalElement(org, List.of(high, low), 4),
                new CriticalElement(lawyer, List.of(high, low), 4), new CriticalElement(lawyers, List.of(high, low), 4),
                new CriticalElement(a, List.of(high, low), 4)), critical);

        lawyers.getProviders().add(org);
        List<CriticalElement> shared = m.analyse(2026).criticalElements();
        assertTrue(shared.stream().noneMatch(c -> c.element() == lawyer), shared.toString());
    }

    @Test
    void anAlternativePropositionProtectsOnlyWhenItIsReady() {
        Participant org = m.participant("Кластерная организация");
        Participant partner = m.participant("Партнёр");
        SegmentNeed need = m.need("Испытания", Priority.HIGH);
        KeyResource own = m.resource("Своя лаборатория", org);
        KeyResource other = m.resource("Лаборатория партнёра", partner);
        KeyAction atHome = m.action("Испытания у себя", org, m.proposition("Свой центр", need), own);
        KeyAction viaPartner = m.action("Испытания у партнёра", org, m.proposition("Центр партнёра", need), other);

        List<CriticalElement> both = m.analyse(2026).criticalElements();
        assertEquals(List.of(new CriticalElement(org, List.of(need), 3)), both);

        viaPartner.setStatus(AvailabilityStatus.MISSING);
        List<CriticalElement> one = m.analyse(2026).criticalElements();
        assertEquals(List.of(org, own, atHome), one.stream().map(CriticalElement::element).toList());
    }

    @Test
    void aPartnershipIsCriticalAndSoAreItsOnlyPartners() {
        Participant org = m.participant("Кластерная организация");
        Participant university = m.participant("Университет");
        Partnership agreement = m.partnership("Соглашение", university);
        SegmentNeed need = m.need("Кадры", Priority.MEDIUM);
        KeyResource teachers = m.resource("Преподаватели");
        teachers.getPartnerships().add(agreement);
        KeyAction teaching = m.action("Обучение", org, m.proposition("Учебный центр", need), teachers);
        List<EObjectImpact> got = m.analyse(2026).criticalElements().stream()
                .map(c -> new EObjectImpact(c.element(), c.impact())).toList();
        assertEquals(List.of(new EObjectImpact(org, 2), new EObjectImpact(university, 2),
                new EObjectImpact(agreement, 2), new EObjectImpact(teachers, 2), new EObjectImpact(teaching, 2)),
                got);
    }

    private record EObjectImpact(Object element, int impact) {
    }

    @Test
    void theIncrementalSetsEqualTheNaiveReRunsOnRandomModels() {
        for (long seed = 1; seed <= 300; seed++) {
            Models random = randomModel(new Random(seed));
            Evaluation e = Evaluation.of(DependencyGraph.of(random.cluster), 2026);
            int[][] incremental = Criticality.lostNeeds(e);
            int[][] naive = Criticality.naive(e);
            assertEquals(naive.length, incremental.length);
            for (int x = 0; x < naive.length; x++) {
                assertArrayEquals(naive[x], incremental[x], "seed " + seed + ", element " + x);
            }
        }
    }

    @Test
    void randomModelsHaveCriticalElementsToCompare() {
        // guards the comparison above against models where nothing is ever ready or critical
        int withCritical = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Models random = randomModel(new Random(seed));
            if (!random.analyse(2026).criticalElements().isEmpty()) {
                withCritical++;
            }
        }
        assertTrue(withCritical > 90, withCritical + " of 300");
    }

    /** Up to a few dozen elements, linked at random, with every status, partnerships and quantities. */
    static Models randomModel(Random rnd) {
        Models m = new Models();
        List<Participant> participants = new ArrayList<>();
        for (int i = 0, n = 1 + rnd.nextInt(5); i < n; i++) {
            participants.add(m.participant("P" + i));
        }
        List<Partnership> partnerships = new ArrayList<>();
        for (int i = 0, n = rnd.nextInt(3); i < n; i++) {
            Partnership p = m.partnership("PS" + i);
            for (int k = rnd.nextInt(3); k > 0; k--) {
                p.getPartners().add(pick(rnd, participants));
            }
            partnerships.add(p);
        }
        List<KeyResource> resources = new ArrayList<>();
        for (int i = 0, n = 1 + rnd.nextInt(6); i < n; i++) {
            KeyResource r = m.resource("R" + i);
            for (int k = rnd.nextInt(8) == 0 ? 0 : 1 + rnd.nextInt(2); k > 0; k--) {
                r.getProviders().add(pick(rnd, participants));
            }
            if (!partnerships.isEmpty() && rnd.nextInt(4) == 0) {
                r.getPartnerships().add(pick(rnd, partnerships));
            }
            r.setStatus(status(rnd));
            if (rnd.nextInt(3) == 0) {
                Models.capacity(r, 20 + rnd.nextInt(60), QuantityUnit.SERVICES_PER_YEAR);
            }
            resources.add(r);
        }
        List<ValueProposition> vps = new ArrayList<>();
        for (int i = 0, n = 1 + rnd.nextInt(4); i < n; i++) {
            vps.add(m.proposition("VP" + i));
        }
        for (int i = 0, n = 1 + rnd.nextInt(6); i < n; i++) {
            KeyAction a = m.action("A" + i, rnd.nextInt(5) == 0 ? null : pick(rnd, participants), pick(rnd, vps));
            if (rnd.nextBoolean()) {
                a.getValuePropositions().add(pick(rnd, vps));
            }
            for (int k = rnd.nextInt(10) == 0 ? 0 : 1 + rnd.nextInt(2); k > 0; k--) {
                a.getSupportingResources().add(pick(rnd, resources));
            }
            if (!partnerships.isEmpty() && rnd.nextInt(4) == 0) {
                a.getPartnerships().add(pick(rnd, partnerships));
            }
            a.setStatus(status(rnd));
        }
        for (int i = 0, n = 1 + rnd.nextInt(6); i < n; i++) {
            SegmentNeed need = m.need("N" + i, Priority.get(rnd.nextInt(4)));
            for (int k = rnd.nextInt(8) == 0 ? 0 : 1 + rnd.nextInt(2); k > 0; k--) {
                pick(rnd, vps).getNeeds().add(need);
            }
            if (rnd.nextBoolean()) {
                Models.demand(need, 5 + rnd.nextInt(20), QuantityUnit.SERVICES_PER_YEAR);
            }
        }
        return m;
    }

    private static AvailabilityStatus status(Random rnd) {
        int s = rnd.nextInt(16);
        return s < 12 ? AvailabilityStatus.AVAILABLE : AvailabilityStatus.get(s - 12);
    }

    private static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}

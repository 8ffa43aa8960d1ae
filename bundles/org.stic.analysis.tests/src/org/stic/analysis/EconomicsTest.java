package org.stic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stic.AmountPeriod;
import org.stic.CostItem;
import org.stic.Indicator;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Membership;
import org.stic.MonetaryElement;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.QuantityUnit;
import org.stic.RevenueStream;
import org.stic.TargetDirection;
import org.stic.ValueProposition;
import org.stic.analysis.Economics.PayerClass;
import org.stic.analysis.Economics.Share;
import org.stic.analysis.Economics.Totals;

/** Economics of 2026 on a model whose every total was added up by hand (in the comments). */
class EconomicsTest {

    private final Models m = new Models();
    private final Participant plant = m.participant("Фармзавод");
    private final Participant foreign = m.participant("Зарубежный партнёр");
    private final Participant ministry = m.participant("Министерство промышленности региона");
    private final Participant fund = m.participant("Фонд развития промышленности");
    private final ValueProposition vp1 = m.proposition("Испытательный центр");
    private final ValueProposition vp2 = m.proposition("Выход на экспорт");
    private final KeyResource lab = m.resource("Лаборатория", plant);
    private final KeyAction a1 = m.action("Испытания", plant, vp1, lab);
    private final KeyAction a2 = m.action("Экспортные испытания", plant, vp1, lab);
    private final RevenueStream r6;
    private final CostItem c5;

    EconomicsTest() {
        vp2.getKeyActions().add(a2);
        foreign.setMembership(Membership.EXTERNAL);
        ministry.setKind(ParticipantKind.AUTHORITY);
        ministry.setMembership(Membership.EXTERNAL);
        fund.setKind(ParticipantKind.DEVELOPMENT_INSTITUTION);
        fund.setMembership(Membership.UNSPECIFIED);
        revenue("Членские взносы", 1_200_000, "RUB", AmountPeriod.PER_YEAR, null, null, List.of(plant), vp1);
        revenue("Платные услуги", 900_000, "RUB", AmountPeriod.PER_YEAR, 2025, 2027, List.of(plant, foreign), vp1,
                vp2);
        revenue("Субсидия", 3_000_000, "RUB", AmountPeriod.ONE_OFF, 2026, null, List.of(ministry));
        revenue("Заём ФРП", 500_000, "RUB", AmountPeriod.PER_YEAR, 2027, null, List.of(fund));
        revenue("Экспорт", 100_000, "USD", AmountPeriod.PER_YEAR, null, null, List.of(foreign), vp2);
        r6 = revenue("Разовые поступления", 300_000, "RUB", AmountPeriod.UNSPECIFIED, null, null, List.of());
        cost("Аренда лаборатории", 1_000_000, AmountPeriod.PER_YEAR, null, null, List.of(lab), List.of());
        cost("Зарплата", 2_000_000, AmountPeriod.PER_YEAR, null, null, List.of(lab), List.of(a1));
        cost("Оборудование", 5_000_000, AmountPeriod.ONE_OFF, 2026, null, List.of(), List.of());
        cost("Старые расходы", 400_000, AmountPeriod.PER_YEAR, null, 2025, List.of(), List.of());
        c5 = cost("Ремонт", 700_000, AmountPeriod.ONE_OFF, null, null, List.of(), List.of());
    }

    private RevenueStream revenue(String name, long amount, String currency, AmountPeriod period, Integer from,
            Integer to, List<Participant> payers, ValueProposition... vps) {
        RevenueStream r = Models.F.createRevenueStream();
        money(r, name, amount, currency, period, from, to);
        r.getPayers().addAll(payers);
        r.getValuePropositions().addAll(List.of(vps));
        m.cluster.getExternalContour().getRevenueStreams().add(r);
        return r;
    }

    private CostItem cost(String name, long amount, AmountPeriod period, Integer from, Integer to,
            List<KeyResource> resources, List<KeyAction> actions) {
        CostItem c = Models.F.createCostItem();
        money(c, name, amount, "RUB", period, from, to);
        c.getResources().addAll(resources);
        c.getActions().addAll(actions);
        m.cluster.getInternalContour().getCostItems().add(c);
        return c;
    }

    private static void money(MonetaryElement e, String name, long amount, String currency, AmountPeriod period,
            Integer from, Integer to) {
        e.setName(name);
        e.setAmount(BigDecimal.valueOf(amount));
        e.setCurrency(currency);
        e.setPeriod(period);
        e.setFromYear(from);
        e.setToYear(to);
    }

    private static void assertMoney(long expected, BigDecimal actual) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(actual), "expected " + expected + ", was " + actual);
    }

    private static <K> void assertShares(List<Object[]> expected, List<Share<K>> actual) {
        assertEquals(expected.size(), actual.size(), actual.toString());
        for (int i = 0; i < expected.size(); i++) {
            Object[] e = expected.get(i);
            assertEquals(e[0], actual.get(i).key(), "key of share " + i);
            assertEquals(e[1], actual.get(i).currency(), "currency of share " + i);
            assertMoney((Long) e[2], actual.get(i).amount());
        }
    }

    private Economics economics() {
        return m.analyse(2026).economics();
    }

    @Test
    void totalsPerCurrency() {
        List<Totals> totals = economics().totals();
        assertEquals(2, totals.size());
        Totals rub = totals.get(0);
        assertEquals("RUB", rub.currency());
        // revenue 1 200 000 + 900 000 + 3 000 000 (one-off in 2026) + 300 000 = 5 400 000; the loan starts in 2027
        assertMoney(5_400_000, rub.revenue());
        // cost 1 000 000 + 2 000 000 + 5 000 000 (one-off in 2026); the old cost ended in 2025, the repair has no year
        assertMoney(8_000_000, rub.cost());
        assertMoney(-2_600_000, rub.balance());
        assertEquals(new BigDecimal("67.5"), rub.coveragePercent());
        Totals usd = totals.get(1);
        assertEquals("USD", usd.currency());
        assertMoney(100_000, usd.revenue());
        assertMoney(0, usd.cost());
        assertNull(usd.coveragePercent());
    }

    @Test
    void seriesCoversEveryYearTheMoneyNames() {
        List<Totals> series = economics().series();
        assertEquals(List.of(2025, 2025, 2026, 2026, 2027, 2027), series.stream().map(Totals::year).toList());
        // 2025: 1 200 000 + 900 000 + 300 000 against 1 000 000 + 2 000 000 + 400 000
        assertMoney(2_400_000, series.get(0).revenue());
        assertMoney(3_400_000, series.get(0).cost());
        // 2027: 1 200 000 + 900 000 + 500 000 + 300 000 against 3 000 000
        assertMoney(2_900_000, series.get(4).revenue());
        assertMoney(3_000_000, series.get(4).cost());
        assertEquals("USD", series.get(5).currency());
    }

    @Test
    void revenueByPayerClassAndTheStateShare() {
        Economics e = economics();
        // members: 1 200 000 + half of 900 000; external: the other half; state: the ministry's subsidy
        assertShares(List.of(new Object[] {PayerClass.MEMBERS, "RUB", 1_650_000L},
                new Object[] {PayerClass.EXTERNAL, "RUB", 450_000L}, new Object[] {PayerClass.STATE, "RUB", 3_000_000L},
                new Object[] {PayerClass.NO_PAYER, "RUB", 300_000L}, new Object[] {PayerClass.EXTERNAL, "USD", 100_000L}),
                e.revenueByPayer());
        // 3 000 000 / 5 400 000
        assertEquals(new BigDecimal("55.6"), e.stateSharePercent("RUB"));
        assertEquals(new BigDecimal("0.0"), e.stateSharePercent("USD"));
    }

    @Test
    void aDevelopmentInstitutionIsTheStateWhateverItsMembership() {
        Economics e = m.analyse(2027).economics();
        assertTrue(e.revenueByPayer().stream().anyMatch(s -> s.key() == PayerClass.STATE && s.amount()
                .compareTo(BigDecimal.valueOf(500_000)) == 0), e.revenueByPayer().toString());
    }

    @Test
    void revenueByProposition() {
        assertShares(List.of(new Object[] {vp1, "RUB", 1_650_000L}, new Object[] {vp2, "RUB", 450_000L},
                new Object[] {null, "RUB", 3_300_000L}, new Object[] {vp2, "USD", 100_000L}),
                economics().revenueByProposition());
    }

    @Test
    void costByResourceAndByAction() {
        Economics e = economics();
        // rent all to the lab; salary half to the lab, half to testing; equipment names no cause
        assertShares(List.of(new Object[] {lab, "RUB", 2_000_000L}, new Object[] {null, "RUB", 6_000_000L}),
                e.costByResource());
        assertShares(List.of(new Object[] {null, "RUB", 7_000_000L}, new Object[] {a1, "RUB", 1_000_000L}),
                e.costByAction());
    }

    @Test
    void costsAreAttributedToPropositionsThroughActionsAndResources() {
        // rent 1 000 000 -> lab -> a1, a2 (500 000 each) -> a1: vp1; a2: vp1, vp2 (250 000 each)
        // salary: lab's 1 000 000 the same way, a1's 1 000 000 to vp1; equipment 5 000 000 not attributed
        // vp1 = 500 000 + 250 000 + 500 000 + 250 000 + 1 000 000; vp2 = 250 000 + 250 000
        assertShares(List.of(new Object[] {vp1, "RUB", 2_500_000L}, new Object[] {vp2, "RUB", 500_000L},
                new Object[] {null, "RUB", 5_000_000L}), economics().costByProposition());
    }

    @Test
    void assumptionsAndOneOffsWithoutYearAreListed() {
        Economics e = economics();
        assertEquals(List.of(r6), e.periodNotAssessed());
        assertEquals(List.of(c5), e.oneOffWithoutYear());
    }

    @Test
    void splitSharesAddUpExactly() {
        BigDecimal[] parts = Economics.split(new BigDecimal("100"), 3);
        assertEquals(List.of(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34")),
                List.of(parts));
    }

    @Test
    void indicatorProgressTowardsTheTarget() {
        Indicator civil = indicator("Доля гражданской продукции", TargetDirection.AT_LEAST, 17, 50, 28);
        Indicator imports = indicator("Доля импортных компонентов", TargetDirection.AT_MOST, 80, 40, 30);
        List<Economics.IndicatorProgress> p = economics().indicators();
        assertEquals(civil, p.get(0).indicator());
        // (28 - 17) / (50 - 17) = 1/3
        assertEquals(new BigDecimal("0.3333"), p.get(0).progress());
        assertFalse(p.get(0).achieved());
        // (30 - 80) / (40 - 80) = 1.25: beyond the target
        assertEquals(imports, p.get(1).indicator());
        assertEquals(new BigDecimal("1.2500"), p.get(1).progress());
        assertTrue(p.get(1).achieved());
    }

    private Indicator indicator(String name, TargetDirection direction, int baseline, int target, int current) {
        Indicator i = Models.F.createIndicator();
        i.setName(name);
        i.setUnit(QuantityUnit.PERCENT);
        i.setDirection(direction);
        i.setBaseline(BigDecimal.valueOf(baseline));
        i.setTarget(BigDecimal.valueOf(target));
        i.setCurrent(BigDecimal.valueOf(current));
        m.cluster.getIndicators().add(i);
        return i;
    }
}

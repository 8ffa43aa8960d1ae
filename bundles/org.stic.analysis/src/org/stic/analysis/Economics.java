package org.stic.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.stic.AmountPeriod;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.ExternalContour;
import org.stic.Indicator;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Membership;
import org.stic.MonetaryElement;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.RevenueStream;
import org.stic.ValueProposition;
import org.stic.model.edit.Language;

/**
 * The money of a cluster in the analysis year, per currency (amounts in different currencies are never added):
 * totals, revenue by payer class and by value proposition, cost by resource, action and value proposition, plus
 * totals for each year the model's money mentions, and indicators' progress. Definitions and attribution rules:
 * docs/analysis.md, "Economics". Shares are split equally where the model names several payers or causes; the
 * last share takes the rounding remainder, so the shares add up exactly to the amount.
 */
public final class Economics {

    /** Who pays a revenue stream. */
    public enum PayerClass {
        /** Participants that are cluster members. */
        MEMBERS,
        /** External participants. */
        EXTERNAL,
        /** Participants of kind AUTHORITY or DEVELOPMENT_INSTITUTION, members or not. */
        STATE,
        /** Participants whose membership is not assessed. */
        NOT_ASSESSED,
        /** Revenue streams that name no payer. */
        NO_PAYER;

        public String label(Language language) {
            return Messages.get(language, "payer." + name());
        }
    }

    /** Revenue and cost of one currency in one year. */
    public record Totals(String currency, int year, BigDecimal revenue, BigDecimal cost) {

        public BigDecimal balance() {
            return revenue.subtract(cost);
        }

        /** Revenue as a percentage of cost (rounded to one decimal), null when there is no cost. */
        public BigDecimal coveragePercent() {
            return cost.signum() == 0 ? null
                    : revenue.multiply(BigDecimal.valueOf(100)).divide(cost, 1, RoundingMode.HALF_UP);
        }
    }

    /**
     * An amount of one currency attributed to {@code key}: a {@link PayerClass}, a value proposition, a key
     * resource or a key action; null when the model links it to none (not attributed).
     */
    public record Share<K>(K key, String currency, BigDecimal amount) {
    }

    /**
     * An indicator's progress from its baseline to its target: 0 at the baseline, 1 at the target (null when the
     * baseline, target or current value is missing, or target equals baseline); achieved null when unknown.
     */
    public record IndicatorProgress(Indicator indicator, BigDecimal progress, Boolean achieved) {

        /** The indicator's progress and whether it is achieved, as section 4 of docs/analysis.md defines them. */
        public static IndicatorProgress of(Indicator i) {
            BigDecimal baseline = i.getBaseline();
            BigDecimal target = i.getTarget();
            BigDecimal current = i.getCurrent();
            BigDecimal progress = null;
            if (baseline != null && target != null && current != null && target.compareTo(baseline) != 0) {
                progress = current.subtract(baseline).divide(target.subtract(baseline), 4, RoundingMode.HALF_UP);
            }
            Boolean achieved = null;
            if (target != null && current != null) {
                boolean atMost = switch (i.getDirection()) {
                    case AT_MOST -> true;
                    case AT_LEAST -> false;
                    default -> baseline != null && target.compareTo(baseline) < 0;
                };
                achieved = atMost ? current.compareTo(target) <= 0 : current.compareTo(target) >= 0;
            }
            return new IndicatorProgress(i, progress, achieved);
        }
    }

    private final int year;
    private final List<Totals> totals;
    private final List<Totals> series;
    private final List<Share<PayerClass>> revenueByPayer;
    private final List<Share<ValueProposition>> revenueByProposition;
    private final List<Share<KeyResource>> costByResource;
    private final List<Share<KeyAction>> costByAction;
    private final List<Share<ValueProposition>> costByProposition;
    private final List<MonetaryElement> oneOffWithoutYear;
    private final List<MonetaryElement> periodNotAssessed;
    private final List<IndicatorProgress> indicators;

    private Economics(Builder b) {
        this.year = b.year;
        this.totals = List.copyOf(b.totals(b.year));
        List<Totals> s = new ArrayList<>();
        for (int y : b.years()) {
            s.addAll(b.totals(y));
        }
        this.series = Collections.unmodifiableList(s);
        this.revenueByPayer = b.byPayer.list();
        this.revenueByProposition = b.revenueByVp.list();
        this.costByResource = b.costByResource.list();
        this.costByAction = b.costByAction.list();
        this.costByProposition = b.costByVp.list();
        this.oneOffWithoutYear = List.copyOf(b.oneOffWithoutYear);
        this.periodNotAssessed = List.copyOf(b.periodNotAssessed);
        this.indicators = List.copyOf(b.indicators);
    }

    /** The money of a cluster in a year under a scenario (its amounts and removals; {@link Scenario#NONE}: as is). */
    public static Economics of(Cluster cluster, int year, Scenario scenario) {
        return new Economics(new Builder(cluster, year, scenario.amounts(), scenario.removed()));
    }

    public int year() {
        return year;
    }

    /** Revenue, cost, balance and coverage of each currency in the analysis year, currencies sorted. */
    public List<Totals> totals() {
        return totals;
    }

    /** The totals of the analysis year in one currency, or null when the model has no money in it. */
    public Totals totals(String currency) {
        return totals.stream().filter(t -> t.currency().equals(currency)).findFirst().orElse(null);
    }

    /**
     * Totals of every currency in every year from the earliest to the latest the model's money mentions (and the
     * analysis year), year by year.
     */
    public List<Totals> series() {
        return series;
    }

    public List<Share<PayerClass>> revenueByPayer() {
        return revenueByPayer;
    }

    /** The state's part of the revenue in one currency, in percent (one decimal), null without revenue. */
    public BigDecimal stateSharePercent(String currency) {
        Totals t = totals(currency);
        if (t == null || t.revenue().signum() == 0) {
            return null;
        }
        BigDecimal state = revenueByPayer.stream()
                .filter(s -> s.key() == PayerClass.STATE && s.currency().equals(currency))
                .map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return state.multiply(BigDecimal.valueOf(100)).divide(t.revenue(), 1, RoundingMode.HALF_UP);
    }

    public List<Share<ValueProposition>> revenueByProposition() {
        return revenueByProposition;
    }

    public List<Share<KeyResource>> costByResource() {
        return costByResource;
    }

    public List<Share<KeyAction>> costByAction() {
        return costByAction;
    }

    /** Costs attributed to value propositions through the actions and resources that cause them. */
    public List<Share<ValueProposition>> costByProposition() {
        return costByProposition;
    }

    /** One-off amounts without a year: in no year's totals. */
    public List<MonetaryElement> oneOffWithoutYear() {
        return oneOffWithoutYear;
    }

    /** Amounts whose period is not assessed, counted as yearly (an assumption, reported). */
    public List<MonetaryElement> periodNotAssessed() {
        return periodNotAssessed;
    }

    public List<IndicatorProgress> indicators() {
        return indicators;
    }

    /** Collects the shares; keys keep their first-seen order, currencies are sorted. */
    private static final class Shares<K> {
        private final Map<String, Map<K, BigDecimal>> byCurrency = new TreeMap<>();

        void add(K key, String currency, BigDecimal amount) {
            byCurrency.computeIfAbsent(currency, c -> new LinkedHashMap<>()).merge(key, amount, BigDecimal::add);
        }

        List<Share<K>> list() {
            List<Share<K>> list = new ArrayList<>();
            byCurrency.forEach((currency, m) -> m.forEach((k, a) -> list.add(new Share<>(k, currency, a))));
            return Collections.unmodifiableList(list);
        }
    }

    private static final class Builder {
        final int year;
        final Map<EObject, BigDecimal> amounts;
        final Set<EObject> removed;
        final List<MonetaryElement> revenues = new ArrayList<>();
        final List<MonetaryElement> costs = new ArrayList<>();
        final Shares<PayerClass> byPayer = new Shares<>();
        final Shares<ValueProposition> revenueByVp = new Shares<>();
        final Shares<KeyResource> costByResource = new Shares<>();
        final Shares<KeyAction> costByAction = new Shares<>();
        final Shares<ValueProposition> costByVp = new Shares<>();
        final List<MonetaryElement> oneOffWithoutYear = new ArrayList<>();
        final List<MonetaryElement> periodNotAssessed = new ArrayList<>();
        final List<IndicatorProgress> indicators = new ArrayList<>();

        Builder(Cluster cluster, int year, Map<EObject, BigDecimal> amounts, Set<EObject> removed) {
            this.year = year;
            this.amounts = amounts;
            this.removed = removed;
            ExternalContour external = cluster.getExternalContour();
            InternalContour internal = cluster.getInternalContour();
            if (external != null) {
                for (RevenueStream r : external.getRevenueStreams()) {
                    if (take(r, revenues)) {
                        revenue(r, inYear(r, year));
                    }
                }
            }
            if (internal != null) {
                for (CostItem c : internal.getCostItems()) {
                    if (take(c, costs)) {
                        cost(c, inYear(c, year));
                    }
                }
            }
            for (Indicator i : cluster.getIndicators()) {
                indicators.add(IndicatorProgress.of(i));
            }
        }

        private boolean take(MonetaryElement m, List<MonetaryElement> into) {
            if (removed.contains(m) || amount(m) == null) {
                return false;
            }
            into.add(m);
            if (m.getPeriod() == AmountPeriod.ONE_OFF && m.getFromYear() == null) {
                oneOffWithoutYear.add(m);
            }
            if (m.getPeriod() == AmountPeriod.UNSPECIFIED) {
                periodNotAssessed.add(m);
            }
            return true;
        }

        BigDecimal amount(MonetaryElement m) {
            BigDecimal changed = amounts.get(m);
            return changed != null ? changed : m.getAmount();
        }

        /** The element's amount in one year: yearly within its years, one-off in its first year, else zero. */
        BigDecimal inYear(MonetaryElement m, int y) {
            Integer from = m.getFromYear();
            Integer to = m.getToYear();
            boolean counts = m.getPeriod() == AmountPeriod.ONE_OFF ? from != null && from == y
                    : (from == null || from <= y) && (to == null || y <= to);
            return counts ? amount(m) : BigDecimal.ZERO;
        }

        private void revenue(RevenueStream r, BigDecimal amount) {
            if (amount.signum() == 0) {
                return;
            }
            String currency = currency(r);
            List<Participant> payers = r.getPayers().stream().filter(p -> !removed.contains(p)).toList();
            if (payers.isEmpty()) {
                byPayer.add(PayerClass.NO_PAYER, currency, amount);
            } else {
                BigDecimal[] parts = split(amount, payers.size());
                for (int i = 0; i < parts.length; i++) {
                    byPayer.add(classOf(payers.get(i)), currency, parts[i]);
                }
            }
            List<ValueProposition> vps = r.getValuePropositions();
            if (vps.isEmpty()) {
                revenueByVp.add(null, currency, amount);
            } else {
                BigDecimal[] parts = split(amount, vps.size());
                for (int i = 0; i < parts.length; i++) {
                    revenueByVp.add(vps.get(i), currency, parts[i]);
                }
            }
        }

        private void cost(CostItem c, BigDecimal amount) {
            if (amount.signum() == 0) {
                return;
            }
            String currency = currency(c);
            List<KeyResource> resources = c.getResources();
            List<KeyAction> actions = c.getActions();
            int causes = resources.size() + actions.size();
            if (causes == 0) {
                costByVp.add(null, currency, amount);
            }
            BigDecimal[] parts = causes == 0 ? new BigDecimal[0] : split(amount, causes);
            BigDecimal toResources = BigDecimal.ZERO;
            BigDecimal toActions = BigDecimal.ZERO;
            for (int i = 0; i < resources.size(); i++) {
                KeyResource r = resources.get(i);
                costByResource.add(r, currency, parts[i]);
                toResources = toResources.add(parts[i]);
                List<KeyAction> supported = r.getSupportedActions();
                if (supported.isEmpty()) {
                    costByVp.add(null, currency, parts[i]);
                } else {
                    BigDecimal[] perAction = split(parts[i], supported.size());
                    for (int k = 0; k < perAction.length; k++) {
                        toPropositions(supported.get(k), currency, perAction[k]);
                    }
                }
            }
            for (int i = 0; i < actions.size(); i++) {
                BigDecimal part = parts[resources.size() + i];
                costByAction.add(actions.get(i), currency, part);
                toActions = toActions.add(part);
                toPropositions(actions.get(i), currency, part);
            }
            // what actions cause is not attributed to a resource, and the other way round
            if (toResources.compareTo(amount) != 0) {
                costByResource.add(null, currency, amount.subtract(toResources));
            }
            if (toActions.compareTo(amount) != 0) {
                costByAction.add(null, currency, amount.subtract(toActions));
            }
        }

        private void toPropositions(KeyAction action, String currency, BigDecimal amount) {
            List<ValueProposition> vps = action.getValuePropositions();
            if (vps.isEmpty()) {
                costByVp.add(null, currency, amount);
                return;
            }
            BigDecimal[] parts = split(amount, vps.size());
            for (int i = 0; i < parts.length; i++) {
                costByVp.add(vps.get(i), currency, parts[i]);
            }
        }

        private static PayerClass classOf(Participant p) {
            if (p.getKind() == ParticipantKind.AUTHORITY || p.getKind() == ParticipantKind.DEVELOPMENT_INSTITUTION) {
                return PayerClass.STATE;
            }
            return p.getMembership() == Membership.MEMBER ? PayerClass.MEMBERS
                    : p.getMembership() == Membership.EXTERNAL ? PayerClass.EXTERNAL : PayerClass.NOT_ASSESSED;
        }

        private static String currency(MonetaryElement m) {
            return m.getCurrency() == null || m.getCurrency().isBlank() ? "" : m.getCurrency().strip();
        }

        /** The years of the series: from the earliest to the latest year named, with the analysis year. */
        Iterable<Integer> years() {
            TreeSet<Integer> named = new TreeSet<>();
            named.add(year);
            for (List<MonetaryElement> list : List.of(revenues, costs)) {
                for (MonetaryElement m : list) {
                    if (m.getFromYear() != null) {
                        named.add(m.getFromYear());
                    }
                    if (m.getToYear() != null) {
                        named.add(m.getToYear());
                    }
                }
            }
            List<Integer> all = new ArrayList<>();
            // at most 30 years either side of the analysis year, whatever a typo in a year says
            for (int y = Math.max(named.first(), year - 30); y <= Math.min(named.last(), year + 30); y++) {
                all.add(y);
            }
            return all;
        }

        List<Totals> totals(int y) {
            Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
            for (MonetaryElement m : revenues) {
                BigDecimal[] rc = byCurrency.computeIfAbsent(currency(m), c -> zero());
                rc[0] = rc[0].add(inYear(m, y));
            }
            for (MonetaryElement m : costs) {
                BigDecimal[] rc = byCurrency.computeIfAbsent(currency(m), c -> zero());
                rc[1] = rc[1].add(inYear(m, y));
            }
            List<Totals> list = new ArrayList<>();
            byCurrency.forEach((c, rc) -> list.add(new Totals(c, y, rc[0], rc[1])));
            return list;
        }

        private static BigDecimal[] zero() {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
        }
    }

    /** {@code amount} in {@code n} equal parts (the last one taking the rounding remainder). */
    static BigDecimal[] split(BigDecimal amount, int n) {
        BigDecimal[] parts = new BigDecimal[n];
        if (n == 1) {
            parts[0] = amount;
            return parts;
        }
        BigDecimal part = amount.divide(BigDecimal.valueOf(n), Math.max(2, amount.scale()), RoundingMode.DOWN);
        BigDecimal rest = amount;
        for (int i = 0; i < n - 1; i++) {
            parts[i] = part;
            rest = rest.subtract(part);
        }
        parts[n - 1] = rest;
        return parts;
    }
}

package org.stic.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.stic.Channel;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.ExternalContour;
import org.stic.Interaction;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.Partnership;
import org.stic.Relationship;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.ValueProposition;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.Coverage;
import org.stic.analysis.Scenario;
import org.stic.diagram.Decoration;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.DiagramState;
import org.stic.diagram.View;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.report.Report.Diagram;
import org.stic.report.Report.Fact;
import org.stic.report.Report.Row;
import org.stic.report.Report.Section;
import org.stic.report.Report.Table;
import org.stic.report.Report.TitlePage;
import org.stic.validation.Finding;
import org.stic.validation.Rule;
import org.stic.validation.RuleCatalogue;
import org.stic.validation.Severity;

/** Turns a cluster, its validation findings and its diagrams into the format-free {@link Report}. */
public final class ReportBuilder {

    /** The views a report shows, in this order: the overview first, then each contour and the network. */
    public static final List<View> VIEWS = List.of(View.BOTH, View.INTERNAL, View.EXTERNAL, View.NETWORK);

    /**
     * Above this many elements a diagram is left out of the report: on a printed page its labels could not be read,
     * and its layout would cost most of the report's time; {@code stic render} still draws it.
     */
    public static final int MAX_DIAGRAM_ELEMENTS = 400;

    private ReportBuilder() {
    }

    /**
     * @param sourceName how the report names the model file (its file name)
     * @param findings   the model's findings, shown in their own section and as badges on the diagrams
     * @param state      the diagrams as the team arranged them in the diagram editor (empty: automatic layout)
     */
    public static Report build(Cluster cluster, String sourceName, LocalDate date, List<Finding> findings,
            RuleCatalogue catalogue, DiagramState state) {
        return build(cluster, sourceName, date, findings, catalogue, state, List.of());
    }

    /** The same, with a section comparing each what-if scenario with the model as it is (analysed in the date's year). */
    public static Report build(Cluster cluster, String sourceName, LocalDate date, List<Finding> findings,
            RuleCatalogue catalogue, DiagramState state, List<Scenario> scenarios) {
        AnalysisResult analysis = Analysis.of(cluster, new AnalysisOptions(date.getYear()));
        List<Section> sections = new ArrayList<>();
        InternalContour internal = cluster.getInternalContour();
        ExternalContour external = cluster.getExternalContour();
        sections.add(new Section("internal", "Internal contour",
                "The cluster's readiness to serve its consumers: key resources, key actions, partnerships and costs.",
                internal == null ? List.of() : internalTables(internal)));
        sections.add(new Section("external", "External contour",
                "The side facing the cluster's consumers, its innovation-generating participants.",
                external == null ? List.of() : externalTables(external)));
        sections.add(new Section("network", "Participants and their network interaction", "",
                networkTables(cluster)));
        sections.addAll(AnalysisSections.all(analysis, scenarios.stream().map(analysis::under).toList()));
        sections.add(findingsSection(findings, catalogue));
        return new Report(titlePage(cluster, sourceName, date, analysis, findings), diagrams(cluster, sourceName, findings, state),
                List.copyOf(sections), generator());
    }

    /** "STIC Workbench 0.1.0", from this bundle's version. */
    static String generator() {
        Bundle bundle = FrameworkUtil.getBundle(ReportBuilder.class);
        Version v = bundle == null ? Version.emptyVersion : bundle.getVersion();
        return "STIC Workbench " + v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }

    private static TitlePage titlePage(Cluster c, String sourceName, LocalDate date, AnalysisResult analysis,
            List<Finding> findings) {
        List<Fact> facts = List.of(
                new Fact("Sector", Labels.text(c.getSector())),
                new Fact("Territory", Labels.text(c.getTerritory())),
                new Fact("Specialisation", Labels.text(c.getSpecialisation())),
                new Fact("Development stage", Labels.literal(c.getDevelopmentStage())),
                new Fact("Purpose", Labels.text(c.getPurpose())),
                new Fact("Model version", Labels.text(c.getModelVersion())),
                new Fact("Report date", date.toString()),
                new Fact("Model file", sourceName));
        Coverage total = analysis.total();
        Map<Severity, Long> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s, findings.stream().filter(f -> f.severity() == s).count());
        }
        List<Fact> figures = List.of(
                new Fact("Participants", Integer.toString(c.getParticipants().size())),
                new Fact("Interactions", Integer.toString(c.getInteractions().size())),
                new Fact("Segment needs ready", total.ready() + " of " + total.needs()
                        + (total.needs() == 0 ? "" : " (" + total.readyPercent() + "%)")),
                new Fact("Validation findings", count(bySeverity.get(Severity.ERROR), "error", "errors") + ", "
                        + count(bySeverity.get(Severity.WARNING), "warning", "warnings") + ", "
                        + bySeverity.get(Severity.INFO) + " information"));
        return new TitlePage(Labels.name(c), facts, figures);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static List<Diagram> diagrams(Cluster cluster, String sourceName, List<Finding> findings,
            DiagramState state) {
        List<Decoration> decorations = findings.stream()
                .map(f -> new Decoration(f.element(), f.severity().label(), f.ruleId(), f.message()))
                .toList();
        List<Diagram> diagrams = new ArrayList<>();
        for (View view : VIEWS) {
            // synthesis is cheap; the layout is what a too large view must not pay for
            Scene scene = SceneBuilder.build(cluster, view, decorations, state.collapsed(view),
                    state.resolveHidden(view, cluster.eResource()));
            int elements = scene.nodes().size();
            String anchor = "diagram-" + view.id();
            if (elements > MAX_DIAGRAM_ELEMENTS) {
                diagrams.add(new Diagram(anchor, view.title(), null, "This view has " + elements
                        + " elements, more than a page can show legibly (the report draws up to "
                        + MAX_DIAGRAM_ELEMENTS + "). Draw it with: stic render " + sourceName + " --view "
                        + view.id() + " --format svg -o " + view.id() + ".svg"));
            } else {
                DiagramLayout.layout(scene);
                DiagramLayout.applyManual(scene, state.resolve(view, cluster.eResource()));
                diagrams.add(new Diagram(anchor, view.title(), scene, ""));
            }
        }
        return List.copyOf(diagrams);
    }

    private static List<Table> internalTables(InternalContour ic) {
        return List.of(
                table("Key resources", "", ic.getKeyResources(),
                        List.of("Key resource", "Kind", "Capacity", "Provided by", "Supports", "Description"),
                        (KeyResource r) -> List.of(Labels.name(r), Labels.literal(r.getKind()),
                                Labels.text(r.getCapacity()), Labels.names(r.getProviders()),
                                Labels.names(r.getSupportedActions()), Labels.text(r.getDescription()))),
                table("Key actions", "", ic.getKeyActions(),
                        List.of("Key action", "Kind", "Performed by", "Supporting resources", "Delivers",
                                "Description"),
                        (KeyAction a) -> List.of(Labels.name(a), Labels.literal(a.getKind()),
                                Labels.names(a.getPerformers()), Labels.names(a.getSupportingResources()),
                                Labels.names(a.getValuePropositions()), Labels.text(a.getDescription()))),
                table("Partnerships", "", ic.getPartnerships(),
                        List.of("Partnership", "Kind", "Partners", "Provides", "Performs", "Contribution"),
                        (Partnership p) -> List.of(Labels.name(p), Labels.literal(p.getKind()),
                                Labels.names(p.getPartners()), Labels.names(p.getResources()),
                                Labels.names(p.getActions()), Labels.text(p.getContribution()))),
                table("Cost items", "", ic.getCostItems(),
                        List.of("Cost item", "Kind", "Amount", "Resources", "Actions", "Description"),
                        (CostItem c) -> List.of(Labels.name(c), Labels.literal(c.getKind()),
                                Labels.amount(c.getAmount(), c.getCurrency()), Labels.names(c.getResources()),
                                Labels.names(c.getActions()), Labels.text(c.getDescription()))));
    }

    private static List<Table> externalTables(ExternalContour ec) {
        List<SegmentNeed> needs = ec.getSegments().stream().flatMap(s -> s.getNeeds().stream()).toList();
        return List.of(
                table("Segments", "", ec.getSegments(),
                        List.of("Segment", "Criteria", "Members", "Needs", "Description"),
                        (Segment s) -> List.of(Labels.name(s), Labels.text(s.getCriteria()),
                                Labels.names(s.getMembers()), Labels.names(s.getNeeds()),
                                Labels.text(s.getDescription()))),
                table("Segment needs", "", needs,
                        List.of("Need", "Segment", "Priority", "Covered by", "Description"),
                        (SegmentNeed n) -> List.of(Labels.name(n), Labels.name(n.eContainer()),
                                Labels.literal(n.getPriority()), Labels.names(n.getValuePropositions()),
                                Labels.text(n.getDescription()))),
                table("Value propositions", "", ec.getValuePropositions(),
                        List.of("Value proposition", "Addresses", "Covers needs", "Delivered by", "Description"),
                        (ValueProposition v) -> List.of(Labels.name(v), Labels.names(v.getSegments()),
                                Labels.names(v.getNeeds()), Labels.names(v.getKeyActions()),
                                Labels.text(v.getDescription()))),
                table("Channels", "", ec.getChannels(),
                        List.of("Channel", "Kind", "Serves", "Description"),
                        (Channel c) -> List.of(Labels.name(c), Labels.literal(c.getKind()),
                                Labels.names(c.getSegments()), Labels.text(c.getDescription()))),
                table("Relationships", "", ec.getRelationships(),
                        List.of("Relationship", "Kind", "With", "Description"),
                        (Relationship r) -> List.of(Labels.name(r), Labels.literal(r.getKind()),
                                Labels.names(r.getSegments()), Labels.text(r.getDescription()))),
                table("Revenue streams", "", ec.getRevenueStreams(),
                        List.of("Revenue stream", "Kind", "Amount", "From segments", "Description"),
                        (RevenueStream r) -> List.of(Labels.name(r), Labels.literal(r.getKind()),
                                Labels.amount(r.getAmount(), r.getCurrency()), Labels.names(r.getSegments()),
                                Labels.text(r.getDescription()))));
    }

    private static List<Table> networkTables(Cluster c) {
        return List.of(
                table("Participants", "", c.getParticipants(),
                        List.of("Participant", "Kind", "Roles", "Location", "Description"),
                        (Participant p) -> List.of(Labels.name(p), Labels.literal(p.getKind()),
                                Labels.literals(p.getRoles()), Labels.text(p.getLocation()),
                                Labels.text(p.getDescription()))),
                table("Interactions", "", c.getInteractions(),
                        List.of("From", "To", "Kind", "Direction", "Intensity", "Description"),
                        (Interaction i) -> List.of(nameOrNone(i.getSource()), nameOrNone(i.getTarget()),
                                Labels.literal(i.getKind()), Labels.literal(i.getDirection()),
                                Labels.literal(i.getIntensity()), Labels.text(i.getDescription()))));
    }

    private static String nameOrNone(Participant p) {
        return p == null ? Labels.NONE : Labels.name(p);
    }

    private static Section findingsSection(List<Finding> findings, RuleCatalogue catalogue) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        findings.stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId))
                .forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
        List<Row> summary = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
            String id = e.getKey();
            Severity severity = e.getValue().get(0).severity();
            Rule rule = catalogue.rule(id).orElse(null);
            String title = rule == null ? id : catalogue.title(rule);
            summary.add(new Row(severity.label(), List.of(id, severity.label(),
                    rule == null ? Labels.NONE : rule.category().label(), title,
                    Integer.toString(e.getValue().size()))));
            tables.add(table(id + " · " + severity.label() + " · " + title,
                    rule == null ? "" : rule.rationale(), e.getValue(),
                    List.of("Element", "Where", "Finding"),
                    (Finding f) -> List.of(f.label(), f.path(), f.message()), f -> f.severity().label()));
        }
        tables.add(0, new Table("Findings by rule",
                findings.isEmpty() ? "The model breaks none of the " + catalogue.rules().size() + " rules." : "",
                List.of("Rule", "Severity", "Category", "Checks", "Findings"), summary));
        return new Section("findings", "Validation findings",
                "The methodological checks of the STIC rule catalogue, grouped by rule, errors first.",
                List.copyOf(tables));
    }

    private static <T> Table table(String title, String note, List<T> items, List<String> columns,
            Function<T, List<String>> cells) {
        return table(title, note, items, columns, cells, item -> "");
    }

    static <T> Table table(String title, String note, List<T> items, List<String> columns,
            Function<T, List<String>> cells, Function<T, String> kind) {
        List<Row> rows = new ArrayList<>(items.size());
        for (T item : items) {
            rows.add(new Row(kind.apply(item), cells.apply(item)));
        }
        return new Table(title, note, columns, rows);
    }
}

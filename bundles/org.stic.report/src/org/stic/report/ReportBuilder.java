package org.stic.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.Collection;
import java.math.BigDecimal;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.stic.AmountPeriod;
import org.stic.AvailabilityStatus;
import org.stic.Channel;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.Element;
import org.stic.ExternalContour;
import org.stic.Indicator;
import org.stic.Interaction;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.MonetaryElement;
import org.stic.Participant;
import org.stic.Partnership;
import org.stic.QuantityUnit;
import org.stic.Relationship;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.TargetDirection;
import org.stic.ValueProposition;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.Coverage;
import org.stic.analysis.Scenario;
import org.stic.diagram.Decoration;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.DiagramState;
import org.stic.diagram.LayoutOptions;
import org.stic.diagram.LayoutStrategy;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
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
import org.stic.validation.RuleSettings;
import org.stic.validation.Severity;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;
import org.stic.SticPackage;

/**
 * Turns a cluster, its validation findings and its diagrams into the format-free {@link Report}, in one language: the
 * report's own texts from {@code messages.properties} (and its Russian variant), the names of the metamodel from the
 * {@link Vocabulary}, dates, numbers and money as the {@link Language} writes them.
 */
public final class ReportBuilder {

    /** The views a report shows, in this order: the overview first, then each contour and the network. */
    /** The canvas first: the one a reader takes in at a glance, and the one that fits a page. */
    public static final List<View> VIEWS = List.of(View.CANVAS, View.BOTH, View.INTERNAL, View.EXTERNAL, View.NETWORK);

    /** The canvas is laid out in linear time and printed in parts when large: its own, higher limit. */
    public static final int MAX_CANVAS_ELEMENTS = 2_000;

    /**
     * Above this many elements a diagram is left out of the report: on a printed page its labels could not be read,
     * and its layout would cost most of the report's time; {@code stic render} still draws it.
     */
    public static final int MAX_DIAGRAM_ELEMENTS = 400;

    /**
     * A view that ELK layered (the automatic choice up to {@link LayoutStrategy#LAYERED_MAX_NODES} nodes) lays out on
     * more printed A4 parts than this is drawn as the grid of groups instead, when that takes fewer pages (and the team
     * has not arranged the view by hand). The bundled examples' views take at most 16 parts, so keep layered's picture.
     */
    public static final int MAX_LAYERED_PARTS = 24;

    private static final SticPackage P = SticPackage.eINSTANCE;

    private final Language language;
    private final Vocabulary vocabulary;
    private final String none;

    private ReportBuilder(Language language) {
        this.language = language;
        this.vocabulary = Vocabulary.of(language);
        this.none = Messages.get(language, "none");
    }

    /** As {@link #build(Cluster, String, LocalDate, List, RuleCatalogue, DiagramState, Language)} in the JVM's language. */
    public static Report build(Cluster cluster, String sourceName, LocalDate date, List<Finding> findings,
            RuleCatalogue catalogue, DiagramState state) {
        return build(cluster, sourceName, date, findings, catalogue, state, Language.current());
    }

    /**
     * @param sourceName how the report names the model file (its file name)
     * @param findings   the findings of the model's rules, shown in their own section and as badges on the diagrams
     *                   (the analysis findings are the report's own, in the analysis sections and on the diagrams)
     * @param state      the diagrams as the team arranged them in the diagram editor (empty: automatic layout)
     * @param language   the language of the report's texts (the findings' messages come in theirs)
     */
    public static Report build(Cluster cluster, String sourceName, LocalDate date, List<Finding> findings,
            RuleCatalogue catalogue, DiagramState state, Language language) {
        return build(cluster, sourceName, date, findings, catalogue, state, language, List.of());
    }

    /** The same, with a section comparing each what-if scenario with the model as it is (analysed in the date's year). */
    public static Report build(Cluster cluster, String sourceName, LocalDate date, List<Finding> findings,
            RuleCatalogue catalogue, DiagramState state, Language language, List<Scenario> scenarios) {
        return build(cluster, sourceName, date, findings, catalogue, state, language, scenarios,
                RuleSettings.defaults());
    }

    /**
     * The same under the model's rule settings, which switch off or re-grade the analysis findings (ANA-nnn) in the
     * analysis findings table and on the diagrams as they do the rules' ({@code findings} come already rated).
     */
    public static Report build(Cluster cluster, String sourceName, LocalDate date, List<Finding> findings,
            RuleCatalogue catalogue, DiagramState state, Language language, List<Scenario> scenarios,
            RuleSettings settings) {
        return new ReportBuilder(language).report(cluster, sourceName, date, findings, catalogue, state, scenarios,
                settings);
    }

    private Report report(Cluster cluster, String sourceName, LocalDate date, List<Finding> findings,
            RuleCatalogue catalogue, DiagramState state, List<Scenario> scenarios, RuleSettings settings) {
        AnalysisResult analysis = Analysis.of(cluster, new AnalysisOptions(date.getYear()));
        List<Finding> analysisFindings = RatedAnalysisFindings.of(analysis, settings, language);
        List<Section> sections = new ArrayList<>();
        InternalContour internal = cluster.getInternalContour();
        ExternalContour external = cluster.getExternalContour();
        sections.add(new Section("internal", vocabulary.type(P.getInternalContour()), text("section.internal.intro"),
                internal == null ? List.of() : internalTables(internal)));
        sections.add(new Section("external", vocabulary.type(P.getExternalContour()), text("section.external.intro"),
                external == null ? List.of() : externalTables(external)));
        sections.add(new Section("network", text("section.network"), "", networkTables(cluster)));
        sections.add(new Section("goals", text("section.goals"), text("section.goals.intro"), goalsTables(cluster)));
        sections.addAll(new AnalysisSections(language).all(analysis,
                scenarios.stream().map(analysis::under).toList(), analysisFindings));
        sections.add(findingsSection(findings, catalogue));
        return new Report(titlePage(cluster, sourceName, date, analysis, findings, analysisFindings),
                diagrams(cluster, sourceName, badged(findings, analysisFindings), state), List.copyOf(sections), generator(), language.code(),
                chrome(language));
    }

    /** The findings the diagrams carry as badges: the rules', then the analysis' (each on an element). */
    private static List<Finding> badged(List<Finding> findings, List<Finding> analysisFindings) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(analysisFindings);
        return all.stream().filter(f -> f.element() != null).toList();
    }

    /** The fixed texts of the report's layout (headings, footer), by the keys the HTML template uses. */
    static Map<String, String> chrome(Language language) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : List.of("kind", "contents", "diagrams", "diagrams.intro", "empty", "part")) {
            texts.put(key, Messages.get(language, "chrome." + key));
        }
        texts.put("generatedBy", Messages.get(language, "chrome.generatedBy", generator()));
        return Map.copyOf(texts);
    }

    /** "STIC Workbench 0.1.0", from this bundle's version. */
    static String generator() {
        Bundle bundle = FrameworkUtil.getBundle(ReportBuilder.class);
        Version v = bundle == null ? Version.emptyVersion : bundle.getVersion();
        return "STIC Workbench " + v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }

    private TitlePage titlePage(Cluster c, String sourceName, LocalDate date, AnalysisResult analysis,
            List<Finding> findings, List<Finding> analysisFindings) {
        List<Fact> facts = List.of(
                new Fact(feature(P.getCluster_Sector()), plain(c.getSector())),
                new Fact(feature(P.getCluster_Territory()), plain(c.getTerritory())),
                new Fact(feature(P.getCluster_Specialisation()), plain(c.getSpecialisation())),
                new Fact(feature(P.getCluster_DevelopmentStage()), literal(c.getDevelopmentStage())),
                new Fact(feature(P.getCluster_Purpose()), plain(c.getPurpose())),
                new Fact(feature(P.getCluster_ModelVersion()), plain(c.getModelVersion())),
                new Fact(text("fact.reportDate"), language.date(date)),
                new Fact(text("fact.modelFile"), sourceName));
        Coverage total = analysis.total();
        List<Fact> figures = List.of(
                new Fact(vocabulary.types(P.getParticipant()), number(c.getParticipants().size())),
                new Fact(vocabulary.types(P.getInteraction()), number(c.getInteractions().size())),
                new Fact(text("fact.needsReady"), total.needs() == 0 ? text("fact.needsReady.value", number(total.ready()),
                        number(total.needs())) : text("fact.needsReady.share", number(total.ready()),
                                number(total.needs()), number(total.readyPercent()))),
                new Fact(text("fact.findings"), countsBySeverity(findings)),
                new Fact(text("fact.analysisFindings"), countsBySeverity(analysisFindings)));
        return new TitlePage(name(c), facts, figures);
    }

    /** "0 errors, 3 warnings, 1 information": the findings counted by the severity they are shown at. */
    private String countsBySeverity(List<Finding> findings) {
        Map<Severity, Long> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s, findings.stream().filter(f -> f.severity() == s).count());
        }
        return String.join(", ", Messages.count(language, "count.errors", bySeverity.get(Severity.ERROR)),
                Messages.count(language, "count.warnings", bySeverity.get(Severity.WARNING)),
                Messages.count(language, "count.infos", bySeverity.get(Severity.INFO)));
    }

    /** What the report says about a diagram printed on more than one A4 page: empty when it fits one. */
    private String pagesNote(DiagramPages pages) {
        return switch (pages.kind()) {
            case A4 -> "";
            case A3 -> text("diagram.pages.a3", number((long) DiagramPages.MIN_TEXT_POINTS));
            case PARTS -> text("diagram.pages.parts", number(pages.parts().size()), number(pages.columns()),
                    number(pages.rows()), number((long) DiagramPages.MIN_TEXT_POINTS));
        };
    }

    private List<Diagram> diagrams(Cluster cluster, String sourceName, List<Finding> findings, DiagramState state) {
        List<Decoration> decorations = findings.stream()
                .map(f -> new Decoration(f.element(), f.severity().label(), f.ruleId(), f.message()))
                .toList();
        List<Diagram> diagrams = new ArrayList<>();
        for (View view : VIEWS) {
            // synthesis is cheap; the layout is what a too large view must not pay for
            Scene scene = synthesize(cluster, view, decorations, state);
            int elements = scene.nodes().size();
            String anchor = "diagram-" + view.id();
            String title = view.title(language);
            int limit = view == View.CANVAS ? MAX_CANVAS_ELEMENTS : MAX_DIAGRAM_ELEMENTS;
            if (elements > limit) {
                diagrams.add(new Diagram(anchor, title, null, text("diagram.tooLarge", number(elements),
                        number(limit), "stic render " + sourceName + " --view " + view.id()
                                + " --format svg -o " + view.id() + ".svg"), null));
            } else {
                Map<EObject, Bounds> manual = state.resolve(view, cluster.eResource());
                DiagramLayout.layout(scene);
                DiagramLayout.applyManual(scene, manual);
                DiagramPages pages = DiagramPages.of(scene);
                String note = pagesNote(pages);
                if (view != View.CANVAS && LayoutStrategy.AUTO.resolve(scene) == LayoutStrategy.GRID) {
                    note = joined(text("diagram.gridBySize", number(LayoutStrategy.LAYERED_MAX_NODES)), note);
                }
                if (view != View.CANVAS && manual.isEmpty() && pages.parts().size() > MAX_LAYERED_PARTS
                        && LayoutStrategy.AUTO.resolve(scene) == LayoutStrategy.LAYERED) {
                    // layered's sheet of a mid-size view is mostly empty: the grid of groups prints it on fewer pages
                    Scene grid = synthesize(cluster, view, decorations, state);
                    DiagramLayout.layout(grid, LayoutOptions.defaults().with(LayoutStrategy.GRID));
                    DiagramPages gridPages = DiagramPages.of(grid);
                    if (gridPages.parts().size() < pages.parts().size()) {
                        note = joined(Messages.count(language, "diagram.grid", gridPages.parts().size(),
                                number(pages.parts().size())), pagesNote(gridPages));
                        scene = grid;
                        pages = gridPages;
                    }
                }
                diagrams.add(new Diagram(anchor, title, scene, note, pages));
            }
        }
        return List.copyOf(diagrams);
    }

    /** Two sentences of a note, the second possibly empty. */
    private static String joined(String first, String second) {
        return second.isEmpty() ? first : first + " " + second;
    }

    private Scene synthesize(Cluster cluster, View view, List<Decoration> decorations, DiagramState state) {
        return SceneBuilder.build(cluster, view, decorations, state.collapsed(view),
                state.resolveHidden(view, cluster.eResource()), language, state.canvasLinks(), state.collapsedBlocks());
    }

    private List<Table> internalTables(InternalContour ic) {
        return List.of(
                table(P.getKeyResource(), ic.getKeyResources(),
                        columns(P.getKeyResource(), P.getKeyResource_Kind(), P.getKeyResource_Status(),
                                P.getKeyResource_Capacity(), P.getKeyResource_Providers(),
                                P.getKeyResource_SupportedActions(), P.getElement_Description()),
                        (KeyResource r) -> List.of(name(r), literal(r.getKind()),
                                status(r.getStatus(), r.getAvailableFrom()),
                                quantity(r.getCapacity(), r.getCapacityUnit(), r.getCapacityNote()),
                                names(r.getProviders()), names(r.getSupportedActions()), plain(r.getDescription()))),
                table(P.getKeyAction(), ic.getKeyActions(),
                        columns(P.getKeyAction(), P.getKeyAction_Kind(), P.getKeyAction_Status(),
                                P.getKeyAction_Performers(), P.getKeyAction_SupportingResources(),
                                P.getKeyAction_ValuePropositions(), P.getElement_Description()),
                        (KeyAction a) -> List.of(name(a), literal(a.getKind()), status(a.getStatus(), a.getAvailableFrom()),
                                names(a.getPerformers()),
                                names(a.getSupportingResources()), names(a.getValuePropositions()),
                                plain(a.getDescription()))),
                table(P.getPartnership(), ic.getPartnerships(),
                        columns(P.getPartnership(), P.getPartnership_Kind(), P.getPartnership_Partners(),
                                P.getPartnership_Resources(), P.getPartnership_Actions(),
                                P.getPartnership_Contribution()),
                        (Partnership p) -> List.of(name(p), literal(p.getKind()), names(p.getPartners()),
                                names(p.getResources()), names(p.getActions()), plain(p.getContribution()))),
                table(P.getCostItem(), ic.getCostItems(),
                        columns(P.getCostItem(), P.getCostItem_Kind(), P.getCostItem_Nature(),
                                P.getMonetaryElement_Amount(), P.getCostItem_Resources(), P.getCostItem_Actions(),
                                P.getElement_Description()),
                        (CostItem c) -> List.of(name(c), literal(c.getKind()), literal(c.getNature()), money(c),
                                names(c.getResources()), names(c.getActions()), plain(c.getDescription()))));
    }

    private List<Table> externalTables(ExternalContour ec) {
        List<SegmentNeed> needs = ec.getSegments().stream().flatMap(s -> s.getNeeds().stream()).toList();
        return List.of(
                table(P.getSegment(), ec.getSegments(),
                        columns(P.getSegment(), P.getSegment_Criteria(), P.getSegment_Members(), P.getSegment_Needs(),
                                P.getElement_Description()),
                        (Segment s) -> List.of(name(s), plain(s.getCriteria()), names(s.getMembers()),
                                names(s.getNeeds()), plain(s.getDescription()))),
                table(P.getSegmentNeed(), needs,
                        columns(P.getSegmentNeed(), P.getSegment(), P.getSegmentNeed_Priority(),
                                P.getSegmentNeed_Demand(), P.getSegmentNeed_ValuePropositions(),
                                P.getElement_Description()),
                        (SegmentNeed n) -> List.of(name(n), name(n.eContainer()), literal(n.getPriority()),
                                quantity(n.getDemand(), n.getDemandUnit(), null),
                                names(n.getValuePropositions()), plain(n.getDescription()))),
                table(P.getValueProposition(), ec.getValuePropositions(),
                        columns(P.getValueProposition(), P.getValueProposition_Segments(),
                                P.getValueProposition_Needs(), P.getValueProposition_KeyActions(),
                                P.getElement_Description()),
                        (ValueProposition v) -> List.of(name(v), names(v.getSegments()), names(v.getNeeds()),
                                names(v.getKeyActions()), plain(v.getDescription()))),
                table(P.getChannel(), ec.getChannels(),
                        columns(P.getChannel(), P.getChannel_Kind(), P.getChannel_Segments(),
                                P.getChannel_ValuePropositions(), P.getElement_Description()),
                        (Channel c) -> List.of(name(c), literal(c.getKind()), names(c.getSegments()),
                                names(c.getValuePropositions()), plain(c.getDescription()))),
                table(P.getRelationship(), ec.getRelationships(),
                        columns(P.getRelationship(), P.getRelationship_Kind(), P.getRelationship_Segments(),
                                P.getElement_Description()),
                        (Relationship r) -> List.of(name(r), literal(r.getKind()), names(r.getSegments()),
                                plain(r.getDescription()))),
                table(P.getRevenueStream(), ec.getRevenueStreams(),
                        columns(P.getRevenueStream(), P.getRevenueStream_Kind(), P.getMonetaryElement_Amount(),
                                P.getRevenueStream_Payers(), P.getRevenueStream_Segments(),
                                P.getRevenueStream_ValuePropositions(), P.getElement_Description()),
                        (RevenueStream r) -> List.of(name(r), literal(r.getKind()), money(r), names(r.getPayers()),
                                names(r.getSegments()), names(r.getValuePropositions()), plain(r.getDescription()))));
    }

    private List<Table> networkTables(Cluster c) {
        return List.of(
                table(P.getParticipant(), c.getParticipants(),
                        columns(P.getParticipant(), P.getParticipant_Kind(), P.getParticipant_Membership(),
                                P.getParticipant_Roles(), P.getParticipant_Location(), P.getElement_Description()),
                        (Participant p) -> List.of(name(p), literal(p.getKind()), literal(p.getMembership()),
                                literals(p.getRoles()),
                                plain(p.getLocation()), plain(p.getDescription()))),
                table(P.getInteraction(), c.getInteractions(),
                        columns(P.getInteraction_Source(), P.getInteraction_Target(), P.getInteraction_Kind(),
                                P.getInteraction_Direction(), P.getInteraction_Intensity(), P.getElement_Description()),
                        (Interaction i) -> List.of(nameOrNone(i.getSource()), nameOrNone(i.getTarget()),
                                literal(i.getKind()), literal(i.getDirection()), literal(i.getIntensity()),
                                plain(i.getDescription()))));
    }

    /** The cluster's indicators, and where the model's facts come from (cited, or marked illustrative). */
    private List<Table> goalsTables(Cluster c) {
        List<Element> sourced = new ArrayList<>();
        if (c.getCitation() != null && !c.getCitation().isBlank() || c.isIllustrative()) {
            sourced.add(c);
        }
        c.eAllContents().forEachRemaining(o -> {
            if (o instanceof Element e && (e.getCitation() != null && !e.getCitation().isBlank() || e.isIllustrative())) {
                sourced.add(e);
            }
        });
        return List.of(
                table(P.getIndicator(), c.getIndicators(),
                        columns(P.getIndicator(), P.getIndicator_Measures(), P.getIndicator_Baseline(),
                                P.getIndicator_Target(), P.getIndicator_Current(), P.getElement_Citation()),
                        (Indicator i) -> List.of(name(i), names(i.getMeasures()),
                                valueIn(i.getBaseline(), i.getUnit(), i.getBaselineYear(), null),
                                valueIn(i.getTarget(), i.getUnit(), i.getTargetYear(), i.getDirection()),
                                valueIn(i.getCurrent(), i.getUnit(), i.getCurrentYear(), null), plain(i.getCitation()))),
                table(text("sources"), text("sources.note"), sourced,
                        columns(P.getElement(), P.getElement_Citation(), P.getElement_Illustrative()),
                        (Element e) -> List.of(vocabulary.typed(e), plain(e.getCitation()),
                                e.isIllustrative() ? text("sources.illustrative") : none)));
    }

    /** "не менее 50 % (2030)": an indicator's value with its direction, unit and year. */
    private String valueIn(BigDecimal value, QuantityUnit unit, Integer year, TargetDirection direction) {
        if (value == null) {
            return none;
        }
        String prefix = direction == null || direction == TargetDirection.UNSPECIFIED ? "" : literal(direction) + " ";
        return prefix + quantity(value, unit, null) + (year == null ? "" : " (" + year + ")");
    }

    /** "planned from 2028", "available": an availability status with its year. */
    private String status(AvailabilityStatus status, Integer from) {
        if (status == null || status == AvailabilityStatus.UNSPECIFIED) {
            return none;
        }
        return status == AvailabilityStatus.PLANNED && from != null ? text("status.plannedFrom", literal(status), String.valueOf(from))
                : literal(status);
    }

    private String nameOrNone(Participant p) {
        return p == null ? none : name(p);
    }

    private Section findingsSection(List<Finding> findings, RuleCatalogue catalogue) {
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
            String title = rule == null ? id : catalogue.title(rule, language);
            String severityText = text("severity." + severity.label());
            summary.add(new Row(severity.label(), List.of(id, severityText,
                    rule == null ? none : text("category." + rule.category().name()), title,
                    number(e.getValue().size()))));
            tables.add(table(id + " · " + severityText + " · " + title,
                    rule == null ? "" : catalogue.rationale(rule, language), e.getValue(),
                    List.of(text("findings.column.element"), text("findings.column.where"),
                            text("findings.column.finding")),
                    (Finding f) -> List.of(f.label(vocabulary), f.path(vocabulary), f.message()),
                    f -> f.severity().label()));
        }
        tables.add(0, new Table(text("findings.byRule"),
                findings.isEmpty() ? Messages.count(language, "findings.none", catalogue.rules().size()) : "",
                List.of(text("findings.column.rule"), text("findings.column.severity"),
                        text("findings.column.category"), text("findings.column.checks"),
                        text("findings.column.findings")),
                summary));
        return new Section("findings", text("findings"), text("findings.intro"), List.copyOf(tables));
    }

    /** A catalogue of one class: titled by its plural name. */
    private <T> Table table(EClass type, List<T> items, List<String> columns, Function<T, List<String>> cells) {
        return table(vocabulary.types(type), "", items, columns, cells, item -> "");
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

    /** Column headings: a class stands for the element's own name column, a feature for its values. */
    private List<String> columns(Object... heads) {
        List<String> columns = new ArrayList<>(heads.length);
        for (Object head : heads) {
            columns.add(head instanceof EClass c ? vocabulary.typeInSentence(c)
                    : vocabulary.feature((EStructuralFeature) head));
        }
        return columns;
    }

    private String feature(EStructuralFeature feature) {
        return vocabulary.feature(feature);
    }

    private String text(String key, Object... arguments) {
        return Messages.get(language, key, arguments);
    }

    private String name(EObject element) {
        return element == null ? none : vocabulary.label(element);
    }

    private String names(Collection<? extends EObject> elements) {
        return elements.isEmpty() ? none : elements.stream().map(this::name).collect(Collectors.joining(", "));
    }

    private String literal(Enumerator value) {
        return value == null ? none : vocabulary.literal(value);
    }

    private String literals(Collection<? extends Enumerator> values) {
        return values.isEmpty() ? none : vocabulary.literals(values);
    }

    /** A model text as written; the dash for an empty one, so that a blank cell never looks like a fault. */
    private String plain(String value) {
        return value == null || value.isBlank() ? none : value.strip();
    }

    private String amount(BigDecimal amount, String currency) {
        return amount == null ? none : language.money(amount, currency);
    }

    /** An amount with its period and years: "1 000 000 ₽, в год, 2013–2020"; an open end is "…". */
    private String money(MonetaryElement money) {
        if (money.getAmount() == null) {
            return none;
        }
        StringBuilder text = new StringBuilder(amount(money.getAmount(), money.getCurrency()));
        if (money.getPeriod() != AmountPeriod.UNSPECIFIED) {
            text.append(", ").append(literal(money.getPeriod()));
        }
        Integer from = money.getFromYear();
        Integer to = money.getToYear();
        if (from != null || to != null) {
            text.append(", ").append(from == null ? "…" : from);
            if (money.getPeriod() != AmountPeriod.ONE_OFF && !Objects.equals(from, to)) {
                text.append("–").append(to == null ? "…" : to);
            }
        }
        return text.toString();
    }

    /** A quantity in its unit ("400 м²"), the note in brackets; the note alone when there is no number. */
    private String quantity(BigDecimal value, QuantityUnit unit, String note) {
        if (value == null) {
            return plain(note);
        }
        String unitText = unit == QuantityUnit.UNSPECIFIED ? "" : " " + literal(unit);
        return language.number(value) + unitText + (note == null || note.isBlank() ? "" : " (" + note.strip() + ")");
    }

    private String number(long n) {
        return language.number(BigDecimal.valueOf(n));
    }
}

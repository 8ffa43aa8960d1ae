package org.stic.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.stic.AvailabilityStatus;
import org.stic.Channel;
import org.stic.Cluster;
import org.stic.ExternalContour;
import org.stic.Indicator;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Membership;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SticFactory;
import org.stic.ValueProposition;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.DiagramExporter;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.Diagrams;
import org.stic.diagram.EdgeType;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.scene.Styles;
import org.stic.model.edit.Language;

/**
 * What metamodel 2.0 adds to the diagrams: indicators in the goals region with their measures links, payers in the
 * network view, the benefiting segments, earned-by and a channel's delivers, and dashed borders for what is not
 * (yet) there.
 */
class MetamodelTwoDiagramTest {

    private static final SticFactory F = SticFactory.eINSTANCE;

    private Cluster cluster;
    private Participant member;
    private Participant ministry;
    private KeyResource plannedLab;
    private KeyResource cleanRooms;
    private KeyAction manufacturing;
    private Segment startups;
    private ValueProposition batches;
    private Channel office;
    private RevenueStream subsidy;
    private Indicator civilShare;

    private void model() {
        cluster = F.createCluster();
        cluster.setName("Кластер");
        member = participant("Завод", Membership.MEMBER);
        ministry = participant("Министерство", Membership.EXTERNAL);
        InternalContour in = F.createInternalContour();
        cluster.setInternalContour(in);
        cleanRooms = F.createKeyResource();
        cleanRooms.setName("Чистые помещения");
        cleanRooms.setStatus(AvailabilityStatus.AVAILABLE);
        plannedLab = F.createKeyResource();
        plannedLab.setName("Лаборатория");
        plannedLab.setStatus(AvailabilityStatus.PLANNED);
        plannedLab.setAvailableFrom(2028);
        in.getKeyResources().addAll(List.of(cleanRooms, plannedLab));
        manufacturing = F.createKeyAction();
        manufacturing.setName("Контрактное производство");
        manufacturing.setStatus(AvailabilityStatus.MISSING);
        manufacturing.getSupportingResources().add(cleanRooms);
        in.getKeyActions().add(manufacturing);
        ExternalContour ex = F.createExternalContour();
        cluster.setExternalContour(ex);
        startups = F.createSegment();
        startups.setName("Стартапы");
        startups.getMembers().add(member);
        ex.getSegments().add(startups);
        batches = F.createValueProposition();
        batches.setName("Опытные партии");
        batches.getSegments().add(startups);
        manufacturing.getValuePropositions().add(batches);
        ex.getValuePropositions().add(batches);
        office = F.createChannel();
        office.setName("Проектный офис");
        office.getValuePropositions().add(batches);
        ex.getChannels().add(office);
        subsidy = F.createRevenueStream();
        subsidy.setName("Субсидия");
        subsidy.getSegments().add(startups);
        subsidy.getPayers().add(ministry);
        subsidy.getValuePropositions().add(batches);
        ex.getRevenueStreams().add(subsidy);
        civilShare = F.createIndicator();
        civilShare.setName("Доля гражданской продукции");
        civilShare.setTarget(new BigDecimal(50));
        civilShare.getMeasures().addAll(List.of(manufacturing, batches));
        cluster.getIndicators().add(civilShare);
    }

    private Participant participant(String name, Membership membership) {
        Participant p = F.createParticipant();
        p.setName(name);
        p.setKind(ParticipantKind.LARGE_ENTERPRISE);
        p.setMembership(membership);
        cluster.getParticipants().add(p);
        return p;
    }

    @Test
    void indicatorsSitInTheGoalsRegionRightOfBothContoursWithTheirMeasuresLinks() {
        model();
        Scene scene = Diagrams.create(cluster, View.BOTH);
        SceneNode indicator = scene.node(civilShare);
        assertNotNull(indicator, "the indicator is drawn in the both-contours view");
        assertEquals(NodeType.INDICATOR, indicator.type());
        assertSame(ContourRegion.GOALS, indicator.container().parent().region());
        double externalRight = scene.node(batches).container().parent().bounds().maxX();
        assertTrue(indicator.container().parent().bounds().x() >= externalRight, "goals right of the external contour");
        assertEquals(Set.of(manufacturing, batches), Set.copyOf(targets(scene, EdgeType.MEASURES, indicator)));
        for (View contour : List.of(View.INTERNAL, View.EXTERNAL, View.NETWORK)) {
            assertNull(Diagrams.create(cluster, contour).node(civilShare), contour + " has no goals");
        }
    }

    @Test
    void revenueStreamsShowWhatEarnsThemWhoBenefitsAndInTheNetworkWhoPays() {
        model();
        Scene both = SceneBuilder.build(cluster, View.BOTH, List.of(), Set.of(), Set.of(), Language.EN);
        SceneNode stream = both.node(subsidy);
        assertEquals(List.of(batches), targets(both, EdgeType.EARNED_BY, stream));
        assertEquals(List.of(batches), targets(both, EdgeType.CHANNEL_DELIVERS, both.node(office)));
        SceneEdge benefits = edge(both, EdgeType.REVENUE_FROM);
        assertSame(startups, benefits.source().element(), "from the segment that benefits");
        assertEquals("benefits", benefits.label());
        assertEquals("получает выгоду", edge(SceneBuilder.build(cluster, View.BOTH, List.of(), Set.of(), Set.of(),
                Language.RU), EdgeType.REVENUE_FROM).label());
        assertTrue(both.edges().stream().noneMatch(e -> e.type() == EdgeType.PAYS), "no participants, no payers");

        Scene network = Diagrams.create(cluster, View.NETWORK);
        SceneEdge pays = edge(network, EdgeType.PAYS);
        assertSame(ministry, pays.source().element(), "the external payer");
        assertSame(subsidy, pays.target().element());
        assertTrue(pays.target().bounds().x() > pays.source().bounds().x(), "revenue streams right of their payers");
    }

    @Test
    void whatIsNotThereIsDashedAndSaysSo() throws Exception {
        model();
        Scene network = SceneBuilder.build(cluster, View.NETWORK, List.of(), Set.of(), Set.of(), Language.EN);
        assertArrayEquals(Styles.NOT_THERE_DASH, network.node(ministry).style().dash(), "an external participant");
        assertNull(network.node(member).style().dash(), "a member");
        assertEquals("Министерство [external]", network.node(ministry).label());
        Scene ru = SceneBuilder.build(cluster, View.BOTH, List.of(), Set.of(), Set.of(), Language.RU);
        assertEquals("Лаборатория [планируется с 2028 г.]", ru.node(plannedLab).label());
        assertArrayEquals(Styles.NOT_THERE_DASH, ru.node(plannedLab).style().dash());
        assertEquals("Контрактное производство [отсутствует]", ru.node(manufacturing).label());
        assertArrayEquals(Styles.NOT_THERE_DASH, ru.node(manufacturing).style().dash());
        assertEquals("Чистые помещения", ru.node(cleanRooms).label());
        assertNull(ru.node(cleanRooms).style().dash(), "an available resource");

        // the dash reaches the picture: the SVG of the network draws the external participant's border dashed
        DiagramLayout.layout(network);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiagramExporter.export(network, ExportFormat.SVG, ExportOptions.defaults(), out);
        String svg = out.toString(StandardCharsets.UTF_8);
        // the same picture with the ministry drawn solid has one dashed outline less: the dash is the ministry's
        network.node(ministry).setStyle(network.node(member).style());
        ByteArrayOutputStream solid = new ByteArrayOutputStream();
        DiagramExporter.export(network, ExportFormat.SVG, ExportOptions.defaults(), solid);
        assertEquals(dashes(svg) - 1, dashes(solid.toString(StandardCharsets.UTF_8)), "the external participant dashed");
    }

    private static int dashes(String svg) {
        return svg.split("stroke-dasharray", -1).length - 1;
    }

    private static SceneEdge edge(Scene scene, EdgeType type) {
        List<SceneEdge> edges = scene.edges().stream().filter(e -> e.type() == type).toList();
        assertEquals(1, edges.size(), type + " edges");
        return edges.get(0);
    }

    private static List<EObject> targets(Scene scene, EdgeType type, SceneNode from) {
        return scene.edges().stream().filter(e -> e.type() == type && e.source() == from).map(e -> e.target().element())
                .toList();
    }
}

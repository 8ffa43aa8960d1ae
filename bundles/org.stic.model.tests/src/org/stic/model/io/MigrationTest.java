package org.stic.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.SticPackage;
import org.stic.model.migration.MigrationReport;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every 1.0 file of the repository (the examples as they were shipped in 1.0, kept as fixtures, and a hand-written
 * file that omits every value it can) is read, migrated and compared element by element with the file itself, parsed as plain XML: every element
 * is there under its id, with its class, container, attributes, references and texts; what 1.0 meant is explicit (the
 * 1.0 defaults below are written out by hand from model/history/stic-1.0.ecore); nothing else of 2.0 is set.
 */
class MigrationTest {

    private static final String ONE_ZERO = "/resources/v1_0/";
    /** The examples as they were shipped in 1.0, and a hand-written file that omits every value it can. */
    private static final List<String> ONE_ZERO_FIXTURES = List.of("kaluga-pharma.stic",
            "defence-radioelectronics.stic", "starter.stic", "omitted-values.stic");

    /** The 1.0 class of the objects each containment element holds (no file of this test uses xsi:type). */
    private static final Map<String, String> CLASS_OF_ELEMENT = Map.ofEntries(
            Map.entry("stic:Cluster", "Cluster"), Map.entry("participants", "Participant"),
            Map.entry("interactions", "Interaction"), Map.entry("externalContour", "ExternalContour"),
            Map.entry("internalContour", "InternalContour"), Map.entry("segments", "Segment"),
            Map.entry("needs", "SegmentNeed"), Map.entry("valuePropositions", "ValueProposition"),
            Map.entry("channels", "Channel"), Map.entry("relationships", "Relationship"),
            Map.entry("revenueStreams", "RevenueStream"), Map.entry("keyResources", "KeyResource"),
            Map.entry("keyActions", "KeyAction"), Map.entry("partnerships", "Partnership"),
            Map.entry("costItems", "CostItem"));

    /** The value a 1.0 file meant by omitting each enumeration attribute: its first literal in stic-1.0.ecore. */
    private static final Map<String, String> MEANT_IN_1_0 = Map.ofEntries(
            Map.entry("Cluster.developmentStage", "INITIATIVE"), Map.entry("Participant.kind", "LARGE_ENTERPRISE"),
            Map.entry("Interaction.kind", "COOPERATION"), Map.entry("Interaction.direction", "ONE_WAY"),
            Map.entry("Interaction.intensity", "LOW"), Map.entry("SegmentNeed.priority", "LOW"),
            Map.entry("Channel.kind", "DIRECT"), Map.entry("Relationship.kind", "PERSONAL_ASSISTANCE"),
            Map.entry("RevenueStream.kind", "MEMBERSHIP_FEE"), Map.entry("KeyResource.kind", "INFRASTRUCTURE"),
            Map.entry("KeyAction.kind", "RD_SUPPORT"), Map.entry("Partnership.kind", "STRATEGIC_ALLIANCE"),
            Map.entry("CostItem.kind", "FIXED"));

    /** Attributes of 1.0 elements that hold ids of other elements. */
    private static final Set<String> REFERENCES = Set.of("source", "target", "members", "segments", "needs",
            "providers", "performers", "supportingResources", "valuePropositions", "partners", "resources", "actions");

    @TempDir
    Path dir;

    @Test
    void everyOneZeroFileIsMigratedElementByElement() throws Exception {
        List<Path> files = oneZeroFiles();
        assertTrue(files.size() >= 4, "1.0 files: " + files);
        for (Path file : files) {
            Resource resource = SticResources.loadResource(SticResources.newResourceSet(), file);
            assertNotNull(SticResources.migration(resource), file + " was not migrated");
            assertMigrated(file, resource);
        }
    }

    @Test
    void bothReadersMigrateAlikeAndTheResultIsSavedIn2_0() throws Exception {
        for (Path file : oneZeroFiles()) {
            Resource subset = readAlikeByBoth(file);

            Path saved = dir.resolve(file.getFileName());
            subset.setURI(SticResources.fileUri(saved));
            SticResources.save(subset);
            assertNull(SticResources.migration(subset), "a saved file is in 2.0: nothing left to tell");
            String text = Files.readString(saved);
            assertTrue(text.contains("xmlns:stic=\"" + SticPackage.eNS_URI + "\"") && !text.contains("stic/1.0"), saved.toString());
            Resource again = SticResources.loadResource(SticResources.newResourceSet(), saved);
            assertNull(SticResources.migration(again));
            assertTrue(EcoreUtil.equals(subset.getContents(), again.getContents()), file.toString());
            assertEquals(ids(subset), ids(again));
        }
    }

    @Test
    void theReportSaysWhatWasMadeExplicit() throws Exception {
        Resource resource = SticResources.loadResource(SticResources.newResourceSet(), omittedValues());
        MigrationReport report = SticResources.migration(resource);
        assertEquals("1.0", report.from());
        assertEquals("2.0", report.to());
        // counted by hand in the file
        assertEquals(List.of(
                "1 Cluster: omitted developmentStage written as INITIATIVE (the 1.0 default)",
                "3 Participant: membership MEMBER (every 1.0 participant was a member)",
                "1 Participant: omitted kind written as LARGE_ENTERPRISE (the 1.0 default)",
                "1 Interaction: omitted kind written as COOPERATION (the 1.0 default)",
                "1 Interaction: omitted direction written as ONE_WAY (the 1.0 default)",
                "1 Interaction: omitted intensity written as LOW (the 1.0 default)",
                "1 SegmentNeed: omitted priority written as LOW (the 1.0 default)",
                "1 Channel: omitted kind written as DIRECT (the 1.0 default)",
                "1 Relationship: omitted kind written as PERSONAL_ASSISTANCE (the 1.0 default)",
                "1 RevenueStream: omitted kind written as MEMBERSHIP_FEE (the 1.0 default)",
                "1 RevenueStream: amount per year made explicit (period PER_YEAR)",
                "1 RevenueStream: payers set to its segments' members (1.0 read the segments as payers)",
                "1 KeyResource: omitted kind written as INFRASTRUCTURE (the 1.0 default)",
                "1 KeyResource: capacity text moved to capacityNote",
                "2 KeyResource: status AVAILABLE (1.0 resources existed)",
                "1 KeyAction: omitted kind written as RD_SUPPORT (the 1.0 default)",
                "1 KeyAction: status AVAILABLE (1.0 actions existed)",
                "1 Partnership: omitted kind written as STRATEGIC_ALLIANCE (the 1.0 default)",
                "1 CostItem: omitted kind written as FIXED (the 1.0 default)",
                "1 CostItem: amount per year made explicit (period PER_YEAR)"), report.lines());
    }

    @Test
    void aRevenueStreamIsPaidByItsSegmentsMembersEachOnceInOrder() throws Exception {
        Cluster cluster = SticResources.load(omittedValues());
        var fees = cluster.getExternalContour().getRevenueStreams().get(0);
        // segment A: the plant; segment B: the start-up, then the plant again
        assertEquals(List.of("Завод без вида", "Стартап"), fees.getPayers().stream().map(p -> p.getName()).toList());
        for (var payer : fees.getPayers()) {
            assertEquals(List.of(fees), payer.getPaidRevenueStreams(), "the opposite end knows it");
        }
        assertEquals(List.of(), cluster.getExternalContour().getRevenueStreams().get(1).getPayers(), "no segment, no payer");
        assertEquals(new BigDecimal("1200000.50"), fees.getAmount());
    }

    /**
     * Payers from segments whose members make a long list (searched through a set, not one by one): the members of
     * every segment in order, each once, whichever reader read the file.
     */
    @Test
    void manyMembersArePayersEachOnceInOrder() throws Exception {
        StringBuilder participants = new StringBuilder();
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String id = EcoreUtil.generateUUID();
            participants.append("  <participants xmi:id=\"").append(id).append("\" name=\"Участник ").append(i)
                    .append("\"/>\n");
            // the first segment has participants 0..29, the second 20..39 from the last down: 20..29 are in both
            if (i < 30) {
                first.append(first.isEmpty() ? "" : " ").append(id);
            }
            if (i >= 20) {
                second.insert(0, id + (second.isEmpty() ? "" : " "));
            }
        }
        // participants 0..29 from segment A, then 39 down to 30 from segment B (20..29 pay already)
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            expected.add("Участник " + i);
        }
        for (int i = 39; i >= 30; i--) {
            expected.add("Участник " + i);
        }
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<stic:Cluster xmi:version=\"2.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:stic=\"http://www.stic.org/stic/1.0\" xmi:id=\""
                + EcoreUtil.generateUUID() + "\" name=\"Много участников\">\n" + participants
                + "  <externalContour xmi:id=\"" + EcoreUtil.generateUUID() + "\">\n"
                + "    <segments xmi:id=\"_segmentA0000000000000A\" name=\"A\" members=\"" + first + "\"/>\n"
                + "    <segments xmi:id=\"_segmentB0000000000000A\" name=\"B\" members=\"" + second + "\"/>\n"
                + "    <revenueStreams xmi:id=\"" + EcoreUtil.generateUUID() + "\" name=\"Взносы\""
                + " segments=\"_segmentA0000000000000A _segmentB0000000000000A\"/>\n"
                + "  </externalContour>\n</stic:Cluster>\n";
        Path file = dir.resolve("many-members.stic");
        Files.writeString(file, text);
        assertTrue(readsSubset(file), "the subset reader reads it");
        for (boolean generic : new boolean[] {false, true}) {
            ResourceSet resourceSet = SticResources.newResourceSet();
            if (generic) {
                resourceSet.getLoadOptions().put(SticResources.OPTION_GENERIC_XMI, Boolean.TRUE);
            }
            Cluster cluster = (Cluster) SticResources.loadResource(resourceSet, file).getContents().get(0);
            var fees = cluster.getExternalContour().getRevenueStreams().get(0);
            assertEquals(expected, fees.getPayers().stream().map(p -> p.getName()).toList(), "generic " + generic);
        }
    }

    /**
     * The subset reader resolves a 1.0 file's references on the migrated copies, owner by owner in the order the
     * migration copied them, which is the document order of a file as the workbench wrote it. A file whose elements are
     * in another order (children of two features interleaved) is left to EMF's loader and the migration; either way the
     * model is the same, opposite ends included.
     */
    @Test
    void aFileWhoseElementsAreNotInTheMigrationsOrderIsMigratedAlike() throws Exception {
        String kaluga = Files.readString(fixture("kaluga-pharma.stic"));
        int interaction = kaluga.indexOf("\n  <interactions ");
        int interactionEnd = kaluga.indexOf("/>", interaction) + 2;
        String moved = kaluga.substring(interaction, interactionEnd);
        String rest = kaluga.substring(0, interaction) + kaluga.substring(interactionEnd);
        int firstParticipant = rest.indexOf("\n  <participants ");
        Path interleaved = dir.resolve("interleaved.stic");
        Files.writeString(interleaved, rest.substring(0, firstParticipant) + moved + rest.substring(firstParticipant));

        assertTrue(readsSubset(fixture("kaluga-pharma.stic")), "the file as written is read by the subset reader");
        assertFalse(readsSubset(interleaved), "the interleaved one is left to EMF");
        Resource original = readAlikeByBoth(fixture("kaluga-pharma.stic"));
        Resource reordered = readAlikeByBoth(interleaved);
        assertTrue(EcoreUtil.equals(original.getContents(), reordered.getContents()), "the same model either way");
    }

    /**
     * Loads a 1.0 file as the workbench does and with EMF's reader alone; both give the same model (unsaved opposite
     * ends included), ids and report. Returns the first.
     */
    private static Resource readAlikeByBoth(Path file) throws Exception {
        Resource subset = SticResources.loadResource(SticResources.newResourceSet(), file);
        ResourceSet generic = SticResources.newResourceSet();
        generic.getLoadOptions().put(SticResources.OPTION_GENERIC_XMI, Boolean.TRUE);
        Resource emf = SticResources.loadResource(generic, file);
        assertTrue(EcoreUtil.equals(subset.getContents(), emf.getContents()), file.toString());
        assertEquals(ids(subset), ids(emf), file.toString());
        assertEquals(SticResources.migration(subset).lines(), SticResources.migration(emf).lines(), file.toString());
        return subset;
    }

    /** Runs the subset reader alone on {@code file}, as {@link SticResource#doLoad} does: whether it read the file. */
    private static boolean readsSubset(Path file) throws IOException {
        SticResource resource = new SticResource(SticResources.fileUri(file));
        SticResources.newResourceSet().getResources().add(resource);
        return XmiSubsetReader.read(resource, Files.readAllBytes(file));
    }

    private List<Path> oneZeroFiles() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : ONE_ZERO_FIXTURES) {
            files.add(fixture(name));
        }
        return files;
    }

    private Path omittedValues() throws Exception {
        return fixture("omitted-values.stic");
    }

    private Path fixture(String name) throws Exception {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            try (InputStream in = MigrationTest.class.getResourceAsStream(ONE_ZERO + name)) {
                Files.write(file, in.readAllBytes());
            }
        }
        return file;
    }

    /** The ids of the objects in tree order: with equal trees, equal lists mean each object kept its id. */
    private static List<String> ids(Resource resource) {
        List<String> ids = new ArrayList<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            ids.add(((XMLResource) resource).getID(it.next()));
        }
        return ids;
    }

    /** The migrated model against the 1.0 file read as plain XML. */
    private static void assertMigrated(Path file, Resource resource) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        Map<String, Element> byId = new HashMap<>();
        collect(root, byId);
        int objects = 0;
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext(); it.next()) {
            objects++;
        }
        assertEquals(byId.size(), objects, file + ": as many objects as elements with an id");
        for (Element element : byId.values()) {
            assertElement(file, resource, element, byId);
        }
    }

    private static void collect(Element element, Map<String, Element> byId) {
        if (element.hasAttribute("xmi:id")) {
            byId.put(element.getAttribute("xmi:id"), element);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(e, byId);
            }
        }
    }

    private static void assertElement(Path file, Resource resource, Element element, Map<String, Element> byId) {
        String id = element.getAttribute("xmi:id");
        String where = file.getFileName() + " " + id;
        EObject object = resource.getEObject(id);
        assertNotNull(object, where + ": no object with the id");
        String className = CLASS_OF_ELEMENT.get(element.getTagName());
        assertEquals(className, object.eClass().getName(), where);
        if (element.getParentNode() instanceof Element parent && parent.hasAttribute("xmi:id")) {
            assertEquals(resource.getEObject(parent.getAttribute("xmi:id")), object.eContainer(), where + ": container");
        }
        NamedNodeMap attributes = element.getAttributes();
        Set<String> present = new HashSet<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getName();
            if (name.startsWith("xmlns") || name.startsWith("xmi:")) {
                continue;
            }
            present.add(name);
            String value = attribute.getValue();
            if (REFERENCES.contains(name)) {
                assertEquals(List.of(value.split(" ")), idsOf(resource, object, name), where + " " + name);
            } else if (className.equals("KeyResource") && name.equals("capacity")) {
                assertEquals(value, get(object, "capacityNote"), where + ": the 1.0 capacity text is the note");
                assertNull(get(object, "capacity"), where + ": no number is made up");
            } else if (name.equals("amount")) {
                assertEquals(new BigDecimal(value), get(object, name), where);
            } else {
                Object migrated = get(object, name);
                assertEquals(value, migrated instanceof Enumerator literal ? literal.getName() : String.valueOf(migrated),
                        where + " " + name);
            }
        }
        // many-valued attributes (roles) are child elements with text
        List<String> roles = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals("roles")) {
                roles.add(e.getTextContent());
            }
        }
        if (className.equals("Participant")) {
            assertEquals(roles, ((List<?>) get(object, "roles")).stream().map(r -> ((Enumerator) r).getName()).toList(), where);
        }
        MEANT_IN_1_0.forEach((feature, literal) -> {
            String[] classAndFeature = feature.split("\\.");
            if (classAndFeature[0].equals(className) && !present.contains(classAndFeature[1])) {
                assertEquals(literal, ((Enumerator) get(object, classAndFeature[1])).getName(),
                        where + ": omitted " + feature + " meant " + literal + " in 1.0");
            }
        });
        assertMeaningsOf2_0(where, className, element, object, present, byId, resource);
    }

    /** What 2.0 adds: set as 1.0 meant it, or not at all. */
    private static void assertMeaningsOf2_0(String where, String className, Element element, EObject object,
            Set<String> present, Map<String, Element> byId, Resource resource) {
        assertNull(get(object, "citation"), where);
        assertEquals(Boolean.FALSE, get(object, "illustrative"), where);
        switch (className) {
            case "Cluster" -> assertEquals(List.of(), get(object, "indicators"), where);
            case "Participant" -> assertEquals("MEMBER", ((Enumerator) get(object, "membership")).getName(), where);
            case "Channel" -> assertEquals(List.of(), get(object, "valuePropositions"), where);
            case "SegmentNeed" -> {
                assertNull(get(object, "demand"), where);
                assertEquals("UNSPECIFIED", ((Enumerator) get(object, "demandUnit")).getName(), where);
            }
            case "KeyResource", "KeyAction" -> {
                assertEquals("AVAILABLE", ((Enumerator) get(object, "status")).getName(), where);
                assertNull(get(object, "availableFrom"), where);
                if (className.equals("KeyResource")) {
                    assertEquals("UNSPECIFIED", ((Enumerator) get(object, "capacityUnit")).getName(), where);
                    if (!present.contains("capacity")) {
                        assertNull(get(object, "capacityNote"), where);
                    }
                }
            }
            case "RevenueStream", "CostItem" -> {
                assertEquals(present.contains("amount") ? "PER_YEAR" : "UNSPECIFIED",
                        ((Enumerator) get(object, "period")).getName(), where + ": 1.0 amounts were per year");
                assertNull(get(object, "fromYear"), where);
                assertNull(get(object, "toYear"), where);
                if (className.equals("CostItem")) {
                    assertEquals("UNSPECIFIED", ((Enumerator) get(object, "nature")).getName(), where);
                } else {
                    assertEquals(List.of(), get(object, "valuePropositions"), where);
                    Set<String> payers = new LinkedHashSet<>();
                    if (present.contains("segments")) {
                        for (String segment : element.getAttribute("segments").split(" ")) {
                            String members = byId.get(segment).getAttribute("members");
                            if (!members.isEmpty()) {
                                payers.addAll(List.of(members.split(" ")));
                            }
                        }
                    }
                    assertEquals(List.copyOf(payers), idsOf(resource, object, "payers"), where + ": payers");
                }
            }
            default -> assertFalse(className.isEmpty());
        }
    }

    private static Object get(EObject object, String feature) {
        EStructuralFeature f = object.eClass().getEStructuralFeature(feature);
        assertNotNull(f, object.eClass().getName() + " has no " + feature);
        return object.eGet(f);
    }

    private static List<String> idsOf(Resource resource, EObject object, String feature) {
        Object value = get(object, feature);
        List<?> targets = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        return targets.stream().map(t -> ((XMLResource) resource).getID((EObject) t)).toList();
    }
}

package org.stic.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLSaveImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.ActionKind;
import org.stic.Channel;
import org.stic.ChannelKind;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.CostKind;
import org.stic.DevelopmentStage;
import org.stic.Element;
import org.stic.ExternalContour;
import org.stic.Interaction;
import org.stic.InteractionDirection;
import org.stic.InteractionIntensity;
import org.stic.InteractionKind;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.NamedElement;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.ParticipantRole;
import org.stic.Partnership;
import org.stic.PartnershipKind;
import org.stic.Priority;
import org.stic.Relationship;
import org.stic.RelationshipKind;
import org.stic.ResourceKind;
import org.stic.RevenueKind;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.SticFactory;
import org.stic.SticPackage;
import org.stic.ValueProposition;

/**
 * {@link XmiSubsetWriter} against EMF's own XMI writer, which stays the reference: the same resource saved both ways
 * must give the same bytes, whether the subset writer writes the file or declines and leaves it to EMF.
 */
class XmiSubsetWriterTest {

    private static final SticFactory F = SticFactory.eINSTANCE;

    @TempDir
    Path dir;

    @Test
    void everyFeatureIsWrittenAsEmfWritesIt() throws Exception {
        assertWrittenByTheSubsetWriterAsEmfWritesIt(resourceOf(TestModels.everyFeature()));
    }

    @Test
    void theExampleModelsAreWrittenAsEmfWritesThem() throws Exception {
        Path models = exampleModels();
        List<Path> files;
        try (Stream<Path> list = Files.list(models)) {
            files = list.filter(p -> p.toString().endsWith(".stic")).sorted().toList();
        }
        assertTrue(files.size() >= 3, "the example models: " + files);
        for (Path file : files) {
            assertWrittenByTheSubsetWriterAsEmfWritesIt(
                    (SticResource) SticResources.loadResource(SticResources.newResourceSet(), file));
        }
    }

    @Test
    void randomModelsWithAwkwardTextsAreWrittenAsEmfWritesThem() throws Exception {
        for (long seed = 1; seed <= 300; seed++) {
            Cluster cluster = new RandomModel(new Random(seed)).cluster;
            byte[] ours = assertWrittenByTheSubsetWriterAsEmfWritesIt(resourceOf(cluster));
            assertTrue(ours.length > 0, "seed " + seed);
        }
    }

    /** {@code OPTION_GENERIC_XMI} routes a save to EMF's writer, also from a resource's default save options. */
    @Test
    void theSwitchLeavesTheSaveToEmf() throws Exception {
        SticResource resource = resourceOf(TestModels.everyFeature());
        assertFalse(writtenByEmf(resource, SticResources.saveOptions()));
        assertFalse(writtenByEmf(resource, with(SticResources.OPTION_GENERIC_XMI, false)));
        assertTrue(writtenByEmf(resource, with(SticResources.OPTION_GENERIC_XMI, true)));
        resource.getDefaultSaveOptions().put(SticResources.OPTION_GENERIC_XMI, true);
        assertTrue(writtenByEmf(resource, SticResources.saveOptions()));
    }

    /** Whether the first bytes of the file come from EMF's XMLSaveImpl rather than from the subset writer. */
    private static boolean writtenByEmf(SticResource resource, Map<Object, Object> options) throws IOException {
        StackTraceElement[][] firstWrite = new StackTraceElement[1][];
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void write(byte[] bytes, int offset, int length) {
                if (firstWrite[0] == null) {
                    firstWrite[0] = new Throwable().getStackTrace();
                }
                super.write(bytes, offset, length);
            }
        };
        resource.save(out, options);
        List<String> writers = Arrays.stream(firstWrite[0]).map(StackTraceElement::getClassName)
                .map(name -> name.equals(XMLSaveImpl.class.getName()) ? "EMF"
                        : name.equals(XmiSubsetWriter.Output.class.getName()) ? "subset" : null)
                .filter(Objects::nonNull).distinct().toList();
        assertEquals(1, writers.size(), writers.toString());
        return writers.get(0).equals("EMF");
    }

    /** Large models are written by two threads in pieces (see XmiSubsetWriter.Pieces): the same bytes again. */
    @Test
    void largeModelsWrittenByTwoThreadsAreWrittenAsEmfWritesThem() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            assertWrittenByTheSubsetWriterAsEmfWritesIt(resourceOf(largeModel(seed)));
        }
    }

    /** A decline in either thread declines the whole file. */
    @Test
    void aLargeModelOutsideTheSubsetIsLeftToEmf() throws Exception {
        Cluster cluster = largeModel(5);
        SticResource resource = resourceOf(cluster);
        List<Participant> participants = cluster.getParticipants();
        for (Participant bell : List.of(participants.get(0), participants.get(participants.size() - 1))) {
            String name = bell.getName();
            bell.setName("bell \u0007");
            assertNull(XmiSubsetWriter.write(resource, SticResources.saveOptions()));
            bell.setName(name);
        }
        assertNotNull(XmiSubsetWriter.write(resource, SticResources.saveOptions()));
    }

    private static Cluster largeModel(long seed) {
        Cluster cluster = new RandomModel(new Random(seed), 1500).cluster;
        int objects = 1;
        for (var it = cluster.eAllContents(); it.hasNext(); it.next()) {
            objects++;
        }
        assertTrue(objects >= XmiSubsetWriter.PARALLEL_OBJECTS, objects + " objects");
        return cluster;
    }

    @Test
    void aClusterWithNothingSetIsOneEmptyElement() throws Exception {
        byte[] bytes = assertWrittenByTheSubsetWriterAsEmfWritesIt(resourceOf(F.createCluster()));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).endsWith("\"/>\n"));
    }

    @Test
    void anObjectOfAnExtensionClassIsLeftToEmfWhichWritesItsXsiType() throws Exception {
        EPackage extension = EcoreFactory.eINSTANCE.createEPackage();
        extension.setName("ext");
        extension.setNsPrefix("ext");
        extension.setNsURI("http://example.org/stic-extension/1.0");
        EClass university = EcoreFactory.eINSTANCE.createEClass();
        university.setName("University");
        university.getESuperTypes().add(SticPackage.Literals.PARTICIPANT);
        extension.getEClassifiers().add(university);
        Cluster cluster = TestModels.everyFeature();
        Participant extended = (Participant) EcoreUtil.create(university);
        extended.setName("last of all");
        cluster.getParticipants().add(extended);
        SticResource resource = resourceOf(cluster);

        assertNull(XmiSubsetWriter.write(resource, SticResources.saveOptions()));
        String xml = new String(assertSavedAsEmfSavesIt(resource), StandardCharsets.UTF_8);
        assertTrue(xml.contains("xsi:type=\"ext:University\""), xml);
    }

    @Test
    void aDanglingReferenceIsLeftToEmfWhichFailsTheSaveWithItsOwnMessage() throws Exception {
        Cluster cluster = TestModels.everyFeature();
        cluster.getInternalContour().getKeyActions().get(1).getSupportingResources().add(F.createKeyResource());
        assertLeftToEmfWhichFails(resourceOf(cluster), IOException.class, "is not contained in a resource");
    }

    @Test
    void aControlCharacterIsLeftToEmfWhichRefusesIt() throws Exception {
        Cluster cluster = TestModels.everyFeature();
        cluster.getInternalContour().getCostItems().get(0).setName("bell \u0007");
        assertLeftToEmfWhichFails(resourceOf(cluster), RuntimeException.class, "invalid XML character (Unicode: 0x7)");
    }

    /** The subset writer declines, and the save fails as it fails with EMF's writer alone. */
    private static void assertLeftToEmfWhichFails(SticResource resource, Class<? extends Exception> failure,
            String message) {
        assertNull(XmiSubsetWriter.write(resource, SticResources.saveOptions()));
        Exception emf = assertThrows(failure, () -> save(resource, true));
        Exception ours = assertThrows(failure, () -> save(resource, false));
        assertEquals(emf.getMessage(), ours.getMessage());
        assertTrue(ours.getMessage().contains(message), ours.getMessage());
    }

    @Test
    void invalidCharactersAndSurrogatesDeclineWhereEmfWouldRefuseThem() throws Exception {
        for (String bad : List.of("lone high \uD83D", "lone low \uDE00 x", "\uDE00\uD83D", "not a char \uFFFE",
                "not a char \uFFFF", "nul \u0000", "escape \u001B")) {
            Cluster cluster = TestModels.everyFeature();
            cluster.setDescription(bad);
            assertNull(XmiSubsetWriter.write(resourceOf(cluster), SticResources.saveOptions()), bad);
        }
    }

    /**
     * Texts of every kind through both escapers: EMF's {@code Escape} (then UTF-8, as its Writer does) and ours.
     * Element text matters for many-valued attributes, which in this metamodel hold enum literals only, so it is
     * tested here.
     */
    @Test
    void textsAreEscapedAndEncodedAsEmfDoes() throws Exception {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>(List.of("", "plain", "a]]>b", "]]>", "]>", "]] >", "x]]]>", "\t\n\r",
                "\"<&>'", "Кириллица", "😀 and 𝄞", "\u0085\u00A0\u2028\uFFFD\uE000\u007F", "lone \uD83D", "\uDE00",
                "\uFFFE", "\uFFFF", "\u0000", "\u001F", "\u000B"));
        String pieces = "ab]>\"<&'\t\n\rЖ中\uD83D\uDE00\u0001\uFFFF ";
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(8); j > 0; j--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            for (boolean attribute : new boolean[] {true, false}) {
                String emf;
                try {
                    emf = EmfEscape.escape(text, attribute);
                } catch (RuntimeException refused) {
                    emf = null;
                }
                XmiSubsetWriter.Output out = new XmiSubsetWriter.Output(1);
                boolean declined = false;
                try {
                    if (attribute) {
                        out.attributeValue(text);
                    } else {
                        out.elementText(text);
                    }
                } catch (RuntimeException decline) {
                    declined = true;
                }
                String what = (attribute ? "attribute " : "text ")
                        + text.chars().mapToObj(Integer::toHexString).toList();
                assertEquals(emf == null, declined, what);
                if (emf != null) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    out.writeTo(bytes);
                    assertArrayEquals(emf.getBytes(StandardCharsets.UTF_8), bytes.toByteArray(), what);
                }
            }
        }
    }

    /** EMF's escaping as XMLSaveImpl sets it up for UTF-8, XML 1.0 and the line delimiter {@code \n}. */
    private static final class EmfEscape extends XMLSaveImpl {
        EmfEscape() {
            super(null);
        }

        static String escape(String text, boolean attribute) {
            Escape escape = new Escape();
            escape.setMappingLimit(0x10FFFF);
            escape.setLineFeed("\n");
            return attribute ? escape.convert(text) : escape.convertText(text);
        }
    }

    @Test
    void whatIsOutsideTheSubsetIsLeftToEmfAndSavedAsEmfSavesIt() throws Exception {
        // an object without an id: EMF refers to it by its position
        SticResource withoutId = resourceOf(TestModels.everyFeature());
        withoutId.setID(((Cluster) withoutId.getContents().get(0)).getParticipants().get(0), null);
        // a reference into another resource: EMF writes an href element
        SticResource crossFile = resourceOf(TestModels.everyFeature());
        Cluster other = TestModels.everyFeature();
        SticResources.create(crossFile.getResourceSet(), dir.resolve("other.stic"), other);
        ((Cluster) crossFile.getContents().get(0)).getInternalContour().getKeyActions().get(1).getSupportingResources()
                .add(other.getInternalContour().getKeyResources().get(0));
        // an id that EMF would write without escaping
        SticResource oddId = resourceOf(TestModels.everyFeature());
        oddId.setID(((Cluster) oddId.getContents().get(0)).getParticipants().get(1), "a&b");

        for (SticResource resource : List.of(withoutId, crossFile, oddId)) {
            assertNull(XmiSubsetWriter.write(resource, SticResources.saveOptions()));
            assertSavedAsEmfSavesIt(resource);
        }
    }

    @Test
    void onlyTheOptionsOfSticResourcesAreHandled() throws Exception {
        SticResource resource = resourceOf(TestModels.everyFeature());
        assertNotNull(XmiSubsetWriter.write(resource, SticResources.saveOptions()));
        List<Map<Object, Object>> others = new ArrayList<>();
        others.add(new HashMap<>());
        others.add(with(XMLResource.OPTION_LINE_WIDTH, 80));
        others.add(with(XMLResource.OPTION_ENCODING, "ISO-8859-1"));
        others.add(with(Resource.OPTION_LINE_DELIMITER, "\r\n"));
        others.add(with(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, true));
        others.add(with("another option", true));
        for (Map<Object, Object> options : others) {
            assertNull(XmiSubsetWriter.write(resource, options), options.toString());
        }
    }

    private static Map<Object, Object> with(Object key, Object value) {
        Map<Object, Object> options = SticResources.saveOptions();
        options.put(key, value);
        return options;
    }

    /** The subset writer writes the file, and it is exactly what EMF writes. */
    private static byte[] assertWrittenByTheSubsetWriterAsEmfWritesIt(SticResource resource) throws IOException {
        assertNotNull(XmiSubsetWriter.write(resource, SticResources.saveOptions()), "the subset writer declined");
        return assertSavedAsEmfSavesIt(resource);
    }

    private static byte[] assertSavedAsEmfSavesIt(SticResource resource) throws IOException {
        byte[] emf = save(resource, true);
        byte[] ours = save(resource, false);
        if (!Arrays.equals(emf, ours)) {
            // the first differing line says more than two arrays of bytes
            String[] e = new String(emf, StandardCharsets.UTF_8).split("\n", -1);
            String[] o = new String(ours, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < Math.min(e.length, o.length); i++) {
                assertEquals(e[i], o[i], "line " + (i + 1));
            }
            assertArrayEquals(emf, ours);
        }
        return ours;
    }

    private static byte[] save(SticResource resource, boolean emf) throws IOException {
        Map<Object, Object> options = SticResources.saveOptions();
        if (emf) {
            options.put(SticResources.OPTION_GENERIC_XMI, true);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, options);
        return out.toByteArray();
    }

    private SticResource resourceOf(Cluster cluster) {
        ResourceSet resourceSet = SticResources.newResourceSet();
        return (SticResource) SticResources.create(resourceSet, dir.resolve("model.stic"), cluster);
    }

    /** The example models of org.stic.examples, next to this bundle in the source tree. */
    private static Path exampleModels() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path folder = here; folder != null; folder = folder.getParent()) {
            for (Path candidate : List.of(folder.resolve("org.stic.examples/models"),
                    folder.resolve("bundles/org.stic.examples/models"))) {
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("no org.stic.examples/models above " + here);
    }

    /**
     * A cluster with a random number of objects of every class, random attribute values (unset, default, null where
     * the default is not, awkward texts) and random reference lists (empty to long).
     */
    private static final class RandomModel {

        private static final String[] PIECES = {"", " ", "Кластер", "фармацевтика", "ё", "😀", "𝄞", "中文", "\"", "'", "<",
            ">", "&", "]]>", "]]", "\t", "\n", "\r", "\r\n", "&amp;", "\u0085", "\u00A0", "\u2028", "\uFFFD", "\uE000",
            "x", "1", "A long text that goes on for a while, with commas, dots. And more words; and more.", "#", "/",
            "\\", "=", "%", "?", "\u007F"};

        private final Random random;
        final Cluster cluster = F.createCluster();
        private final List<Participant> participants = new ArrayList<>();
        private final List<Segment> segments = new ArrayList<>();
        private final List<SegmentNeed> needs = new ArrayList<>();
        private final List<ValueProposition> propositions = new ArrayList<>();
        private final List<KeyResource> resources = new ArrayList<>();
        private final List<KeyAction> actions = new ArrayList<>();

        /** 1 for a small model; else at least this many objects of each class (and at most twice as many). */
        private final int scale;

        RandomModel(Random random) {
            this(random, 1);
        }

        RandomModel(Random random, int scale) {
            this.random = random;
            this.scale = scale;
            named(cluster);
            cluster.setSector(text());
            cluster.setTerritory(text());
            cluster.setSpecialisation(text());
            cluster.setPurpose(text());
            cluster.setModelVersion(text());
            maybe(cluster::setDevelopmentStage, DevelopmentStage.values());
            for (int i = count(); i > 0; i--) {
                Participant p = named(F.createParticipant());
                participants.add(p);
                cluster.getParticipants().add(p);
                maybe(p::setKind, ParticipantKind.values());
                for (ParticipantRole role : ParticipantRole.values()) {
                    if (random.nextInt(3) == 0) {
                        p.getRoles().add(role);
                    }
                }
                p.setLocation(text());
            }
            if (scale > 1 || random.nextInt(5) > 0) {
                external();
            }
            if (scale > 1 || random.nextInt(5) > 0) {
                internal();
            }
            for (int i = participants.isEmpty() ? 0 : count(); i > 0; i--) {
                Interaction interaction = F.createInteraction();
                cluster.getInteractions().add(interaction);
                described(interaction);
                if (random.nextBoolean()) {
                    interaction.setSource(pick(participants));
                }
                if (random.nextBoolean()) {
                    interaction.setTarget(pick(participants));
                }
                maybe(interaction::setKind, InteractionKind.values());
                maybe(interaction::setDirection, InteractionDirection.values());
                maybe(interaction::setIntensity, InteractionIntensity.values());
            }
        }

        private void external() {
            ExternalContour external = F.createExternalContour();
            cluster.setExternalContour(external);
            described(external);
            for (int i = count(); i > 0; i--) {
                Segment segment = named(F.createSegment());
                segments.add(segment);
                external.getSegments().add(segment);
                segment.setCriteria(text());
                refer(segment.getMembers(), participants);
                for (int j = random.nextInt(3); j > 0; j--) {
                    SegmentNeed need = named(F.createSegmentNeed());
                    needs.add(need);
                    segment.getNeeds().add(need);
                    maybe(need::setPriority, Priority.values());
                }
            }
            for (int i = count(); i > 0; i--) {
                ValueProposition proposition = named(F.createValueProposition());
                propositions.add(proposition);
                external.getValuePropositions().add(proposition);
                refer(proposition.getSegments(), segments);
                refer(proposition.getNeeds(), needs);
            }
            for (int i = count(); i > 0; i--) {
                Channel channel = named(F.createChannel());
                external.getChannels().add(channel);
                maybe(channel::setKind, ChannelKind.values());
                refer(channel.getSegments(), segments);
            }
            for (int i = count(); i > 0; i--) {
                Relationship relationship = named(F.createRelationship());
                external.getRelationships().add(relationship);
                maybe(relationship::setKind, RelationshipKind.values());
                refer(relationship.getSegments(), segments);
            }
            for (int i = count(); i > 0; i--) {
                RevenueStream revenue = named(F.createRevenueStream());
                external.getRevenueStreams().add(revenue);
                maybe(revenue::setKind, RevenueKind.values());
                revenue.setAmount(amount());
                currency(revenue::setCurrency);
                refer(revenue.getSegments(), segments);
            }
        }

        private void internal() {
            InternalContour internal = F.createInternalContour();
            cluster.setInternalContour(internal);
            described(internal);
            for (int i = count(); i > 0; i--) {
                KeyResource resource = named(F.createKeyResource());
                resources.add(resource);
                internal.getKeyResources().add(resource);
                maybe(resource::setKind, ResourceKind.values());
                resource.setCapacity(text());
                refer(resource.getProviders(), participants);
            }
            for (int i = count(); i > 0; i--) {
                KeyAction action = named(F.createKeyAction());
                actions.add(action);
                internal.getKeyActions().add(action);
                maybe(action::setKind, ActionKind.values());
                refer(action.getPerformers(), participants);
                refer(action.getSupportingResources(), resources);
                refer(action.getValuePropositions(), propositions);
            }
            for (int i = count(); i > 0; i--) {
                Partnership partnership = named(F.createPartnership());
                internal.getPartnerships().add(partnership);
                maybe(partnership::setKind, PartnershipKind.values());
                partnership.setContribution(text());
                refer(partnership.getPartners(), participants);
                refer(partnership.getResources(), resources);
                refer(partnership.getActions(), actions);
            }
            for (int i = count(); i > 0; i--) {
                CostItem cost = named(F.createCostItem());
                internal.getCostItems().add(cost);
                maybe(cost::setKind, CostKind.values());
                cost.setAmount(amount());
                currency(cost::setCurrency);
                refer(cost.getResources(), resources);
                refer(cost.getActions(), actions);
            }
        }

        private <T extends NamedElement> T named(T element) {
            element.setName(text());
            described(element);
            return element;
        }

        private void described(Element element) {
            element.setDescription(text());
        }

        /** Unset (null), empty, or a few awkward pieces. */
        private String text() {
            int pieces = random.nextInt(6) - 1;
            if (pieces < 0) {
                return null;
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < pieces; i++) {
                text.append(pick(PIECES));
            }
            return text.toString();
        }

        /** The default, another currency, or null (set, since the default is not null). */
        private void currency(Consumer<String> setter) {
            switch (random.nextInt(4)) {
                case 0 -> setter.accept("RUB");
                case 1 -> setter.accept("EUR");
                case 2 -> setter.accept(null);
                default -> { }
            }
        }

        private BigDecimal amount() {
            return switch (random.nextInt(5)) {
                case 0 -> null;
                case 1 -> new BigDecimal("1E+3");
                case 2 -> BigDecimal.valueOf(random.nextLong(), random.nextInt(6));
                case 3 -> new BigDecimal("-0.000001");
                default -> BigDecimal.valueOf(random.nextInt(1_000_000));
            };
        }

        /** No reference, a few, or many (up to all candidates, at most 60). */
        private <T extends EObject> void refer(List<T> references, List<T> candidates) {
            if (candidates.isEmpty()) {
                return;
            }
            int n = random.nextInt(4) == 0 ? Math.min(60, candidates.size())
                    : random.nextInt(Math.min(3, candidates.size()) + 1);
            for (int i = 0; i < n; i++) {
                T candidate = pick(candidates);
                if (!references.contains(candidate)) {
                    references.add(candidate);
                }
            }
        }

        private int count() {
            if (scale > 1) {
                return scale + random.nextInt(scale);
            }
            return random.nextInt(10) == 0 ? 40 : random.nextInt(4);
        }

        /** Sets one of {@code values}, or leaves the feature unset. */
        private <T> void maybe(Consumer<T> setter, T[] values) {
            if (random.nextBoolean()) {
                setter.accept(pick(values));
            }
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}

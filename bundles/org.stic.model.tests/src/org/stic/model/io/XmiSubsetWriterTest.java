package org.stic.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLSaveImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.Element;
import org.stic.Participant;
import org.stic.SticFactory;
import org.stic.SticPackage;

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

    /**
     * Large models are written by two threads in pieces (see XmiSubsetWriter.Pieces): the same bytes again. The split
     * is forced, so the pieces are written by two threads and joined even where the machine has one CPU (the gate of the
     * save path), and the test checks that two threads wrote them.
     */
    @Test
    void largeModelsWrittenByTwoThreadsAreWrittenAsEmfWritesThem() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            SticResource resource = resourceOf(largeModel(seed));
            XmiSubsetWriter.Written split = XmiSubsetWriter.write(resource, SticResources.saveOptions(), true);
            XmiSubsetWriter.Pieces written = assertInstanceOf(XmiSubsetWriter.Pieces.class, split,
                    "the model was written in pieces");
            assertNotNull(written.writer(0));
            assertNotNull(written.writer(1));
            assertNotSame(written.writer(0), written.writer(1), "by two threads");
            assertSame(Thread.currentThread(), written.writer(0), "the caller's and another");
            assertEquals("Output", XmiSubsetWriter.write(resource, SticResources.saveOptions(), false).getClass()
                    .getSimpleName(), "and in one piece without the split");
            ByteArrayOutputStream pieces = new ByteArrayOutputStream();
            split.writeTo(pieces);
            assertArrayEquals(save(resource, true), pieces.toByteArray(), "seed " + seed + ": as EMF writes it");
            assertWrittenByTheSubsetWriterAsEmfWritesIt(resource);
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
}

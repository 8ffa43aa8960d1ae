package org.stic.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.SticFactory;
import org.stic.SticPackage;

class SticResourcesTest {

    private static final Pattern XMI_ID = Pattern.compile("xmi:id=\"([^\"]*)\"");

    @TempDir
    Path dir;

    private Path saveNew(Cluster cluster, String name) throws IOException {
        Path file = dir.resolve(name);
        SticResources.save(SticResources.create(SticResources.newResourceSet(), file, cluster));
        return file;
    }

    @Test
    void elementsAddedWithTheirIdsAreOneAdditionFoundByIdAndSavedWithThem() throws Exception {
        Cluster cluster = SticFactory.eINSTANCE.createCluster();
        cluster.getParticipants().add(SticFactory.eINSTANCE.createParticipant());
        Path file = dir.resolve("added.stic");
        Resource resource = SticResources.create(SticResources.newResourceSet(), file, cluster);
        List<org.stic.Participant> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            org.stic.Participant p = SticFactory.eINSTANCE.createParticipant();
            p.setName("P" + i);
            added.add(p);
        }
        List<Notification> notifications = new ArrayList<>();
        cluster.eAdapters().add(new AdapterImpl() {
            @Override
            public void notifyChanged(Notification n) {
                notifications.add(n);
            }
        });
        SticResources.addIdentified(cluster.getParticipants(), added, java.util.Arrays.asList("_first", null,
                "row-3"));
        assertEquals(1, notifications.size());
        assertEquals(Notification.ADD_MANY, notifications.get(0).getEventType());
        assertSame(added.get(0), resource.getEObject("_first"));
        assertSame(added.get(2), resource.getEObject("row-3"));
        String made = resource.getURIFragment(added.get(1));
        assertTrue(made.startsWith("_") && made.length() == 23, made);
        assertSame(added.get(1), resource.getEObject(made));
        assertSame(cluster.getParticipants().get(0), resource.getEObject(resource.getURIFragment(
                cluster.getParticipants().get(0))), "the ids the model had are kept as the maps grow");
        // taken out (as an undo does) and put back (a redo): out of the id map, then back with the same ids
        cluster.getParticipants().removeAll(added);
        assertNull(resource.getEObject("row-3"));
        cluster.getParticipants().addAll(added);
        assertSame(added.get(2), resource.getEObject("row-3"));
        SticResources.save(resource);
        Resource loaded = SticResources.loadResource(SticResources.newResourceSet(), file);
        assertEquals("P2", ((org.stic.Participant) loaded.getEObject("row-3")).getName());
        assertEquals("P1", ((org.stic.Participant) loaded.getEObject(made)).getName());
    }

    @Test
    void roundTripKeepsEveryFeatureAndEveryId() throws Exception {
        Cluster original = TestModels.everyFeature();
        Path file = saveNew(original, "round.stic");

        Cluster loaded = SticResources.load(file);

        assertNotSame(original, loaded);
        assertTrue(EcoreUtil.equals(original, loaded), "EqualityHelper finds a difference after save and load");
        List<EObject> before = all(original);
        List<EObject> after = all(loaded);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(EcoreUtil.getURI(before.get(i)).fragment(), EcoreUtil.getURI(after.get(i)).fragment());
        }
    }

    @Test
    void transientOppositesAreRebuiltOnLoad() throws Exception {
        Cluster loaded = SticResources.load(saveNew(TestModels.everyFeature(), "opposites.stic"));
        KeyResource lab = loaded.getInternalContour().getKeyResources().get(0);
        assertEquals(List.of(loaded.getInternalContour().getKeyActions().get(0)), lab.getSupportedActions());
        assertEquals(1, loaded.getParticipants().get(1).getSegments().size());
        assertEquals(1, loaded.getParticipants().get(0).getOutgoingInteractions().size());
    }

    @Test
    void everyObjectHasItsOwnUuidXmiId() throws Exception {
        Cluster cluster = TestModels.everyFeature();
        String xml = Files.readString(saveNew(cluster, "ids.stic"));

        List<String> ids = new ArrayList<>();
        for (Matcher m = XMI_ID.matcher(xml); m.find();) {
            ids.add(m.group(1));
        }
        assertEquals(all(cluster).size(), ids.size(), "one xmi:id per object");
        assertEquals(ids.size(), ids.stream().distinct().count(), "ids are unique");
        // EcoreUtil.generateUUID: '_' and 22 characters of URL-safe base64 (128 bits)
        assertTrue(ids.stream().allMatch(id -> id.matches("_[A-Za-z0-9_-]{22}")), ids.toString());
    }

    @Test
    void unchangedModelSavesToIdenticalBytes() throws Exception {
        Path first = saveNew(TestModels.everyFeature(), "first.stic");
        byte[] firstBytes = Files.readAllBytes(first);

        Resource resource = SticResources.loadResource(SticResources.newResourceSet(), first);
        SticResources.save(resource);
        assertArrayEquals(firstBytes, Files.readAllBytes(first), "load and save changed the bytes");

        resource.setURI(SticResources.fileUri(dir.resolve("second.stic")));
        SticResources.save(resource);
        assertArrayEquals(firstBytes, Files.readAllBytes(dir.resolve("second.stic")));
    }

    @Test
    void changingOneAttributeChangesOneLine() throws Exception {
        Path file = saveNew(TestModels.everyFeature(), "diff.stic");
        List<String> before = Files.readAllLines(file);

        Resource resource = SticResources.loadResource(SticResources.newResourceSet(), file);
        Cluster cluster = (Cluster) resource.getContents().get(0);
        cluster.getInternalContour().getKeyResources().get(0).setCapacityNote("800 m²");
        SticResources.save(resource);
        List<String> after = Files.readAllLines(file);

        assertEquals(before.size(), after.size());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        assertEquals(1, changed.size(), "changed lines: " + changed);
        assertTrue(after.get(changed.get(0)).contains("capacityNote=\"800 m²\""), after.get(changed.get(0)));
    }

    @Test
    void filesAreUtf8WithLineFeedsAndReadableCyrillic() throws Exception {
        byte[] bytes = Files.readAllBytes(saveNew(TestModels.everyFeature(), "utf8.stic"));

        String xml = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xml.substring(0, 60));
        assertFalse(xml.contains("\r"));
        assertTrue(xml.contains("name=\"Калужская") || xml.contains("territory=\"Калужская область\""));
        assertTrue(xml.contains("description=\"Two lines:&#xA;second line&#x9;with a tab\""), "line breaks stay on one line");
        assertTrue(xml.contains("xmlns:stic=\"" + SticPackage.eNS_URI + "\""));
    }

    @Test
    void plainEmfReadsTheFileWithNothingButSticEcore() throws Exception {
        Path file = saveNew(TestModels.everyFeature(), "plain.stic");

        ResourceSet plain = new ResourceSetImpl();
        plain.setPackageRegistry(new EPackageRegistryImpl());
        plain.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        plain.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        EPackage dynamic;
        try (InputStream ecore = SticPackage.class.getResourceAsStream("/model/stic.ecore")) {
            Resource metamodel = plain.createResource(URI.createURI("stic.ecore"));
            metamodel.load(ecore, null);
            dynamic = (EPackage) metamodel.getContents().get(0);
        }
        plain.getPackageRegistry().put(dynamic.getNsURI(), dynamic);

        Resource model = plain.getResource(URI.createFileURI(file.toString()), true);

        EObject cluster = model.getContents().get(0);
        assertFalse(cluster instanceof Cluster, "read as dynamic EMF, not through the generated code");
        assertSame(dynamic, cluster.eClass().getEPackage());
        assertEquals(TestModels.everyFeature().getName(), cluster.eGet(cluster.eClass().getEStructuralFeature("name")));
        EClass keyAction = (EClass) dynamic.getEClassifier("KeyAction");
        EReference supporting = (EReference) keyAction.getEStructuralFeature("supportingResources");
        EObject action = all(cluster).stream().filter(o -> o.eClass() == keyAction).findFirst().orElseThrow();
        assertEquals(1, ((List<?>) action.eGet(supporting)).size());
        assertTrue(model.getErrors().isEmpty(), model.getErrors().toString());
        assertEquals(all(cluster).size(), all(cluster).stream().filter(o -> model.getURIFragment(o).startsWith("_")).count());
    }

    /** Other tools may write their own ids, or none: the references resolve and objects without an id get a UUID. */
    @Test
    void filesWithOtherIdsOrNoneLoad() throws Exception {
        Path file = dir.resolve("other-tool.stic");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <stic:Cluster xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:stic="%s" name="C">
                  <participants xmi:id="p1" name="A"/>
                  <participants name="B"/>
                  <participants xmi:id="_CXbBYOo1EfGzeNGi7NxZDx" name="C"/>
                  <interactions xmi:id="i1" source="p1" target="_CXbBYOo1EfGzeNGi7NxZDx"/>
                </stic:Cluster>
                """.formatted(SticPackage.eNS_URI));

        Cluster cluster = SticResources.load(file);

        Resource resource = cluster.eResource();
        assertSame(cluster.getParticipants().get(0), cluster.getInteractions().get(0).getSource());
        assertSame(cluster.getParticipants().get(2), cluster.getInteractions().get(0).getTarget());
        assertEquals(List.of(cluster.getInteractions().get(0)), cluster.getParticipants().get(0).getOutgoingInteractions());
        assertSame(cluster.getParticipants().get(0), resource.getEObject("p1"));
        for (EObject withoutId : List.of(cluster, cluster.getParticipants().get(1))) {
            String id = resource.getURIFragment(withoutId);
            assertTrue(id.matches("_[A-Za-z0-9_-]{22}"), id);
            assertSame(withoutId, resource.getEObject(id));
        }
    }

    @Test
    void aLoadedModelCanBeCollectedOnceNobodyUsesIt() throws Exception {
        Path file = saveNew(TestModels.everyFeature(), "collectable.stic");
        WeakReference<Cluster> loaded = new WeakReference<>(SticResources.load(file));
        for (int i = 0; i < 100 && loaded.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(loaded.get(), "something (the pooled parser?) still holds the last loaded model");
    }

    @Test
    void loadingTwiceIntoOneResourceSetGivesTheSameResource() throws Exception {
        Path file = saveNew(TestModels.everyFeature(), "twice.stic");
        ResourceSet resourceSet = SticResources.newResourceSet();
        assertSame(SticResources.loadResource(resourceSet, file), SticResources.loadResource(resourceSet, file));
        assertEquals(1, resourceSet.getResources().size());
    }

    @Test
    void resourceSetReadsSticFilesThroughItsFactoryToo() throws Exception {
        Path file = saveNew(TestModels.everyFeature(), "factory.stic");
        Resource resource = SticResources.newResourceSet().getResource(SticResources.fileUri(file), true);
        assertTrue(resource instanceof SticResource);
        assertTrue(resource.getContents().get(0) instanceof Cluster);
    }

    @Test
    void failureWhileWritingLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
        Cluster cluster = TestModels.everyFeature();
        for (int i = 0; i < 2000; i++) {
            cluster.getParticipants().add(SticFactory.eINSTANCE.createParticipant());
            cluster.getParticipants().get(cluster.getParticipants().size() - 1).setName("Участник " + i);
        }
        Path file = saveNew(cluster, "atomic.stic");
        byte[] old = Files.readAllBytes(file);
        cluster.setName("changed");
        long[] tempSizeAtFailure = {-1};

        IOException failure = assertThrows(IOException.class, () -> SticResources.save(cluster.eResource(),
                out -> new FailAfter(out, old.length / 2, () -> tempSizeAtFailure[0] = tempFileSize())));

        assertEquals("disk full (injected)", failure.getMessage());
        assertTrue(tempSizeAtFailure[0] > 0, "the failure came part-way: the temporary file already had content");
        assertArrayEquals(old, Files.readAllBytes(file), "the old file changed");
        assertEquals(List.of(file), list(dir), "a temporary file was left behind");
    }

    @Test
    void failedFirstSaveCreatesNoFile() throws Exception {
        Cluster cluster = TestModels.everyFeature();
        Path file = dir.resolve("never.stic");
        Resource resource = SticResources.create(SticResources.newResourceSet(), file, cluster);

        assertThrows(IOException.class, () -> SticResources.save(resource, out -> new FailAfter(out, 10, () -> { })));

        assertEquals(List.of(), list(dir));
    }

    @Test
    void referenceToAnObjectOutsideTheModelFailsTheSaveAndKeepsTheFile() throws Exception {
        Cluster cluster = TestModels.everyFeature();
        Path file = saveNew(cluster, "dangling.stic");
        byte[] old = Files.readAllBytes(file);
        KeyAction action = cluster.getInternalContour().getKeyActions().get(0);
        action.getSupportingResources().add(SticFactory.eINSTANCE.createKeyResource());

        assertThrows(IOException.class, () -> SticResources.save(cluster.eResource()));

        assertArrayEquals(old, Files.readAllBytes(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void saveKeepsPermissionsAndSymbolicLinks() throws Exception {
        Cluster cluster = TestModels.everyFeature();
        Path file = saveNew(cluster, "real.stic");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.stic"), file);
        Resource viaLink = SticResources.loadResource(SticResources.newResourceSet(), link);
        ((Cluster) viaLink.getContents().get(0)).setName("through the link");

        SticResources.save(viaLink);

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("through the link", SticResources.load(file).getName());
    }

    private long tempFileSize() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).mapToLong(p -> p.toFile().length())
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static List<EObject> all(EObject root) {
        List<EObject> objects = new ArrayList<>();
        objects.add(root);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            objects.add(it.next());
        }
        return objects;
    }

    /** Lets {@code limit} bytes through, then fails like a full disk. */
    private static final class FailAfter extends FilterOutputStream {
        private final Runnable atFailure;
        private long left;

        FailAfter(OutputStream out, long limit, Runnable atFailure) {
            super(out);
            this.left = limit;
            this.atFailure = atFailure;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                atFailure.run();
                throw new IOException("disk full (injected)");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }
}

package org.stic.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;

/**
 * The subset reader against EMF's loader, its oracle: for every file it accepts, EMF's loader gives the same model
 * (objects, ids, every value and list order, the opposite ends too); what it declines is loaded by EMF. Files: the
 * examples, the every-feature model, random models with awkward strings, thousands of mutated files and the bad-file
 * corpus.
 */
class XmiSubsetReaderTest {

    private static final Path EXAMPLES = Path.of("../org.stic.examples/models");

    @TempDir
    Path dir;

    @Test
    void readsTheExamplesAndTheEveryFeatureModelAsEmfDoes() throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(EXAMPLES)) {
            files = new ArrayList<>(listing.filter(file -> file.toString().endsWith(".stic")).sorted().toList());
        }
        assertTrue(files.size() >= 3, "examples not found in " + EXAMPLES.toAbsolutePath());
        files.add(save(TestModels.everyFeature(), "every-feature.stic"));
        for (Path file : files) {
            assertReadLikeEmf(file, true);
        }
    }

    @Test
    void readsRandomModelsAsEmfDoes() throws Exception {
        for (int seed = 1; seed <= 40; seed++) {
            Path file = save(new RandomModel(new Random(seed)).cluster, "random-" + seed + ".stic");
            assertReadLikeEmf(file, true);
        }
    }

    /**
     * Random changes, insertions, deletions, repeated spans and truncations of a small model: whatever the subset
     * reader accepts, EMF's loader must accept too, with the same model. What is put in is XML's punctuation and also
     * multi-byte UTF-8 (Cyrillic, a 4-byte emoji) and byte sequences that are no UTF-8: overlong forms, encoded
     * surrogates, code points above U+10FFFF, truncated sequences, lone continuation bytes.
     */
    @Test
    void mutatedFilesAreEitherReadAsEmfReadsThemOrLeftToEmf() throws Exception {
        byte[] original = Files.readAllBytes(save(TestModels.everyFeature(), "original.stic"));
        List<byte[]> alphabet = new ArrayList<>();
        for (byte b : "<>&;#x\"'/= \n\t\r:_-aZ0\u0000".getBytes(StandardCharsets.ISO_8859_1)) {
            alphabet.add(new byte[] {b});
        }
        alphabet.addAll(List.of("Ж".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8),
                bytes(0xC0, 0xAF), bytes(0xE0, 0x80, 0xAF), bytes(0xF0, 0x80, 0x80, 0xAF), // overlong '/'
                bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF), // surrogates D800, DFFF
                bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF8, 0x88, 0x80, 0x80, 0x80), // above U+10FFFF
                bytes(0xE2, 0x82), bytes(0xF0, 0x9F, 0x98), bytes(0x80), bytes(0xBF), bytes(0xFF), bytes(0xFE)));
        Random random = new Random(7);
        int accepted = 0;
        int declined = 0;
        Path file = dir.resolve("mutant.stic");
        for (int i = 0; i < 3000; i++) {
            byte[] mutant = mutate(original, alphabet, random);
            Files.write(file, mutant);
            if (assertReadLikeEmf(file, false)) {
                accepted++;
            } else {
                declined++;
            }
        }
        // both outcomes must occur, or the test proves nothing
        System.out.printf("mutated files: %d read by the subset reader as EMF reads them, %d left to EMF%n", accepted,
                declined);
        assertTrue(accepted > 100, "accepted " + accepted);
        assertTrue(declined > 100, "declined " + declined);
    }

    @Test
    void everyBadFileIsLeftToEmf() throws Exception {
        for (String name : BadFilesTest.corpus().map(BadFilesTest.Bad::name).toList()) {
            byte[] bytes;
            try (InputStream in = XmiSubsetReaderTest.class.getResourceAsStream("/resources/bad/" + name)) {
                bytes = in.readAllBytes();
            }
            assertFalse(readsSubset(dir.resolve(name), bytes), name);
        }
    }

    @Test
    void whatEmfWritesDifferentlyIsLeftToEmf() throws Exception {
        String saved = Files.readString(save(TestModels.everyFeature(), "model.stic"));
        // a raw line break in an attribute value is white space to an XML parser; an unknown attribute; a comment;
        // an id that is no UUID; the xmi prefix used but not declared; an id repeated in a reference list
        String[] variants = {saved.replaceFirst("name=\"", "name=\"line\nbreak "),
            saved.replaceFirst("<participants ", "<participants future=\"1\" "),
            saved.replaceFirst("<participants ", "<!-- note --><participants "),
            saved.replaceFirst("xmi:id=\"_[^\"]*\"", "xmi:id=\"c1\""),
            saved.replaceFirst(" xmlns:xmi=\"[^\"]*\"", ""),
            saved.replaceFirst("(supportingResources=\")(_[^\" ]{22})", "$1$2 $2")};
        assertTrue(variants[variants.length - 1].length() > saved.length());
        for (int i = 0; i < variants.length; i++) {
            Path file = dir.resolve("variant-" + i + ".stic");
            Files.writeString(file, variants[i]);
            assertFalse(readsSubset(file, variants[i].getBytes(StandardCharsets.UTF_8)), "variant " + i);
        }
    }

    /**
     * Loads {@code file} with the subset reader and with EMF's alone; when the subset reader accepts it, EMF must have
     * loaded it to the same model. Returns whether the subset reader accepted it.
     */
    private boolean assertReadLikeEmf(Path file, boolean mustAccept) throws IOException {
        boolean accepted = readsSubset(file, Files.readAllBytes(file));
        assertEquals(mustAccept || accepted, accepted, file + " was not read by the subset reader");
        if (!accepted) {
            return false;
        }
        ResourceSet fastSet = SticResources.newResourceSet();
        ResourceSet emfSet = SticResources.newResourceSet();
        emfSet.getLoadOptions().put(SticResources.OPTION_GENERIC_XMI, Boolean.TRUE);
        Resource fast;
        Resource emf;
        try {
            fast = SticResources.loadResource(fastSet, file);
            emf = SticResources.loadResource(emfSet, file);
        } catch (ModelLoadException e) {
            throw new AssertionError("the subset reader accepted a file EMF refuses: " + e.getMessage(), e);
        }
        assertEquals(describe(emf), describe(fast), file.toString());
        assertTrue(EcoreUtil.equals(emf.getContents(), fast.getContents()), file.toString());
        assertEquals(((SticResource) emf).getEncoding(), ((SticResource) fast).getEncoding());
        assertEquals(((SticResource) emf).getXMLVersion(), ((SticResource) fast).getXMLVersion());
        assertFalse(fast.isModified());
        return true;
    }

    /** Runs the subset reader alone on {@code bytes}, as {@link SticResource#doLoad} does. */
    private static boolean readsSubset(Path file, byte[] bytes) {
        SticResource resource = new SticResource(SticResources.fileUri(file));
        SticResources.newResourceSet().getResources().add(resource);
        boolean accepted = XmiSubsetReader.read(resource, bytes);
        assertEquals(accepted, !resource.getContents().isEmpty(), "declined after changing the resource");
        return accepted;
    }

    /**
     * Every object in document order with its id, its container (as the object itself knows it) and every feature, the
     * unsaved opposite ends included.
     */
    private static String describe(Resource resource) {
        StringBuilder text = new StringBuilder();
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject object = all.next();
            text.append(object.eClass().getName()).append(' ').append(resource.getURIFragment(object));
            if (object.eContainer() != null) {
                text.append(" in ").append(resource.getURIFragment(object.eContainer())).append('.')
                        .append(object.eContainingFeature().getName());
            }
            text.append('\n');
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                Object value = object.eGet(feature);
                text.append("  ").append(feature.getName()).append(object.eIsSet(feature) ? " = " : " (unset) = ");
                if (feature instanceof EReference) {
                    List<?> targets = feature.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
                    for (Object target : targets) {
                        text.append(((EObject) target).eResource().getURIFragment((EObject) target)).append(' ');
                    }
                } else {
                    text.append(value);
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private Path save(Cluster cluster, String name) throws IOException {
        Path file = dir.resolve(name);
        SticResources.save(SticResources.create(SticResources.newResourceSet(), file, cluster));
        return file;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] mutate(byte[] original, List<byte[]> alphabet, Random random) {
        byte[] bytes = original;
        int at = random.nextInt(bytes.length);
        byte[] piece = alphabet.get(random.nextInt(alphabet.size()));
        return switch (random.nextInt(5)) {
            case 0 -> splice(bytes, at, 1, piece); // replace one byte
            case 1 -> splice(bytes, at, 0, piece); // insert
            case 2 -> splice(bytes, at, 1, new byte[0]); // delete
            case 3 -> splice(bytes, at, 0, Arrays.copyOfRange(bytes, at,
                    Math.min(bytes.length, at + 1 + random.nextInt(80)))); // repeat a span
            default -> Arrays.copyOf(bytes, at); // truncate
        };
    }

    /** {@code bytes} with {@code removed} bytes at {@code at} replaced by {@code inserted}. */
    private static byte[] splice(byte[] bytes, int at, int removed, byte[] inserted) {
        byte[] out = new byte[bytes.length - removed + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at + removed, out, at + inserted.length, bytes.length - at - removed);
        return out;
    }
}

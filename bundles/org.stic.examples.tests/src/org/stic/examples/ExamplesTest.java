package org.stic.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.Contour;
import org.stic.Element;
import org.stic.KeyAction;
import org.stic.NamedElement;
import org.stic.model.io.SticResources;
import org.stic.validation.Finding;
import org.stic.validation.SticValidator;

/**
 * The shipped examples: they load cleanly, are exactly what {@link ExampleModels} builds, are in canonical form, and
 * keep their promises (size, Russian names, English documentation, facts marked, findings on purpose).
 * <p>
 * To rewrite the shipped files after changing {@link ExampleModels}:
 * {@code ./mvnw -B verify -pl bundles/org.stic.examples.tests -am -Dtycho.testArgLine=-Dstic.examples.regenerate=$PWD/bundles/org.stic.examples/models}
 */
class ExamplesTest {

    private static final Map<String, Supplier<Cluster>> BUILDERS = new LinkedHashMap<>();
    static {
        BUILDERS.put(Examples.KALUGA_PHARMA, ExampleModels::kalugaPharma);
        BUILDERS.put(Examples.DEFENCE_RADIOELECTRONICS, ExampleModels::defenceRadioelectronics);
        BUILDERS.put(Examples.STARTER, ExampleModels::starter);
    }

    /** The findings each example has on purpose, as "rule id: element name", and no others. */
    private static final Map<String, Set<String>> EXPECTED_FINDINGS = Map.of(
            Examples.KALUGA_PHARMA, Set.of("INT-001: Сопровождение регистрации лекарственных средств",
                    "NET-003: Банк развития (региональное отделение)"),
            Examples.DEFENCE_RADIOELECTRONICS, Set.of("INT-005: Исследования гражданских рынков",
                    "EXT-003: Научные организации"),
            Examples.STARTER, Set.of());

    private static final Map<String, String> FINDINGS = Map.of(
            Examples.KALUGA_PHARMA, ExampleModels.KALUGA_FINDINGS,
            Examples.DEFENCE_RADIOELECTRONICS, ExampleModels.DEFENCE_FINDINGS,
            Examples.STARTER, ExampleModels.STARTER_FINDINGS);

    @TempDir
    Path dir;

    @Test
    void shippedFilesAreWhatTheBuildersBuild() throws Exception {
        String regenerate = System.getProperty("stic.examples.regenerate");
        for (var example : BUILDERS.entrySet()) {
            Path file;
            if (regenerate != null) {
                file = Path.of(regenerate, example.getKey() + ".stic");
                SticResources.save(SticResources.create(SticResources.newResourceSet(), file, example.getValue().get()));
            } else {
                file = Examples.path(example.getKey());
            }
            Cluster shipped = SticResources.load(file);
            assertTrue(PersistentEquality.equal(example.getValue().get(), shipped), example.getKey()
                    + " differs from ExampleModels: regenerate it (see this class's documentation)");
        }
    }

    @Test
    void namesAndPathsResolveTheShippedFiles() {
        assertEquals(List.of("kaluga-pharma", "defence-radioelectronics", "starter"), Examples.names());
        for (String name : Examples.names()) {
            assertTrue(Files.isRegularFile(Examples.path(name)), name);
            assertTrue(Examples.path(name).toString().endsWith("models/" + name + ".stic"));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Examples.path("nowhere"));
        assertTrue(e.getMessage().contains("kaluga-pharma"), e.getMessage());
    }

    /**
     * Saving a shipped file unchanged gives its bytes. A shipped file still in metamodel 1.0 (until the examples are
     * rewritten in 2.0) is migrated on load, so there its first save in 2.0 must be the canonical form instead.
     */
    @Test
    void shippedFilesAreInCanonicalForm() throws Exception {
        for (String name : Examples.names()) {
            Resource resource = SticResources.loadResource(SticResources.newResourceSet(), Examples.path(name));
            Path again = dir.resolve(name + ".stic");
            resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(again.toString()));
            boolean migrated = SticResources.migration(resource) != null;
            SticResources.save(resource);
            Path canonical = Examples.path(name);
            if (migrated) {
                canonical = again;
                again = dir.resolve(name + ".again.stic");
                Resource reloaded = SticResources.loadResource(SticResources.newResourceSet(), canonical);
                reloaded.setURI(org.eclipse.emf.common.util.URI.createFileURI(again.toString()));
                SticResources.save(reloaded);
            }
            assertArrayEquals(Files.readAllBytes(canonical), Files.readAllBytes(again), name);
        }
    }

    @Test
    void bigExamplesCoverBothContoursAndTheNetwork() throws Exception {
        for (String name : List.of(Examples.KALUGA_PHARMA, Examples.DEFENCE_RADIOELECTRONICS)) {
            Cluster cluster = SticResources.load(Examples.path(name));
            assertTrue(all(cluster).size() >= 60, name + " has " + all(cluster).size() + " elements");
            assertTrue(all(cluster.getExternalContour()).size() >= 20, name + ": external contour");
            assertTrue(all(cluster.getInternalContour()).size() >= 20, name + ": internal contour");
            assertTrue(cluster.getParticipants().size() >= 10, name + ": participants");
            assertTrue(cluster.getInteractions().size() >= 10, name + ": interactions");
        }
        assertTrue(all(SticResources.load(Examples.path(Examples.STARTER))).size() <= 20, "the starter stays minimal");
    }

    @Test
    void namesAreRussianDocumentationEnglishAndFactsMarked() throws Exception {
        for (String name : Examples.names()) {
            for (EObject object : all(SticResources.load(Examples.path(name)))) {
                if (object instanceof NamedElement named) {
                    assertTrue(named.getName().matches(".*\\p{IsCyrillic}.*"), name + ": " + named.getName());
                }
                if (object instanceof Element element && !(object instanceof Contour)) {
                    String description = element.getDescription();
                    // English prose; Russian only inside quoted element names
                    assertTrue(description != null && description.matches(".*[A-Za-z]{3,}.*")
                            && !description.replaceAll("(?<![A-Za-z])'[^']*'", "").matches("(?s).*\\p{IsCyrillic}.*"),
                            name + ": no English description on " + EcoreUtil.getURI(object).fragment());
                    if (!name.equals(Examples.STARTER)) {
                        assertTrue(description.contains("llustrative") || description.contains("seed"),
                                name + ": a fact neither from the seed nor marked illustrative: " + description);
                    }
                }
            }
        }
    }

    @Test
    void eachExampleHasExactlyTheFindingsItPromises() throws Exception {
        SticValidator validator = SticValidator.builtIn();
        for (String name : Examples.names()) {
            Set<String> found = new TreeSet<>();
            for (Finding finding : validator.validate(SticResources.load(Examples.path(name)))) {
                EObject element = finding.element();
                found.add(finding.ruleId() + ": "
                        + (element instanceof NamedElement named ? named.getName() : EcoreUtil.getURI(element).fragment()));
            }
            assertEquals(new TreeSet<>(EXPECTED_FINDINGS.get(name)), found, name);
        }
    }

    @Test
    void kalugaShowsAKeyActionWithoutSupportingResource() throws Exception {
        Cluster kaluga = SticResources.load(Examples.path(Examples.KALUGA_PHARMA));
        List<String> gaps = kaluga.getInternalContour().getKeyActions().stream()
                .filter(a -> a.getSupportingResources().isEmpty()).map(KeyAction::getName).toList();
        assertEquals(List.of("Сопровождение регистрации лекарственных средств"), gaps);
    }

    @Test
    void descriptionsAndReadmeStateTheFindingsOnPurpose() throws Exception {
        String readme;
        try (InputStream in = Examples.class.getResourceAsStream("/README.md")) {
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        }
        for (String name : Examples.names()) {
            String findings = FINDINGS.get(name);
            assertTrue(SticResources.load(Examples.path(name)).getDescription().contains("on purpose: " + findings + "."),
                    name);
            assertTrue(readme.contains("`" + name + "`: " + findings), name + ": README does not say " + findings);
        }
    }

    private static List<EObject> all(EObject root) throws IOException {
        List<EObject> objects = new ArrayList<>();
        objects.add(root);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            objects.add(it.next());
        }
        return objects;
    }
}

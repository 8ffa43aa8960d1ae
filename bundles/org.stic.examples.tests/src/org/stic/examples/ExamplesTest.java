package org.stic.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
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
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.AvailabilityStatus;
import org.stic.Cluster;
import org.stic.Contour;
import org.stic.Element;
import org.stic.Indicator;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Membership;
import org.stic.NamedElement;
import org.stic.Participant;
import org.stic.ParticipantRole;
import org.stic.QuantityUnit;
import org.stic.SegmentNeed;
import org.stic.TargetDirection;
import org.stic.model.io.SticResources;
import org.stic.validation.Finding;
import org.stic.validation.SticValidator;

/**
 * The shipped examples: they load cleanly, are exactly what {@link ExampleModels} builds, are in canonical form, and
 * keep their promises (size, Russian text, facts sourced or marked illustrative, findings and gaps on purpose).
 * <p>
 * To rewrite the shipped files after changing {@link ExampleModels}:
 * the command in the examples README (the property {@code stic.examples.regenerate} names the models folder).
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
                    "NET-003: Новый участник — производитель субстанций"),
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

    /** The shipped files are written in the current metamodel version, and saving one unchanged gives its bytes. */
    @Test
    void shippedFilesAreInCanonicalForm() throws Exception {
        for (String name : Examples.names()) {
            Resource resource = SticResources.loadResource(SticResources.newResourceSet(), Examples.path(name));
            assertNull(SticResources.migration(resource), name + " is an older metamodel version: regenerate it");
            Path again = dir.resolve(name + ".stic");
            resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(again.toString()));
            SticResources.save(resource);
            assertArrayEquals(Files.readAllBytes(Examples.path(name)), Files.readAllBytes(again), name);
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
    void allTextIsRussianAndEveryFactIsSourcedOrMarkedIllustrative() throws Exception {
        for (String name : Examples.names()) {
            for (EObject object : all(SticResources.load(Examples.path(name)))) {
                for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                    if (attribute.getEAttributeType().getInstanceClass() == String.class
                            && !NOT_PROSE.contains(attribute.getName())
                            && object.eGet(attribute) instanceof String text) {
                        // Russian prose; Latin letters only in proper names such as 'STADA' or 'GMP'
                        assertTrue(count(text, "\\p{IsCyrillic}") > 2 * count(text, "[A-Za-z]"),
                                name + ": not Russian: " + attribute.getName() + " = " + text);
                    }
                }
                boolean fact = object instanceof Element && !(object instanceof Contour);
                if (fact && !name.equals(Examples.STARTER)) {
                    Element element = (Element) object;
                    if (element.isIllustrative()) {
                        assertTrue(element.getDescription().startsWith("Иллюстративно: "),
                                name + ": an illustrative element that does not say so: " + element.getDescription());
                    } else {
                        assertTrue(element.getCitation() != null && !element.getCitation().isBlank(),
                                name + ": a fact without its source: " + element.getDescription());
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
    void kalugaHoldsItsPublicParticipantsAndTheGapsTheAnalysisRanks() throws Exception {
        Cluster kaluga = SticResources.load(Examples.path(Examples.KALUGA_PHARMA));
        List<Participant> participants = kaluga.getParticipants();
        assertEquals(31, participants.stream().filter(p -> !p.isIllustrative()).count(), "public participants");
        assertEquals(5, participants.stream().filter(Participant::isIllustrative).count(), "illustrative participants");
        assertEquals(List.of("Фонд «Сколково»", "Фонд посевных инвестиций РВК", "АО «РОСНАНО»", "Компания «Пфайзер»",
                "Минэкономразвития России", "Минпромторг России"), participants.stream()
                        .filter(p -> p.getMembership() == Membership.EXTERNAL).map(Participant::getName).toList());
        List<Participant> coordinators = participants.stream()
                .filter(p -> p.getRoles().contains(ParticipantRole.COORDINATOR)).toList();
        assertEquals(1, coordinators.size());
        assertTrue(coordinators.get(0).getName().contains("(АИРКО)"), coordinators.get(0).getName());

        KeyResource cleanRooms = resource(kaluga, "Чистые помещения пилотного участка");
        assertEquals(0, new BigDecimal(4).compareTo(cleanRooms.getCapacity()), "under-provided: 4 projects a year");
        assertEquals(QuantityUnit.PROJECTS_PER_YEAR, cleanRooms.getCapacityUnit());
        SegmentNeed pilot = need(kaluga, "Пилотное производство опытных партий");
        assertEquals(0, new BigDecimal(6).compareTo(pilot.getDemand()), "against a demand of 6");
        assertEquals(QuantityUnit.PROJECTS_PER_YEAR, pilot.getDemandUnit());

        KeyResource planned = resource(kaluga, "Центр трансляционной медицины");
        assertEquals(AvailabilityStatus.PLANNED, planned.getStatus());
        assertEquals(2028, planned.getAvailableFrom());

        KeyAction studies = kaluga.getInternalContour().getKeyActions().stream()
                .filter(a -> a.getName().equals("Доклинические исследования по договорам")).findFirst().orElseThrow();
        assertEquals(List.of("Контрактная исследовательская организация"),
                studies.getPerformers().stream().map(Participant::getName).toList(), "one performer");
        assertEquals(studies.getPerformers(), studies.getSupportingResources().get(0).getProviders(), "and provider");

        for (EObject gap : List.of(cleanRooms, pilot, planned, studies, studies.getPerformers().get(0))) {
            assertTrue(((Element) gap).isIllustrative(), "a gap on purpose sits on an illustrative element: " + gap);
        }
    }

    @Test
    void defenceExampleHoldsTheCivilShareTargetAsAnIndicator() throws Exception {
        Cluster defence = SticResources.load(Examples.path(Examples.DEFENCE_RADIOELECTRONICS));
        Indicator concernShare = defence.getIndicators().stream()
                .filter(i -> i.getName().equals("Доля гражданской продукции в выручке концерна")).findFirst()
                .orElseThrow();
        assertEquals(QuantityUnit.PERCENT, concernShare.getUnit());
        assertEquals(TargetDirection.AT_LEAST, concernShare.getDirection());
        assertEquals(0, new BigDecimal(50).compareTo(concernShare.getTarget()));
        assertEquals(2030, concernShare.getTargetYear());
        assertEquals(0, new BigDecimal(17).compareTo(concernShare.getBaseline()));
        assertEquals(2016, concernShare.getBaselineYear());
        assertTrue(concernShare.isIllustrative(), "the baseline is not sourced");
        assertEquals(List.of("АО «Концерн «Созвездие»"),
                concernShare.getMeasures().stream().map(e -> ((NamedElement) e).getName()).toList());
        assertTrue(defence.getExternalContour().getSegments().stream().flatMap(s -> s.getNeeds().stream())
                .noneMatch(n -> n.getName().contains("полови")), "the target is no longer a segment need");
    }

    private static KeyResource resource(Cluster cluster, String name) {
        return cluster.getInternalContour().getKeyResources().stream().filter(r -> r.getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no key resource " + name));
    }

    private static SegmentNeed need(Cluster cluster, String name) {
        return cluster.getExternalContour().getSegments().stream().flatMap(s -> s.getNeeds().stream())
                .filter(n -> n.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no need " + name));
    }

    @Test
    void descriptionsAndReadmeStateTheFindingsOnPurpose() throws Exception {
        String readme;
        try (InputStream in = Examples.class.getResourceAsStream("/README.md")) {
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        }
        for (String name : Examples.names()) {
            String findings = FINDINGS.get(name);
            assertTrue(SticResources.load(Examples.path(name)).getDescription()
                    .contains(ExampleModels.FINDINGS_INTRO + findings + "."),
                    name);
            assertTrue(readme.contains("`" + name + "`: " + findings), name + ": README does not say " + findings);
        }
    }

    /** Attributes that hold codes or citations rather than prose. */
    private static final Set<String> NOT_PROSE = Set.of("citation", "currency");

    private static long count(String text, String regex) {
        return java.util.regex.Pattern.compile(regex).matcher(text).results().count();
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

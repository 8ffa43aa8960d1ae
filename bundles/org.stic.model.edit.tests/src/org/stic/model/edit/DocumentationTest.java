package org.stic.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.stic.SticPackage;

/**
 * The metamodel's documentation exists in Russian for every class, feature and literal the .ecore documents, and for
 * nothing else; English keeps the .ecore's own.
 */
class DocumentationTest {

    private final Vocabulary ru = Vocabulary.of(Language.RU);

    @Test
    void everyDocumentedElementOfTheMetamodelHasItsRussianDocumentation() throws Exception {
        List<String> missing = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        for (ENamedElement element : documentedElements(sticEcore())) {
            String key = key(element);
            documented.add(key);
            String russian = ru.documentation(element);
            if (russian == null || russian.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
                missing.add(key + ": " + russian);
            }
        }
        assertTrue(documented.size() > 250, "the .ecore's documentation is read: " + documented.size());
        assertTrue(missing.isEmpty(), "no Russian documentation:\n" + String.join("\n", missing));
        Set<String> stale = new TreeSet<>(russianKeys());
        stale.removeAll(documented);
        assertTrue(stale.isEmpty(), "documentation_ru.properties documents what the metamodel does not: " + stale);
    }

    @Test
    void runtimeElementsFindTheirDocumentationAndEnglishHasNoneOfItsOwn() {
        EStructuralFeature capacity = SticPackage.Literals.KEY_RESOURCE__CAPACITY;
        assertTrue(ru.documentation(capacity).startsWith("Мощность: сколько ресурса имеется"), ru.documentation(capacity));
        assertTrue(ru.documentation(SticPackage.Literals.ELEMENT__CITATION).startsWith("Источник сведений"));
        assertNotNull(ru.documentation(SticPackage.Literals.AVAILABILITY_STATUS.getEEnumLiteral("PLANNED")));
        assertNull(Vocabulary.of(Language.EN).documentation(capacity), "English: the .ecore's own documentation");
        EClass foreign = org.eclipse.emf.ecore.EcoreFactory.eINSTANCE.createEClass();
        foreign.setName("KeyResource");
        assertNull(ru.documentation(foreign), "a class of another metamodel with the same name is not STIC's");
        assertEquals(ru.documentation(SticPackage.eINSTANCE), ru.documentation(sticEcore()), "the package: «stic»");
    }

    private static EPackage sticEcore() {
        URL ecore = SticPackage.class.getResource("/model/stic.ecore");
        assertNotNull(ecore, "org.stic.model ships model/stic.ecore");
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
        rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        return (EPackage) rs.getResource(URI.createURI(ecore.toString()), true).getContents().get(0);
    }

    private static List<ENamedElement> documentedElements(EPackage p) {
        List<ENamedElement> all = new ArrayList<>();
        all.add(p);
        for (EClassifier c : p.getEClassifiers()) {
            all.add(c);
            if (c instanceof EClass eClass) {
                all.addAll(eClass.getEStructuralFeatures());
            } else if (c instanceof EEnum e) {
                all.addAll(e.getELiterals());
            }
        }
        return all.stream().filter(e -> EcoreUtil.getDocumentation(e) != null).toList();
    }

    private static String key(ENamedElement e) {
        return e instanceof EStructuralFeature f ? f.getEContainingClass().getName() + "." + f.getName()
                : e instanceof EEnumLiteral l ? l.getEEnum().getName() + "." + l.getName() : e.getName();
    }

    private static Set<String> russianKeys() throws Exception {
        Properties p = new Properties();
        try (InputStream in = Vocabulary.class.getResourceAsStream("/documentation_ru.properties")) {
            assertNotNull(in, "documentation_ru.properties is in the bundle");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}

package org.stic.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stic.SticPackage;
import org.stic.extensions.MetamodelChecks.Kind;
import org.stic.extensions.MetamodelChecks.Problem;

/**
 * The two wordings of a metamodel problem: the sentence the metamodel editor and the wizard show while the user
 * edits ({@link Problem#message()}), and the clause a project's loading puts after "extension 'x' is not loaded: "
 * ({@link Problem#reason()}), in English and Russian.
 */
class MetamodelChecksTest {

    private final String language = org.stic.model.nls.Messages.use("en");

    @AfterEach
    void restoreLanguage() {
        org.stic.model.nls.Messages.use(language);
    }

    private static EPackage extension(String name, String nsUri, String... classes) {
        EPackage p = EcoreFactory.eINSTANCE.createEPackage();
        p.setName(name);
        p.setNsPrefix(name);
        p.setNsURI(nsUri);
        for (String c : classes) {
            EClass k = EcoreFactory.eINSTANCE.createEClass();
            k.setName(c);
            k.getESuperTypes().add(SticPackage.Literals.PARTICIPANT);
            p.getEClassifiers().add(k);
        }
        return p;
    }

    private static Problem only(EPackage p, List<EPackage> others) {
        List<Problem> problems = MetamodelChecks.of(p, others);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void aClassNamedAsOneOfSticIsStatedOnItsOwnWhileEditingAndAsTheReasonWhenLoading() {
        Problem clash = only(extension("technopark", "http://example.org/t/1.0", "Participant"), List.of());
        assertEquals(Kind.NAME_TAKEN, clash.kind());
        assertEquals("The name 'Participant' is already used by the STIC metamodel; rename it, e.g. with a prefix of"
                + " your methodology (until then the project does not load the extension)", clash.message());
        assertEquals("its class 'Participant' has the name of a class of the STIC metamodel; rename it (e.g. with a"
                + " prefix of your methodology)", clash.reason());

        org.stic.model.nls.Messages.use("ru");
        Problem russian = only(extension("technopark", "http://example.org/t/1.0", "Participant"), List.of());
        assertEquals("Имя «Participant» уже занято в метамодели STIC; переименуйте, например добавив префикс своей"
                + " методики (до тех пор проект не загружает расширение)", russian.message());
        assertEquals("имя его класса «Participant» совпадает с именем класса в метамодели STIC; переименуйте класс"
                + " (например, добавив префикс своей методики)", russian.reason());
    }

    @Test
    void aNameOrNsUriOfAnotherExtensionIsNamedWithThatExtension() {
        EPackage other = extension("science", "http://example.org/s/1.0", "Lab");
        Problem name = only(extension("technopark", "http://example.org/t/1.0", "Lab"), List.of(other));
        assertEquals("The name 'Lab' is already used by extension 'science'; rename it, e.g. with a prefix of your"
                + " methodology (until then the project does not load the extension)", name.message());
        assertEquals("its class 'Lab' has the name of a class of extension 'science'; rename it (e.g. with a prefix"
                + " of your methodology)", name.reason());
        Problem nsUri = only(extension("technopark", "http://example.org/s/1.0", "Park"), List.of(other));
        assertEquals("The nsURI 'http://example.org/s/1.0' is already used by extension 'science'; give this"
                + " extension its own (until then the project does not load it)", nsUri.message());
        assertEquals("its nsURI 'http://example.org/s/1.0' is already used by extension 'science'", nsUri.reason());

        org.stic.model.nls.Messages.use("ru");
        assertEquals("Имя «Lab» уже занято в расширении «science»; переименуйте, например добавив префикс своей"
                + " методики (до тех пор проект не загружает расширение)",
                only(extension("technopark", "http://example.org/t/1.0", "Lab"), List.of(other)).message());
    }

    @Test
    void everyLiveSentenceStartsWithACapitalAndDiffersFromTheLoadTimeClause() {
        for (String code : List.of("en", "ru")) {
            org.stic.model.nls.Messages.use(code);
            EPackage noUri = extension("technopark", null, "Park");
            EPackage builtIn = extension("stic", SticPackage.eNS_URI, "Park");
            EPackage badNames = extension("techno park", "http://example.org/t/1.0", "2Park");
            EClass lonely = EcoreFactory.eINSTANCE.createEClass();
            lonely.setName("Lonely");
            badNames.getEClassifiers().add(lonely);
            for (EPackage p : List.of(noUri, builtIn, badNames)) {
                for (Problem problem : MetamodelChecks.of(p, List.of())) {
                    String message = problem.message();
                    assertEquals(true, Character.isUpperCase(message.codePointAt(0)) || message.startsWith("nsURI"),
                            code + ": " + message);
                    if (problem.blocking()) {
                        assertEquals(false, message.equalsIgnoreCase(problem.reason()), message);
                    } else {
                        assertNull(problem.reason(), "only a blocking problem keeps an extension out: " + message);
                    }
                }
            }
            assertEquals(List.of(Kind.NO_NS_URI), MetamodelChecks.of(noUri, List.of()).stream()
                    .map(Problem::kind).toList());
            assertEquals(List.of(Kind.BUILT_IN_NS_URI, Kind.PACKAGE_NAME_STIC), MetamodelChecks.of(builtIn, List.of())
                    .stream().map(Problem::kind).toList());
            assertEquals(List.of(Kind.NOT_IDENTIFIER, Kind.NOT_IDENTIFIER, Kind.UNREACHABLE),
                    MetamodelChecks.of(badNames, List.of()).stream().map(Problem::kind).toList());
        }
        org.stic.model.nls.Messages.use("en");
        assertEquals("Class 'Lonely' can never appear in a STIC model: it specialises no STIC class and nothing can"
                + " contain it; make it specialise a STIC class (e.g. Participant)", lonelyMessage());
    }

    private static String lonelyMessage() {
        EPackage p = extension("t", "http://example.org/t/1.0");
        EClass lonely = EcoreFactory.eINSTANCE.createEClass();
        lonely.setName("Lonely");
        p.getEClassifiers().add(lonely);
        return only(p, List.of()).message();
    }
}

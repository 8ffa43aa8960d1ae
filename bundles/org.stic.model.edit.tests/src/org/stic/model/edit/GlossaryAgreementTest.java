package org.stic.model.edit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.stic.SticPackage;

/**
 * docs/glossary.md is the one source of Russian terms: the vocabulary the workbench, diagrams and reports name
 * things with says what it says. Read from the checkout this fragment is built in; each check fails with the list of
 * rows that disagree.
 */
class GlossaryAgreementTest {

    private static final Path GLOSSARY = Path.of("").toAbsolutePath().getParent().getParent()
            .resolve("docs/glossary.md");

    private final Vocabulary en = Vocabulary.of(Language.EN);
    private final Vocabulary ru = Vocabulary.of(Language.RU);

    /** "| Class.feature | English | Russian | Definition |" and "| Enum.LITERAL | English | Russian |". */
    @Test
    void everyFeatureAndLiteralRowHasTheVocabularysRussianName() throws IOException {
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        for (List<String> row : rows()) {
            List<String> names = split(row.get(0).replaceFirst("\\s*\\(.*$", ""));
            if (names.isEmpty() || !names.get(0).matches("[A-Z]\\w*\\.\\w+")) {
                continue;
            }
            List<String> russian = split(row.get(2));
            String owner = names.get(0).substring(0, names.get(0).indexOf('.'));
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).contains(".") ? names.get(i) : owner + "." + names.get(i);
                owner = name.substring(0, name.indexOf('.'));
                String term = russian.size() == names.size() ? russian.get(i) : russian.get(0);
                String shown = shown(name);
                checked++;
                if (shown == null) {
                    offenders.add(name + ": not in the metamodel");
                } else if (!term.equalsIgnoreCase(shown) && !head(term).equalsIgnoreCase(shown)) {
                    offenders.add(name + ": the glossary says «" + term + "», the workbench shows «" + shown + "»");
                }
            }
        }
        assertTrue(checked > 150, "the glossary's feature and literal tables are read: " + checked + " rows");
        assertTrue(offenders.isEmpty(), "glossary and vocabulary disagree:\n" + String.join("\n", offenders));
    }

    /** "| key resource / resources | ключевой ресурс / ключевые ресурсы | ..." for the classes the vocabulary names. */
    @Test
    void everyClassRowHasTheVocabularysSingularAndPlural() throws IOException {
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        for (List<String> row : rows()) {
            String english = row.get(0).split(" / ")[0].strip();
            EClass eClass = classNamed(english, c -> en.type(c));
            if (eClass == null) {
                continue;
            }
            checked++;
            String[] russian = row.get(1).split(" / ");
            if (!russian[0].strip().equalsIgnoreCase(ru.type(eClass))) {
                offenders.add(english + ": the glossary says «" + russian[0].strip() + "», the workbench shows «"
                        + ru.type(eClass) + "»");
            }
            if (russian.length > 1 && !russian[1].strip().equalsIgnoreCase(ru.types(eClass))) {
                offenders.add(english + " (plural): the glossary says «" + russian[1].strip()
                        + "», the workbench shows «" + ru.types(eClass) + "»");
            }
        }
        assertTrue(checked >= 15, "the classes' rows are read: " + checked);
        assertTrue(offenders.isEmpty(), "glossary and vocabulary disagree:\n" + String.join("\n", offenders));
    }

    /** The Russian name the workbench shows for "Class.feature" or "Enum.LITERAL"; null when there is no such thing. */
    private String shown(String name) {
        String[] parts = name.split("\\.");
        EClassifier classifier = SticPackage.eINSTANCE.getEClassifier(parts[0]);
        if (classifier instanceof EClass c) {
            EStructuralFeature f = c.getEStructuralFeature(parts[1]);
            return f == null ? null : ru.feature(f);
        }
        if (classifier instanceof EEnum e) {
            EEnumLiteral literal = e.getEEnumLiteral(parts[1]);
            return literal == null ? null : ru.literal(literal);
        }
        return null;
    }

    private static EClass classNamed(String english, Function<EClass, String> name) {
        for (EClassifier c : SticPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass eClass && name.apply(eClass).equalsIgnoreCase(english)) {
                return eClass;
            }
        }
        return null;
    }

    /** The term itself, without what the glossary adds after it: "сегменты — получатели выгоды" is «сегменты». */
    private static String head(String term) {
        return term.replaceFirst("\\s*(\\(| — ).*$", "").strip();
    }

    /** "baseline, baselineYear" and "LOW / MEDIUM / HIGH" list several names; "ч/год" is one. */
    private static List<String> split(String cell) {
        List<String> parts = new ArrayList<>();
        for (String p : cell.split(",\\s+|\\s+/\\s+")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }

    private static List<List<String>> rows() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
            if (line.startsWith("| ") && !line.startsWith("|---")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.strip().substring(1, line.strip().length() - 1).split("\\|")) {
                    cells.add(cell.strip());
                }
                if (cells.size() >= 3 && !cells.get(1).equals("English") && !cells.get(2).equals("English")) {
                    rows.add(cells);
                }
            }
        }
        return rows;
    }
}

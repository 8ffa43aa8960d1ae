package org.stic.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.stic.SticPackage;
import org.stic.diagram.ClassDiagram;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;
import org.stic.model.io.AtomicFiles;
import org.stic.validation.Rule;
import org.stic.validation.RuleCatalogue;

import freemarker.template.TemplateException;

/**
 * The metamodel reference for methodologists ({@code stic metamodel-doc}, Help > STIC Metamodel Reference), written
 * beside the report because it is a document of the same kind: one HTML page, {@code index.html}, with
 * every class, feature and enumeration of the STIC metamodel and of a project's extensions (documentation, types,
 * multiplicities), every rule of the project's catalogue (id, severity, OCL, message), and a class diagram per
 * package as SVG beside it ({@code diagrams/<package>.svg}, drawn by {@link ClassDiagram}). The page comes from the
 * FreeMarker template {@code templates/metamodel.ftlh}, whose {@code .ftlh} extension turns on HTML escaping.
 */
public final class MetamodelReference {

    public static final String INDEX = "index.html";

    private static final String DIAGRAMS = "diagrams";

    private MetamodelReference() {
    }

    /**
     * Writes the reference of the STIC metamodel, the {@code extensions} and the rules of {@code catalogue} into
     * {@code dir} in {@code language} (headings, the STIC metamodel's documentation and names, the rules' titles,
     * messages and rationales); {@code problems} are the files that could not be loaded, listed at the top. Returns
     * the index page. Class, feature and literal names are the metamodel's own, as OCL rules and files use them.
     */
    public static Path write(List<EPackage> extensions, RuleCatalogue catalogue, List<String> problems, Path dir,
            Language language) throws IOException {
        Files.createDirectories(dir.resolve(DIAGRAMS));
        Vocabulary vocabulary = Vocabulary.of(language);
        List<Map<String, Object>> packages = new ArrayList<>();
        Set<String> diagramNames = new HashSet<>();
        packages.add(describe(documentedSticPackage(), true, dir, diagramNames, vocabulary));
        for (EPackage p : extensions) {
            packages.add(describe(p, false, dir, diagramNames, vocabulary));
        }
        Set<String> builtIn = RuleCatalogue.builtIn().rules().stream().map(Rule::id).collect(Collectors.toSet());
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Rule r : catalogue.rules()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("title", String.valueOf(catalogue.title(r, language)));
            m.put("category", r.category().label(language));
            m.put("severity", Messages.get(language, "reference.severity." + r.defaultSeverity().name()));
            m.put("context", r.contextClass());
            m.put("name", r.oclName());
            m.put("ocl", r.ocl());
            m.put("message", catalogue.messageTemplate(r, language));
            m.put("rationale", String.valueOf(catalogue.rationale(r, language)));
            m.put("user", !builtIn.contains(r.id()));
            rules.add(m);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", texts(language));
        model.put("packages", packages);
        model.put("rules", rules);
        model.put("problems", problems);
        Path index = dir.resolve(INDEX);
        AtomicFiles.write(index, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try {
                HtmlReport.templates().getTemplate("metamodel.ftlh").process(model, w);
            } catch (TemplateException e) {
                throw new IllegalStateException("metamodel reference template failed: " + e.getMessage(), e);
            }
            w.flush();
        });
        return index;
    }

    /**
     * The STIC package with its documentation: the generated package carries no GenModel annotations, so the
     * model bundle's own {@code stic.ecore} is read when it is there.
     */
    private static EPackage documentedSticPackage() {
        URL ecore = SticPackage.class.getResource("/model/stic.ecore");
        if (ecore == null) {
            return SticPackage.eINSTANCE;
        }
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
        rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        try {
            return (EPackage) rs.getResource(URI.createURI(ecore.toString()), true).getContents().get(0);
        } catch (RuntimeException e) {
            return SticPackage.eINSTANCE;
        }
    }

    /** The template's own words: {@code reference.<key>} of this bundle's messages, as {@code t.<key>}. */
    private static Map<String, String> texts(Language language) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("lang", language.code());
        for (String key : List.of("title", "packages", "extension", "rulesLink", "notLoaded", "package", "diagram",
                "abstract", "subclassOf", "feature", "kind", "type", "multiplicity", "documentation", "enumeration",
                "literal", "rules", "rule", "checks", "ocl", "message", "user")) {
            t.put(key, Messages.get(language, "reference." + key));
        }
        return t;
    }

    private static Map<String, Object> describe(EPackage p, boolean builtIn, Path dir, Set<String> diagramNames,
            Vocabulary vocabulary) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.getName());
        m.put("nsURI", p.getNsURI());
        m.put("builtIn", builtIn);
        m.put("doc", doc(p, vocabulary));
        List<EClass> classes = new ArrayList<>();
        List<Map<String, Object>> classMaps = new ArrayList<>();
        List<Map<String, Object>> enums = new ArrayList<>();
        for (EClassifier c : p.getEClassifiers()) {
            if (c instanceof EClass eClass) {
                classes.add(eClass);
                classMaps.add(describe(eClass, vocabulary));
            } else if (c instanceof EEnum e) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("name", e.getName());
                em.put("anchor", anchor(e));
                em.put("doc", doc(e, vocabulary));
                List<Map<String, Object>> literals = new ArrayList<>();
                for (EEnumLiteral l : e.getELiterals()) {
                    literals.add(Map.of("name", l.getName(), "title", title(vocabulary, vocabulary.literal(l)),
                            "doc", doc(l, vocabulary)));
                }
                em.put("literals", literals);
                enums.add(em);
            }
        }
        m.put("classes", classMaps);
        m.put("enums", enums);
        String diagram = DIAGRAMS + "/" + diagramFileName(p.getName(), diagramNames);
        AtomicFiles.write(dir.resolve(diagram), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            new ClassDiagram(classes).writeSvg(w);
            w.flush();
        });
        m.put("diagram", diagram);
        return m;
    }

    private static Map<String, Object> describe(EClass c, Vocabulary vocabulary) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.getName());
        m.put("title", title(vocabulary, vocabulary.type(c)));
        m.put("anchor", anchor(c));
        m.put("isAbstract", c.isAbstract());
        m.put("doc", doc(c, vocabulary));
        m.put("supertypes", c.getESuperTypes().stream().map(s -> Map.of("name", s.getName(), "anchor", anchor(s)))
                .toList());
        List<Map<String, Object>> features = new ArrayList<>();
        for (EStructuralFeature f : c.getEStructuralFeatures()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.getName());
            fm.put("title", title(vocabulary, vocabulary.feature(f)));
            fm.put("kind", Messages.get(vocabulary.language(), "reference." + (f instanceof EReference r
                    ? r.isContainment() ? "containment" : "reference" : "attribute")));
            fm.put("type", f.getEType() == null ? "?" : f.getEType().getName());
            fm.put("typeAnchor", f.getEType() instanceof EClass || f.getEType() instanceof EEnum
                    ? anchor(f.getEType()) : "");
            fm.put("multiplicity", ClassDiagram.multiplicity(f).strip());
            fm.put("doc", doc(f, vocabulary));
            features.add(fm);
        }
        m.put("features", features);
        return m;
    }

    /**
     * A file name for a package's diagram that stays in {@code diagrams/} whatever an extension's {@code .ecore} calls
     * its package ({@code ../../x}, a name with a slash, an empty one) and that no other package of the reference has
     * taken: letters, digits, '-' and '_' are kept, anything else becomes '_', and a repeated name gets a number.
     */
    static String diagramFileName(String packageName, Set<String> taken) {
        String base = packageName == null ? "" : packageName.codePoints()
                .map(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_')
                .limit(100)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (base.isEmpty()) {
            base = "package";
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name + ".svg";
    }

    /** Anchors are per package and class, so an extension's class links to the STIC supertype it names. */
    private static String anchor(EClassifier c) {
        return (c.getEPackage() == null ? "" : c.getEPackage().getName() + "-") + c.getName();
    }

    /** The documentation in the vocabulary's language when it has the element's, else the metamodel's own. */
    private static String doc(ENamedElement e, Vocabulary vocabulary) {
        String translated = vocabulary.documentation(e);
        String d = translated != null ? translated : EcoreUtil.getDocumentation(e);
        return d == null ? "" : d;
    }

    /** The name people read beside the metamodel's name, in languages other than the one the names are written in. */
    private static String title(Vocabulary vocabulary, String name) {
        return vocabulary.language() == Language.EN ? "" : name;
    }
}

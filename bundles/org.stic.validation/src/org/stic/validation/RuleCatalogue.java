package org.stic.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EParameter;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ocl.Environment;
import org.eclipse.ocl.EvaluationEnvironment;
import org.eclipse.ocl.EvaluationVisitor;
import org.eclipse.ocl.ParserException;
import org.eclipse.ocl.ecore.CallOperationAction;
import org.eclipse.ocl.ecore.SendSignalAction;
import org.eclipse.ocl.ecore.Constraint;
import org.eclipse.ocl.ecore.OCL;
import org.eclipse.ocl.expressions.OCLExpression;
import org.eclipse.ocl.lpg.AbstractBasicEnvironment;
import org.eclipse.ocl.parser.OCLProblemHandler;
import org.stic.SticPackage;
import org.stic.model.edit.Language;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The rules: OCL invariants read from the metamodel (or from the catalogue file itself for rules a methodologist
 * adds), joined with their metadata from a JSON catalogue, and parsed once, eagerly. A rule that cannot be loaded
 * (bad OCL, unknown class, incomplete metadata) becomes a {@link Problem} naming its id and, for OCL, the line and
 * column in the expression; every other rule still runs.
 * <p>
 * Catalogue format: {@code {"rules": [{"id", "category", "severity", "context", "constraint", "title", "message",
 * "rationale", "detail"?, "ocl"?, "sameAs"?}]}}. Without {@code "ocl"} the invariant is the metamodel's
 * {@code http://www.eclipse.org/emf/2002/Ecore/OCL} annotation entry {@code constraint} on class {@code context}.
 * <p>
 * {@code "sameAs": "ID"} makes an entry the rule of an earlier entry on another class: it takes every key it does not
 * give itself from that entry, and its invariant must read exactly as that rule's. This is for twin invariants on
 * classes that share no supertype carrying the features they check (a planned key resource or key action without a
 * year): the metamodel still declares the invariant on each class, so that a tool reading {@code stic.ecore} alone
 * (EMF's OCL delegates, the generated validator) checks both, while category, severity, message and rationale are
 * written once and the two expressions cannot drift apart. (An abstract supertype carrying status and year would
 * move those attributes ahead of the classes' own in every saved file.)
 */
public final class RuleCatalogue {

    public static final String OCL_ANNOTATION = "http://www.eclipse.org/emf/2002/Ecore/OCL";
    /** The built-in catalogue, a resource of this bundle. */
    public static final String BUILT_IN_RESOURCE = "/rules/catalogue.json";

    /** OCL's helper parses an invariant as "inv: " + text: its error offsets count from that prefix. */
    private static final int INVARIANT_PREFIX = "inv: ".length();

    /** A rule that could not be loaded, or a disagreement between the catalogue and the metamodel. */
    public record Problem(String source, String ruleId, int line, int column, String message) {
        @Override
        public String toString() {
            if (ruleId == null && line > 0) {
                // a problem of a whole OCL document: the position is in that file
                return source + ":" + line + ":" + column + ": " + message;
            }
            StringBuilder b = new StringBuilder(source);
            if (ruleId != null) {
                b.append(": rule ").append(ruleId);
            }
            if (line > 0) {
                b.append(", OCL ").append(line).append(':').append(column);
            }
            return b.append(": ").append(message).toString();
        }
    }

    /**
     * Evaluates one rule's invariant on many elements with one evaluation environment and visitor, instead of the
     * new ones {@code Query.check} makes for every element: through the rule's compiled closures
     * ({@link CompiledOcl}), or by OCL's interpreter alone. Not thread-safe: one per validation run.
     */
    final class Evaluator {
        private final EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> env;
        private final EvaluationVisitor<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter,
                EObject, CallOperationAction, SendSignalAction, Constraint, EClass, EObject> visitor;
        private final OCLExpression<EClassifier> body;
        private final CompiledOcl compiled;
        private final CompiledOcl.Frame frame;

        /** {@code compiledOnly}: evaluates through the closures only (no state of its own in the environment). */
        Evaluator(Compiled rule, Map<EClass, Set<EObject>> extents, boolean compiledOnly) {
            this(rule, newEnvironment(), extents, compiledOnly);
        }

        private Evaluator(Compiled rule, EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass,
                EObject> env, Map<EClass, Set<EObject>> extents, boolean compiledOnly) {
            this(rule, env, ocl.getEnvironment().getFactory().createEvaluationVisitor(ocl.getEnvironment(), env,
                    extents), compiledOnly);
        }

        private Evaluator(Compiled rule, EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass,
                EObject> env, EvaluationVisitor<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral,
                        EParameter, EObject, CallOperationAction, SendSignalAction, Constraint, EClass, EObject> visitor,
                boolean compiledOnly) {
            this.env = env;
            this.visitor = visitor;
            body = rule.invariant.getExpression();
            compiled = compiledOnly ? rule.compiled : null;
            frame = compiledOnly ? compiled.newFrame(env, visitor) : null;
        }

        boolean check(EObject element) {
            return Boolean.TRUE.equals(evaluate(element));
        }

        /** The invariant's OCL value on {@code element}: true, false, null or OCL's invalid. */
        Object evaluate(EObject element) {
            if (compiled != null) {
                return compiled.evaluate(frame, element);
            }
            env.replace(Environment.SELF_VARIABLE_NAME, element);
            return visitor.visitExpression(body);
        }
    }

    private EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> newEnvironment() {
        EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> env =
                ocl.getEnvironment().getFactory().createEvaluationEnvironment();
        env.add(Environment.SELF_VARIABLE_NAME, null);
        return env;
    }

    /**
     * One evaluator per loaded rule (indexed like {@link Compiled#index}), for a validation of {@code root};
     * {@code interpret}: by OCL's interpreter alone, without the compiled closures (benchmarks and tests compare).
     * The compiled rules share one environment and visitor: the closures keep their variables in their own frames
     * and bind them in the environment only around what they leave to the interpreter.
     */
    Evaluator[] evaluators(EObject root, boolean interpret) {
        Map<EClass, Set<EObject>> extents = ocl.getEvaluationEnvironment().createExtentMap(root);
        Evaluator[] result = new Evaluator[compiled.size()];
        Evaluator shared = null;
        for (Compiled c : compiled) {
            if (interpret) {
                result[c.index] = new Evaluator(c, extents, false);
            } else {
                result[c.index] = shared == null ? new Evaluator(c, extents, true)
                        : new Evaluator(c, shared.env, shared.visitor, true);
                shared = result[c.index];
            }
        }
        return result;
    }

    /** A rule ready to run: its invariant (and optional detail query) parsed once, the invariant also compiled. */
    static final class Compiled {
        final int index;
        final Rule rule;
        final EClass context;
        final OCL.Query invariant;
        final CompiledOcl compiled;
        final OCL.Query detail;

        Compiled(int index, Rule rule, EClass context, OCL.Query invariant, CompiledOcl compiled, OCL.Query detail) {
            this.index = index;
            this.rule = rule;
            this.context = context;
            this.invariant = invariant;
            this.compiled = compiled;
            this.detail = detail;
        }
    }

    private static final class BuiltIn {
        static final RuleCatalogue INSTANCE = loadBuiltIn();
    }

    private final String source;
    private final List<Rule> rules = new ArrayList<>();
    private final List<Compiled> compiled = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> titles = new HashMap<>();
    /** Rule id -> the id of the rule it is the same as (its {@code "sameAs"}), whose translated texts it shares. */
    private final Map<String, String> sameAs = new HashMap<>();
    /** Per language other than English: rule id -> its title, message and rationale in that language. */
    private final Map<Language, Map<String, Translation>> translations = new HashMap<>();
    /** Per language other than English: the phrases detail queries return ("no value proposition covers it"). */
    private final Map<Language, Map<String, String>> phrases = new HashMap<>();

    /** A rule's texts in one language; a blank one falls back to English. */
    private record Translation(String title, String message, String rationale) {
    }
    private final Map<EClass, Compiled[]> byClass = new HashMap<>();
    private final OCL ocl = OCL.newInstance(FastEvaluation.INSTANCE);

    private RuleCatalogue(String source) {
        this.source = source;
    }

    /** The catalogue shipped with the workbench: the OCL of stic.ecore plus {@value #BUILT_IN_RESOURCE}. */
    public static RuleCatalogue builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static RuleCatalogue loadBuiltIn() {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing bundle resource " + BUILT_IN_RESOURCE);
            }
            RuleCatalogue c = load(SticPackage.eINSTANCE, "catalogue.json",
                    new InputStreamReader(in, StandardCharsets.UTF_8));
            c.checkEveryConstraintHasMetadata(SticPackage.eINSTANCE);
            for (Language language : Language.values()) {
                if (language != Language.EN) {
                    c.loadTranslation(language, "catalogue_" + language.code() + ".json");
                }
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a catalogue's texts in another language, {@code {"rules": [{"id", "title", "message", "rationale"}],
     * "phrases": {english: translated}}} beside the English catalogue; a missing file leaves the rules in English.
     */
    private void loadTranslation(Language language, String resource) throws IOException {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream("/rules/" + resource)) {
            if (in == null) {
                return;
            }
            JsonObject root = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            Map<String, Translation> byId = new HashMap<>();
            for (JsonElement e : root.getAsJsonArray("rules")) {
                JsonObject o = e.getAsJsonObject();
                byId.put(text(o, "id"), new Translation(text(o, "title"), text(o, "message"), text(o, "rationale")));
            }
            translations.put(language, byId);
            Map<String, String> translated = new HashMap<>();
            if (root.has("phrases")) {
                root.getAsJsonObject("phrases").entrySet().forEach(p -> translated.put(p.getKey(), p.getValue().getAsString()));
            }
            phrases.put(language, translated);
        }
    }

    /** Loads a catalogue file; rules without their own OCL take it from {@code ePackage}. */
    public static RuleCatalogue load(EPackage ePackage, Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(ePackage, file.toString(), r);
        }
    }

    /** Loads a catalogue from JSON text; {@code sourceName} names it in problems. Never throws for bad content. */
    public static RuleCatalogue load(EPackage ePackage, String sourceName, Reader json) {
        RuleCatalogue c = new RuleCatalogue(sourceName);
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseReader(json);
            if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("rules")
                    || !parsed.getAsJsonObject().get("rules").isJsonArray()) {
                c.problem(null, Messages.get("catalogue.notObject"));
                return c;
            }
            root = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            c.problem(null, Messages.get("catalogue.notJson", e.getMessage()));
            return c;
        }
        Map<String, JsonObject> entries = new HashMap<>();
        int n = 0;
        for (JsonElement e : root.getAsJsonArray("rules")) {
            n++;
            if (!e.isJsonObject()) {
                c.problem(null, Messages.get("catalogue.entryNotObject", n));
                continue;
            }
            c.add(ePackage, e.getAsJsonObject(), n, entries);
        }
        return c;
    }

    private void add(EPackage ePackage, JsonObject entry, int n, Map<String, JsonObject> entries) {
        String id = text(entry, "id");
        if (id == null) {
            problem(null, Messages.get("catalogue.noId", n));
            return;
        }
        if (entries.putIfAbsent(id, entry) != null) {
            problem(id, Messages.get("catalogue.idTwice"));
            return;
        }
        String original = text(entry, "sameAs");
        JsonObject o = entry;
        if (original != null) {
            if (!entries.containsKey(original) || original.equals(id)) {
                problem(id, Messages.get("catalogue.sameAsUnknown", original));
                return;
            }
            o = entries.get(original).deepCopy();
            for (Map.Entry<String, JsonElement> own : entry.entrySet()) {
                o.add(own.getKey(), own.getValue());
            }
        }
        List<String> missing = new ArrayList<>();
        for (String key : List.of("category", "severity", "context", "constraint", "title", "message", "rationale")) {
            if (text(o, key) == null) {
                missing.add("\"" + key + "\"");
            }
        }
        if (!missing.isEmpty()) {
            problem(id, Messages.get("catalogue.missing", String.join(", ", missing)));
            return;
        }
        RuleCategory category = enumValue(RuleCategory.class, text(o, "category"));
        Severity severity = Severity.parse(text(o, "severity"));
        if (category == null || severity == null) {
            problem(id, category == null ? Messages.get("catalogue.category", text(o, "category"))
                    : Messages.get("catalogue.severity", text(o, "severity")));
            return;
        }
        String contextName = text(o, "context");
        String constraint = text(o, "constraint");
        EClassifier classifier = ePackage.getEClassifier(contextName);
        if (!(classifier instanceof EClass context)) {
            problem(id, Messages.get("catalogue.noClass", contextName, ePackage.getNsURI()));
            return;
        }
        String expression = text(o, "ocl");
        if (expression == null) {
            expression = EcoreUtil.getAnnotation(context, OCL_ANNOTATION, constraint);
            if (expression == null || !EcoreUtil.getConstraints(context).contains(constraint)) {
                problem(id, Messages.get("catalogue.noConstraint", contextName, constraint));
                return;
            }
        }
        if (original != null) {
            Optional<Rule> twin = rule(original);
            if (twin.isEmpty() || !twin.get().ocl().equals(expression)) {
                problem(id, Messages.get("catalogue.sameAsDiffers", contextName, original));
                return;
            }
            sameAs.put(id, original);
        }
        Rule rule = new Rule(id, category, severity, contextName, constraint, expression, text(o, "message"),
                text(o, "rationale"));
        rules.add(rule);
        titles.put(id, text(o, "title"));
        try {
            OCL.Query invariant = ocl.createQuery(parseInvariant(context, expression));
            String detailText = text(o, "detail");
            OCL.Query detail = detailText == null ? null : ocl.createQuery(parseQuery(context, detailText));
            compiled.add(new Compiled(compiled.size(), rule, context, invariant,
                    CompiledOcl.compile(ocl, invariant.getExpression()), detail));
        } catch (OclProblem p) {
            problems.add(new Problem(source, id, p.line, p.column, p.getMessage()));
        }
    }

    /**
     * A new catalogue: this one's rules followed by the invariants of Complete OCL documents (user rules, see
     * {@link OclDocumentRules} for the comment that gives each its id, severity and message). {@code documents}
     * maps a name for messages (the file's path) to the document's text; {@code packages} resolves the package
     * names the documents use (STIC and extension metamodels). A document that does not parse is reported as
     * {@code file:line:column} in {@link #problems()}; this catalogue's rules and the other documents still run.
     */
    public RuleCatalogue withOclDocuments(EPackage.Registry packages, Map<String, String> documents) {
        RuleCatalogue c = new RuleCatalogue(source);
        c.rules.addAll(rules);
        c.titles.putAll(titles);
        c.sameAs.putAll(sameAs);
        // the built-in rules keep their Russian texts in a project with user rules
        c.translations.putAll(translations);
        c.phrases.putAll(phrases);
        c.problems.addAll(problems);
        for (Compiled k : compiled) {
            // a detail query keeps evaluation state: the new catalogue (its own lock) gets its own
            c.compiled.add(new Compiled(k.index, k.rule, k.context, k.invariant, k.compiled,
                    k.detail == null ? null : c.ocl.createQuery(k.detail.getExpression())));
        }
        for (Map.Entry<String, String> d : documents.entrySet()) {
            OclDocumentRules document = OclDocumentRules.read(d.getKey(), d.getValue(), packages);
            c.problems.addAll(document.problems());
            for (OclDocumentRules.Parsed p : document.rules()) {
                if (c.rule(p.rule().id()).isPresent()) {
                    // at the rule's line, so that the rule file's marker and the editor point at it
                    c.problems.add(new Problem(d.getKey(), null, Math.max(p.line(), 1), 1,
                            Messages.get("document.idTaken", p.rule().id())));
                    continue;
                }
                c.rules.add(p.rule());
                c.titles.put(p.rule().id(), p.title());
                // evaluated with this catalogue's environment, like the built-in rules
                c.compiled.add(new Compiled(c.compiled.size(), p.rule(), p.context(), p.query(),
                        CompiledOcl.compile(c.ocl, p.query().getExpression()), null));
            }
        }
        return c;
    }

    /**
     * The problems of reading one Complete OCL rule document as {@link #withOclDocuments} reads it (does not parse,
     * at its line and column; {@code import}), without those of its rules' metadata: for an editor that checks the
     * metadata itself with {@link #ruleComments}.
     */
    public static List<Problem> oclDocumentProblems(EPackage.Registry packages, String source, String text) {
        return List.copyOf(OclDocumentRules.read(source, text, packages).readingProblems());
    }

    /** The {@code -- @rule} comments of a rule document, read as {@link #withOclDocuments} reads them. */
    public static List<RuleComment> ruleComments(String text) {
        return OclDocumentRules.ruleComments(text);
    }

    /** The keys a {@code -- @rule} comment may have after its id. */
    public static List<String> ruleCommentKeys() {
        return OclDocumentRules.RULE_KEYS;
    }

    /**
     * One {@code -- @rule ID key=value ...} comment: its line and the column of its id (1-based), and its keys
     * (lower-cased, in order, repeated ones kept) each with its column.
     */
    public record RuleComment(int line, int idColumn, String id, List<Entry> entries) {
        public record Entry(String key, String value, int column) {
        }
    }

    /** Parse failure of one expression, with its position in that expression (1-based; 0 when unknown). */
    private static final class OclProblem extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        OclProblem(String what, String message, int line, int column) {
            super(what + ": " + message);
            this.line = line;
            this.column = column;
        }
    }

    private Constraint parseInvariant(EClass context, String text) throws OclProblem {
        OCL.Helper helper = ocl.createOCLHelper();
        helper.setContext(context);
        AbstractBasicEnvironment env = (AbstractBasicEnvironment) helper.getEnvironment();
        OffsetRecorder recorder = new OffsetRecorder((OCLProblemHandler) env.getProblemHandler());
        env.setProblemHandler(recorder);
        try {
            return helper.createInvariant(text);
        } catch (ParserException | RuntimeException e) {
            int offset = recorder.start < 0 ? -1 : Math.min(Math.max(recorder.start - INVARIANT_PREFIX, 0), text.length());
            int[] lc = lineColumn(text, offset);
            throw new OclProblem(Messages.get("catalogue.invariant"), e.getMessage(), lc[0], lc[1]);
        }
    }

    private OCLExpression<EClassifier> parseQuery(EClass context, String text) throws OclProblem {
        OCL.Helper helper = ocl.createOCLHelper();
        helper.setContext(context);
        try {
            return helper.createQuery(text);
        } catch (ParserException | RuntimeException e) {
            throw new OclProblem(Messages.get("catalogue.detailQuery"), e.getMessage(), 0, 0);
        }
    }

    /** OCL's problem handler keeps its diagnostic; this one also remembers where the first problem starts. */
    private static final class OffsetRecorder extends OCLProblemHandler {
        int start = -1;

        OffsetRecorder(OCLProblemHandler original) {
            super(original.getParser());
        }

        @Override
        public void handleProblem(Severity problemSeverity, Phase processingPhase, String problemMessage,
                String processingContext, int startOffset, int endOffset) {
            if (start < 0 && startOffset >= 0) {
                start = startOffset;
            }
            super.handleProblem(problemSeverity, processingPhase, problemMessage, processingContext, startOffset,
                    endOffset);
        }
    }

    /**
     * 1-based line and column of {@code offset} in {@code text}; {0, 0} for a negative offset. Public for the other
     * readers of methodologists' files (e.g. the project settings) so that every message counts positions alike.
     */
    public static int[] lineColumn(String text, int offset) {
        if (offset < 0) {
            return new int[] {0, 0};
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    /** The built-in catalogue must cover every constraint the metamodel declares, or its finding has no id. */
    private void checkEveryConstraintHasMetadata(EPackage ePackage) {
        Set<String> covered = new HashSet<>();
        for (Rule r : rules) {
            covered.add(r.contextClass() + "." + r.oclName());
        }
        for (EClassifier c : ePackage.getEClassifiers()) {
            if (c instanceof EClass eClass) {
                for (String constraint : EcoreUtil.getConstraints(eClass)) {
                    EAnnotation a = eClass.getEAnnotation(OCL_ANNOTATION);
                    if (a != null && !covered.contains(eClass.getName() + "." + constraint)) {
                        problem(null, Messages.get("catalogue.noEntry", eClass.getName() + "." + constraint));
                    }
                }
            }
        }
    }

    private void problem(String ruleId, String message) {
        problems.add(new Problem(source, ruleId, 0, 0, message));
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || !e.isJsonPrimitive() || e.getAsString().isBlank() ? null : e.getAsString();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name)) {
                return e;
            }
        }
        return null;
    }

    /** Every rule the catalogue names, including those that failed to load, in catalogue order. */
    public List<Rule> rules() {
        return Collections.unmodifiableList(rules);
    }

    /** What the rule checks, in one sentence ("A key action has at least one supporting key resource."). */
    public String title(Rule rule) {
        return titles.get(rule.id());
    }

    /** The rule's title in {@code language}, English where it has no translation. */
    public String title(Rule rule, Language language) {
        String t = translated(rule, language, Translation::title);
        return t != null ? t : title(rule);
    }

    /** The rule's message template in {@code language}, English where it has no translation. */
    public String messageTemplate(Rule rule, Language language) {
        String t = translated(rule, language, Translation::message);
        return t != null ? t : rule.messageTemplate();
    }

    /** Why the rule exists, in {@code language}, English where it has no translation. */
    public String rationale(Rule rule, Language language) {
        String t = translated(rule, language, Translation::rationale);
        return t != null ? t : rule.rationale();
    }

    /** The rule this one is the same as on another class (its {@code "sameAs"}), if any. */
    public Optional<Rule> sameAs(Rule rule) {
        return Optional.ofNullable(sameAs.get(rule.id())).flatMap(this::rule);
    }

    /** The ids of the rules that have texts in {@code language} (English: all). */
    public Set<String> translatedRuleIds(Language language) {
        return language == Language.EN ? new TreeSet<>(titles.keySet())
                : new TreeSet<>(translations.getOrDefault(language, Map.of()).keySet());
    }

    /**
     * One text of the rule in {@code language}: its own translation's, else that of the rule it is the same as (which
     * it shares in English too); null where neither has one.
     */
    private String translated(Rule rule, Language language, Function<Translation, String> text) {
        Map<String, Translation> byId = translations.getOrDefault(language, Map.of());
        for (String id = rule.id(); id != null; id = sameAs.get(id)) {
            Translation t = byId.get(id);
            if (t != null && text.apply(t) != null) {
                return text.apply(t);
            }
        }
        return null;
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Whether the rule loaded and runs. */
    public boolean isLoaded(String id) {
        return compiled.stream().anyMatch(c -> c.rule.id().equals(id));
    }

    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    List<Compiled> compiled() {
        return compiled;
    }

    /** The loaded rules that apply to instances of {@code eClass} (their context is it or a supertype). */
    Compiled[] rulesFor(EClass eClass) {
        Compiled[] result = byClass.get(eClass);
        if (result == null) {
            result = compiled.stream()
                    .filter(c -> c.context == eClass || c.context.isSuperTypeOf(eClass))
                    .toArray(Compiled[]::new);
            byClass.put(eClass, result);
        }
        return result;
    }

    /** The value of a rule's detail query on a violating element, as text ("" without a detail query). */
    String detail(Compiled c, EObject element, Language language) {
        if (c.detail == null) {
            return "";
        }
        Object value = c.detail.evaluate(element);
        if (value instanceof Collection<?> values) {
            Collection<String> names = new TreeSet<>();
            for (Object v : values) {
                if (v != null && !ocl.isInvalid(v)) {
                    names.add("'" + v + "'");
                }
            }
            return String.join(", ", names);
        }
        if (value == null || ocl.isInvalid(value)) {
            return "";
        }
        return phrases.getOrDefault(language, Map.of()).getOrDefault(value.toString(), value.toString());
    }

    /** The rules as a Markdown table (id, category, severity, what it checks): the README's table. */
    public String markdownTable() {
        StringBuilder b = new StringBuilder("| id | category | severity | checks |\n|---|---|---|---|\n");
        for (Rule r : rules) {
            b.append("| ").append(r.id()).append(" | ").append(r.category().label()).append(" | ")
                    .append(r.defaultSeverity().label()).append(" | ").append(title(r).replace("|", "\\|"))
                    .append(" |\n");
        }
        return b.toString();
    }
}

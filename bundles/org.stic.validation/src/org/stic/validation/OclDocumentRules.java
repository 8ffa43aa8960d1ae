package org.stic.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.ocl.ParserException;
import org.eclipse.ocl.ecore.Constraint;
import org.eclipse.ocl.ecore.EcoreEnvironmentFactory;
import org.eclipse.ocl.ecore.OCL;
import org.eclipse.ocl.OCLInput;
import org.eclipse.ocl.lpg.AbstractBasicEnvironment;
import org.eclipse.ocl.parser.OCLProblemHandler;
import org.stic.SticPackage;

/**
 * Rules a methodologist writes in a Complete OCL document ({@code .ocl}): every invariant of the document is one
 * rule. Its metadata comes from a structured comment on the line(s) before the invariant:
 * <pre>
 * package stic
 * context KeyAction
 * -- @rule USR-001 severity=warning message="{label} has no description" title="A key action is described."
 * inv described: not self.description.oclIsUndefined()
 * endpackage
 * </pre>
 * Keys after the id: {@code severity} (error, warning, info; default warning), {@code message} (the same
 * placeholders as the built-in catalogue: {@code {label}}, {@code {name}}, {@code {type}}, {@code {path}}),
 * {@code title}, {@code category} (internal_contour, external_contour, network, readiness, integrity; default from
 * the context class) and {@code rationale}. An invariant without the comment gets the id {@code Context.name},
 * severity warning and a generic message. The document is parsed whole by classic OCL; when that fails, each
 * invariant is parsed alone, so a broken one is reported as {@code file:line:column} and the others still count.
 */
final class OclDocumentRules {

    /** One invariant of a document, ready to join a catalogue; {@code line}: of its @rule comment, else its own. */
    record Parsed(Rule rule, String title, EClass context, OCL.Query query, int line) {
    }

    private static final Pattern RULE_COMMENT = Pattern.compile("^\\s*--\\s*@rule\\s+(\\S+)(.*)$");
    private static final Pattern KEY_VALUE = Pattern.compile("(\\w+)\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|\\S+)");
    private static final Pattern CONTEXT = Pattern.compile("^\\s*context\\s+([\\w:]+)");
    private static final Pattern INVARIANT = Pattern.compile("^\\s*inv\\s+(\\w+)\\s*:(.*)$");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s");
    private static final Pattern IMPORT = Pattern.compile("^(\\s*)import\\b");
    private static final Pattern END_PACKAGE = Pattern.compile("^\\s*endpackage\\b");
    /** A broken file's invariants are parsed one by one up to this many (each parse has its own OCL environment). */
    static final int MAX_SINGLE_PARSES = 1_000;
    private static final Pattern SECTION_END = Pattern.compile("^\\s*(context|inv|def|endpackage|package)\\b|^\\s*--\\s*@rule");

    private final String source;
    private final String text;
    private final List<RuleCatalogue.Problem> problems = new ArrayList<>();
    private final List<Parsed> parsed = new ArrayList<>();
    /** How many of {@link #problems} are about reading the document (parse, import); -1: all of them. */
    private int readingProblems = -1;

    /** The keys a {@code -- @rule} comment may have after the id. */
    static final List<String> RULE_KEYS = List.of("severity", "message", "title", "category", "rationale");

    private OclDocumentRules(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /** Reads one document; {@code packages} resolves the package names it uses (STIC and extensions). */
    static OclDocumentRules read(String source, String text, EPackage.Registry packages) {
        OclDocumentRules d = new OclDocumentRules(source, text);
        d.parse(packages);
        return d;
    }

    List<Parsed> rules() {
        return parsed;
    }

    List<RuleCatalogue.Problem> problems() {
        return problems;
    }

    /** The problems of reading the document (does not parse, {@code import}), without those of rule metadata. */
    List<RuleCatalogue.Problem> readingProblems() {
        return readingProblems < 0 ? problems : problems.subList(0, readingProblems);
    }

    /** Every {@code -- @rule} comment of a document, read as the rules are: the same patterns, keys lower-cased. */
    static List<RuleCatalogue.RuleComment> ruleComments(String text) {
        List<RuleCatalogue.RuleComment> comments = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_COMMENT.matcher(lines[i]);
            if (m.find()) {
                List<RuleCatalogue.RuleComment.Entry> entries = new ArrayList<>();
                Matcher kv = KEY_VALUE.matcher(m.group(2));
                while (kv.find()) {
                    String value = kv.group(3) != null ? kv.group(3).replace("\\\"", "\"") : kv.group(2);
                    entries.add(new RuleCatalogue.RuleComment.Entry(kv.group(1).toLowerCase(Locale.ROOT), value,
                            m.start(2) + kv.start() + 1));
                }
                comments.add(new RuleCatalogue.RuleComment(i + 1, m.start(1) + 1, m.group(1), entries));
            }
        }
        return comments;
    }

    /** Metadata and source text of an invariant, as written in the document. */
    private record Header(String context, String name, int line, Map<String, String> meta, String id, String body) {
    }

    private void parse(EPackage.Registry packages) {
        Parse whole = parse(packages, text);
        List<Parse> parses = new ArrayList<>();
        if (whole.problem == null) {
            parses.add(whole);
        } else {
            List<Single> singles = singleInvariantDocuments();
            if (singles.size() < 2) {
                problems.add(whole.problem(Messages.get("document.notChecked")));
                return;
            }
            if (singles.size() > MAX_SINGLE_PARSES) {
                problems.add(whole.problem(Messages.get("document.tooMany", MAX_SINGLE_PARSES)));
                return;
            }
            // one broken invariant must not cost the others: each alone, at its own place in the file
            List<RuleCatalogue.Problem> failed = new ArrayList<>();
            for (Single single : singles) {
                Parse p = parse(packages, single.text);
                if (p.problem == null) {
                    parses.add(p);
                } else {
                    RuleCatalogue.Problem at = single.inFile(p.problem);
                    if (!failed.contains(at)) {
                        failed.add(at);
                    }
                }
            }
            String consequence = parses.isEmpty() ? " the rules of this file are not checked"
                    : " that rule is not checked, the others are";
            failed.forEach(f -> problems.add(new RuleCatalogue.Problem(f.source(), null, f.line(), f.column(),
                    f.message() + ";" + consequence)));
        }
        reportImports();
        readingProblems = problems.size();
        Map<String, Header> headers = scanHeaders();
        for (Parse p : parses) {
            for (Constraint c : p.constraints) {
                if (!"invariant".equals(c.getStereotype()) || c.getConstrainedElements().isEmpty()
                        || !(c.getConstrainedElements().get(0) instanceof EClass context)) {
                    continue;
                }
                Header h = headers.get(context.getName() + "." + c.getName());
                add(p.ocl, c, context, h);
            }
        }
    }

    /** A document parsed by its own OCL (a failed parse may leave its environment half-built), or its problem. */
    private record Parse(OCL ocl, List<Constraint> constraints, RuleCatalogue.Problem problem) {
        RuleCatalogue.Problem problem(String consequence) {
            return new RuleCatalogue.Problem(problem.source(), null, problem.line(), problem.column(),
                    problem.message() + "; " + consequence);
        }
    }

    private Parse parse(EPackage.Registry packages, String document) {
        OCL ocl = OCL.newInstance(new EcoreEnvironmentFactory(packages));
        AbstractBasicEnvironment env = (AbstractBasicEnvironment) ocl.getEnvironment();
        int[] firstOffset = {-1};
        env.setProblemHandler(new OCLProblemHandler(((OCLProblemHandler) env.getProblemHandler()).getParser()) {
            @Override
            public void handleProblem(Severity severity, Phase phase, String message, String context, int start,
                    int end) {
                if (firstOffset[0] < 0 && start >= 0 && severity == Severity.ERROR) {
                    firstOffset[0] = start;
                }
                super.handleProblem(severity, phase, message, context, start, end);
            }
        });
        try {
            return new Parse(ocl, ocl.parse(new OCLInput(document)), null);
        } catch (ParserException | RuntimeException e) {
            int[] lc = RuleCatalogue.lineColumn(document, Math.min(firstOffset[0], document.length()));
            return new Parse(ocl, List.of(), new RuleCatalogue.Problem(source, null, lc[0], lc[1],
                    withoutPosition(e.getMessage())));
        }
    }

    /** One invariant with its package and context lines, and the line of the file each of its lines comes from. */
    private record Single(String text, int[] fileLines) {
        /** A problem of this copy, placed in the file. */
        RuleCatalogue.Problem inFile(RuleCatalogue.Problem p) {
            int line = p.line() >= 1 && p.line() <= fileLines.length ? fileLines[p.line() - 1] : 0;
            return new RuleCatalogue.Problem(p.source(), p.ruleId(), line, line == 0 ? 0 : p.column(), p.message());
        }
    }

    /**
     * Copies of the document that each keep only one invariant with its context and package lines, so that parsing
     * all of them costs about as much as parsing the file once (copies of the whole file with the other lines left
     * empty cost the file's length per invariant).
     */
    private List<Single> singleInvariantDocuments() {
        String[] lines = text.split("\n", -1);
        List<Single> documents = new ArrayList<>();
        int packageLine = -1;
        int contextLine = -1;
        for (int i = 0; i < lines.length; i++) {
            if (PACKAGE.matcher(lines[i]).find()) {
                packageLine = i;
            } else if (CONTEXT.matcher(lines[i]).find()) {
                contextLine = i;
            } else if (INVARIANT.matcher(lines[i]).find() && packageLine >= 0 && contextLine > packageLine) {
                int end = i + 1;
                while (end < lines.length && !SECTION_END.matcher(lines[end]).find()) {
                    end++;
                }
                int endPackage = end;
                while (endPackage < lines.length && !END_PACKAGE.matcher(lines[endPackage]).find()) {
                    endPackage++;
                }
                List<Integer> kept = new ArrayList<>(List.of(packageLine, contextLine));
                for (int k = i; k < end; k++) {
                    kept.add(k);
                }
                if (endPackage < lines.length) {
                    kept.add(endPackage);
                }
                StringBuilder d = new StringBuilder();
                int[] fileLines = new int[kept.size()];
                for (int k = 0; k < kept.size(); k++) {
                    d.append(lines[kept.get(k)]).append('\n');
                    fileLines[k] = kept.get(k) + 1;
                }
                documents.add(new Single(d.toString(), fileLines));
            }
        }
        return documents;
    }

    private void add(OCL ocl, Constraint c, EClass context, Header h) {
        Map<String, String> meta = h == null ? Map.of() : h.meta;
        int line = h == null ? 0 : h.line;
        String id = h == null || h.id == null ? context.getName() + "." + c.getName() : h.id;
        Severity severity = Severity.WARNING;
        if (meta.containsKey("severity")) {
            severity = Severity.parse(meta.get("severity"));
            if (severity == null) {
                problems.add(new RuleCatalogue.Problem(source, null, line, 1, 
                        Messages.get("document.severity", id, meta.get("severity"))));
                return;
            }
        }
        RuleCategory category = defaultCategory(context);
        if (meta.containsKey("category")) {
            category = categoryNamed(meta.get("category"));
            if (category == null) {
                problems.add(new RuleCatalogue.Problem(source, null, line, 1, 
                        Messages.get("document.category", id, meta.get("category"))));
                return;
            }
        }
        String message = meta.getOrDefault("message", Messages.get("document.message", c.getName()));
        String title = meta.getOrDefault("title", context.getName() + ": " + c.getName());
        String rationale = meta.getOrDefault("rationale", Messages.get("document.rationale", source));
        String body = h == null ? String.valueOf(c.getSpecification().getBodyExpression()) : h.body;
        Rule rule = new Rule(id, category, severity, context.getName(), c.getName(), body, message, rationale);
        parsed.add(new Parsed(rule, title, context, ocl.createQuery(c), line));
    }

    /** Finds each {@code inv name:} with its context and the {@code -- @rule} comment before it, by line. */
    /**
     * OCL's parser accepts {@code import} and then ignores it: say so, or the author believes another metamodel is in
     * reach of the rules. Nothing is ever fetched; rules see STIC and the project's declared extensions.
     */
    private void reportImports() {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = IMPORT.matcher(lines[i]);
            if (m.find()) {
                problems.add(new RuleCatalogue.Problem(source, null, i + 1, m.end(1) + 1, 
                        Messages.get("document.import")));
            }
        }
    }

    private Map<String, Header> scanHeaders() {
        Map<String, Header> headers = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        String context = null;
        String[] pending = null;
        int pendingLine = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m;
            if ((m = RULE_COMMENT.matcher(lines[i])).find()) {
                pending = new String[] {m.group(1), m.group(2)};
                pendingLine = i + 1;
            } else if ((m = CONTEXT.matcher(lines[i])).find()) {
                String name = m.group(1);
                context = name.substring(name.lastIndexOf(':') + 1);
            } else if ((m = INVARIANT.matcher(lines[i])).find() && context != null) {
                StringBuilder body = new StringBuilder(m.group(2).strip());
                for (int j = i + 1; j < lines.length && !SECTION_END.matcher(lines[j]).find(); j++) {
                    body.append('\n').append(lines[j]);
                }
                Map<String, String> meta = new HashMap<>();
                if (pending != null) {
                    Matcher kv = KEY_VALUE.matcher(pending[1]);
                    while (kv.find()) {
                        String value = kv.group(3) != null ? kv.group(3).replace("\\\"", "\"") : kv.group(2);
                        meta.put(kv.group(1).toLowerCase(Locale.ROOT), value);
                    }
                }
                headers.put(context + "." + m.group(1), new Header(context, m.group(1),
                        pending == null ? i + 1 : pendingLine, meta, pending == null ? null : pending[0],
                        body.toString().strip()));
                pending = null;
            }
        }
        return headers;
    }

    /** Nearest STIC supertype decides: internal or external contour, network, otherwise integrity. */
    private static RuleCategory defaultCategory(EClass context) {
        SticPackage p = SticPackage.eINSTANCE;
        for (EClass c : List.of(p.getKeyAction(), p.getKeyResource(), p.getPartnership(), p.getCostItem())) {
            if (c.isSuperTypeOf(context)) {
                return RuleCategory.INTERNAL_CONTOUR;
            }
        }
        for (EClass c : List.of(p.getSegment(), p.getSegmentNeed(), p.getValueProposition(), p.getChannel(),
                p.getRelationship(), p.getRevenueStream())) {
            if (c.isSuperTypeOf(context)) {
                return RuleCategory.EXTERNAL_CONTOUR;
            }
        }
        if (p.getParticipant().isSuperTypeOf(context) || p.getInteraction().isSuperTypeOf(context)) {
            return RuleCategory.NETWORK;
        }
        return RuleCategory.INTEGRITY;
    }

    private static RuleCategory categoryNamed(String name) {
        for (RuleCategory c : RuleCategory.values()) {
            if (c.name().equalsIgnoreCase(name.replace('-', '_')) || c.label().equalsIgnoreCase(name.replace('_', ' '))) {
                return c;
            }
        }
        return null;
    }

    /** OCL's parser prefixes some messages with its own "l:c:l:c" range; ours is already in the problem. */
    private static String withoutPosition(String message) {
        return message == null ? Messages.get("document.unparsable") : message.replaceFirst("^\\d+:\\d+:\\d+:\\d+\\s+", "");
    }
}

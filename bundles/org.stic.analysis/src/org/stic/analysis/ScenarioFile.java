package org.stic.analysis;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.stic.AvailabilityStatus;
import org.stic.CostItem;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.MonetaryElement;
import org.stic.Participant;
import org.stic.Partnership;
import org.stic.QuantityUnit;
import org.stic.RevenueStream;
import org.stic.SegmentNeed;
import org.stic.ValueProposition;
import org.stic.model.edit.Language;
import org.stic.model.io.AtomicFiles;
import org.stic.model.io.TextFileException;
import org.stic.model.io.TextFiles;

/**
 * The scenario file beside a model, {@code <model>.<name>.stic-scenario}: UTF-8 text, a header line
 * {@code stic-scenario 1}, then one change per line, sorted, each element named by its id in the model with its
 * name in a comment (docs/analysis.md, "Scenario files"):
 *
 * <pre>
 * stic-scenario 1
 * add-resource _a1 _r7  # Сопровождение регистрации ← Юридическая служба
 * amount _c3 2500000  # Аренда лаборатории
 * capacity _r2 120 SERVICES_PER_YEAR  # Испытательная лаборатория
 * demand _n4 40  # Регистрация препаратов
 * remove _p9  # ООО «Фармстандарт»
 * status _r5 PLANNED 2028  # Чистые помещения
 * </pre>
 *
 * A malformed file gives a {@link TextFileException} naming file, line and column; no change of it is applied.
 */
public final class ScenarioFile {

    public static final String SUFFIX = ".stic-scenario";
    public static final int VERSION = 1;
    private static final String MAGIC = "stic-scenario";
    private static final String MODEL_SUFFIX = ".stic";

    private ScenarioFile() {
    }

    /** {@code models/kaluga.stic} and "partner-leaves" give {@code models/kaluga.partner-leaves.stic-scenario}. */
    public static Path fileFor(Path model, String name) {
        return model.resolveSibling(baseName(model) + "." + name + SUFFIX);
    }

    /** The scenario's name: the file name without the model's name in front and the suffix. */
    public static String nameOf(Path file, Path model) {
        String name = file.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
            name = name.substring(0, name.length() - SUFFIX.length());
        }
        String prefix = model == null ? null : baseName(model) + ".";
        return prefix != null && name.startsWith(prefix) && name.length() > prefix.length()
                ? name.substring(prefix.length()) : name;
    }

    private static String baseName(Path model) {
        String name = model.getFileName().toString();
        return name.endsWith(MODEL_SUFFIX) ? name.substring(0, name.length() - MODEL_SUFFIX.length()) : name;
    }

    /**
     * Reads a scenario of the model held by {@code model} (loaded from {@code modelFile}); problems are said in
     * {@code language}.
     */
    public static Scenario read(Path file, Resource model, Path modelFile, Language language) throws IOException {
        return parse(file, TextFiles.readUtf8(file, TextFiles.SETTINGS_LIMIT,
                Messages.get(language, "scenario.kind")), model,
                nameOf(file, modelFile), language);
    }

    /** Parses the text of a scenario file; {@code file} only names it in messages. */
    public static Scenario parse(Path file, String text, Resource model, String name, Language language)
            throws TextFileException {
        Parser parser = new Parser(file, model, language);
        String[] lines = text.split("\r?\n", -1);
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int hash = raw.indexOf('#');
            String line = hash < 0 ? raw : raw.substring(0, hash);
            if (line.isBlank()) {
                continue;
            }
            if (!header) {
                parser.header(i + 1, line);
                header = true;
            } else {
                parser.change(i + 1, line);
            }
        }
        if (!header) {
            throw new TextFileException(file, 1, 1, Messages.get(language, "scenario.empty", MAGIC + " " + VERSION));
        }
        return new Scenario(name, parser.changes);
    }

    /** The file's text: header, then the changes sorted by their line, each with its elements' names. */
    public static String format(Scenario scenario, Resource model, Language language) {
        List<String[]> lines = new ArrayList<>();
        for (ScenarioChange c : scenario.changes()) {
            String comment = Names.of(c.element())
                    + (c instanceof ScenarioChange.AddResource a ? " ← " + Names.of(a.resource()) : "");
            lines.add(new String[] {c.verb() + " " + c.arguments(model::getURIFragment), comment});
        }
        lines.sort(Comparator.comparing((String[] l) -> l[0]));
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(Messages.get(language, "scenario.header", scenario.name())).append('\n');
        sb.append(MAGIC).append(' ').append(VERSION).append('\n');
        for (String[] l : lines) {
            sb.append(l[0]).append("  # ").append(l[1].replace('\n', ' ')).append('\n');
        }
        return sb.toString();
    }

    /** Writes the file atomically and durably ({@link AtomicFiles}). */
    public static void write(Path file, Scenario scenario, Resource model, Language language) throws IOException {
        AtomicFiles.writeString(file, format(scenario, model, language));
    }

    /** One pass over the lines; every check names the field at fault. */
    private static final class Parser {
        private final Path file;
        private final Resource model;
        private final Language language;
        private final List<ScenarioChange> changes = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private int lineNo;
        private String line;
        private String[] f;

        Parser(Path file, Resource model, Language language) {
            this.file = file;
            this.model = model;
            this.language = language;
        }

        private String text(String key, Object... arguments) {
            return Messages.get(language, key, arguments);
        }

        void header(int number, String text) throws TextFileException {
            start(number, text);
            if (!f[0].equals(MAGIC) || f.length != 2) {
                throw error(0, text("scenario.headerMissing", MAGIC + " " + VERSION));
            }
            if (!f[1].equals(Integer.toString(VERSION))) {
                throw error(1, text("scenario.version", f[1], VERSION));
            }
        }

        void change(int number, String text) throws TextFileException {
            start(number, text);
            ScenarioChange change = switch (f[0]) {
                case "remove" -> {
                    fields(2, 2, "remove ID");
                    EObject e = element(1);
                    if (!(e instanceof Participant || e instanceof Partnership || e instanceof KeyResource
                            || e instanceof KeyAction || e instanceof ValueProposition || e instanceof SegmentNeed
                            || e instanceof RevenueStream || e instanceof CostItem)) {
                        throw error(1, text("scenario.cannotRemove", Names.of(e)));
                    }
                    yield new ScenarioChange.Remove(e);
                }
                case "status" -> {
                    fields(3, 4, "status ID AVAILABLE|PLANNED|MISSING|UNSPECIFIED [YEAR]");
                    EObject e = element(1);
                    if (!(e instanceof KeyResource || e instanceof KeyAction)) {
                        throw error(1, text("scenario.wrongType", Names.of(e),
                                text("scenario.type.resourceOrAction")));
                    }
                    AvailabilityStatus status = AvailabilityStatus.getByName(f[2].toUpperCase(Locale.ROOT));
                    if (status == null) {
                        throw error(2, text("scenario.unknownStatus", f[2]));
                    }
                    yield new ScenarioChange.SetStatus(e, status, f.length == 4 ? year(3) : null);
                }
                case "capacity", "demand" -> {
                    boolean capacity = f[0].equals("capacity");
                    fields(3, 4, f[0] + " ID NUMBER [UNIT]");
                    EObject e = element(1);
                    if (capacity ? !(e instanceof KeyResource) : !(e instanceof SegmentNeed)) {
                        throw error(1, text("scenario.wrongType", Names.of(e), capacity
                                ? text("scenario.type.resource") : text("scenario.type.need")));
                    }
                    BigDecimal value = number(2);
                    QuantityUnit unit = f.length == 4 ? unit(3) : null;
                    yield capacity ? new ScenarioChange.SetCapacity((KeyResource) e, value, unit)
                            : new ScenarioChange.SetDemand((SegmentNeed) e, value, unit);
                }
                case "amount" -> {
                    fields(3, 3, "amount ID NUMBER");
                    EObject e = element(1);
                    if (!(e instanceof MonetaryElement m)) {
                        throw error(1, text("scenario.wrongType", Names.of(e),
                                text("scenario.type.money")));
                    }
                    yield new ScenarioChange.SetAmount(m, number(2));
                }
                case "add-resource" -> {
                    fields(3, 3, "add-resource ACTION-ID RESOURCE-ID");
                    EObject action = element(1);
                    EObject resource = element(2);
                    if (!(action instanceof KeyAction a)) {
                        throw error(1, text("scenario.wrongType", Names.of(action),
                                text("scenario.type.action")));
                    }
                    if (!(resource instanceof KeyResource r)) {
                        throw error(2, text("scenario.wrongType", Names.of(resource),
                                text("scenario.type.resource")));
                    }
                    if (a.getSupportingResources().contains(r)) {
                        throw error(2, text("scenario.alreadySupports", Names.of(r), Names.of(a)));
                    }
                    yield new ScenarioChange.AddResource(a, r);
                }
                default -> throw error(0, text("scenario.unknownChange", f[0]));
            };
            String key = f[0] + " " + f[1] + (f[0].equals("add-resource") ? " " + f[2] : "");
            Integer first = seen.putIfAbsent(key, lineNo);
            if (first != null) {
                throw error(1, text("scenario.duplicate", first));
            }
            changes.add(change);
        }

        private void start(int number, String text) {
            lineNo = number;
            line = text;
            f = text.strip().split("\\s+");
        }

        private void fields(int min, int max, String form) throws TextFileException {
            if (f.length < min || f.length > max) {
                throw error(Math.min(f.length, max) - 1, text("scenario.form", form));
            }
        }

        private EObject element(int field) throws TextFileException {
            EObject e = model.getEObject(f[field]);
            if (e == null) {
                throw error(field, text("scenario.unknownId", f[field]));
            }
            return e;
        }

        private BigDecimal number(int field) throws TextFileException {
            try {
                BigDecimal n = new BigDecimal(f[field]);
                if (n.signum() >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw error(field, text("scenario.number", f[field]));
        }

        private Integer year(int field) throws TextFileException {
            try {
                int y = Integer.parseInt(f[field]);
                if (y >= 1000 && y <= 9999) {
                    return y;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw error(field, text("scenario.year", f[field]));
        }

        private QuantityUnit unit(int field) throws TextFileException {
            QuantityUnit unit = QuantityUnit.getByName(f[field].toUpperCase(Locale.ROOT));
            if (unit == null) {
                throw error(field, text("scenario.unknownUnit", f[field]));
            }
            return unit;
        }

        private TextFileException error(int field, String sentence) {
            return new TextFileException(file, lineNo, column(line, Math.max(0, field)), sentence);
        }
    }

    /** 1-based column of the n-th whitespace-separated field of a line. */
    static int column(String line, int field) {
        int seen = -1;
        boolean inField = false;
        for (int col = 0; col < line.length(); col++) {
            boolean space = Character.isWhitespace(line.charAt(col));
            if (!space && !inField && ++seen == field) {
                return col + 1;
            }
            inField = !space;
        }
        return line.length() + 1;
    }
}

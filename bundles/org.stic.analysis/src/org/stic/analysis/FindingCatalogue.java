package org.stic.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.stic.model.edit.Language;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The rules of the analysis findings, read from {@code rules/catalogue.json} in this bundle: data, not code, like
 * the validation's catalogue, so that ids, severities and texts can be listed (e.g. in a rule table or a SARIF
 * log) beside the validation rules. None of them is an OCL invariant: each needs the whole readiness graph.
 */
public final class FindingCatalogue {

    public static final String RESOURCE = "/rules/catalogue.json";

    private static final Map<Language, FindingCatalogue> BUILT_IN = new EnumMap<>(Language.class);

    private final List<FindingRule> rules;

    private FindingCatalogue(List<FindingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The catalogue shipped with the bundle, its texts in {@code language}. */
    public static synchronized FindingCatalogue builtIn(Language language) {
        return BUILT_IN.computeIfAbsent(language, l -> {
            try (InputStream in = FindingCatalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the analysis bundle");
                }
                return parse(in, l);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static FindingCatalogue parse(InputStream in, Language language) {
        boolean russian = language == Language.RU;
        JsonObject root = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                .getAsJsonObject();
        JsonArray array = root.getAsJsonArray("rules");
        List<FindingRule> rules = new ArrayList<>();
        for (JsonElement e : array) {
            JsonObject o = e.getAsJsonObject();
            rules.add(new FindingRule(text(o, "id", false), text(o, "category", false),
                    Severity.valueOf(text(o, "severity", false)), text(o, "context", false),
                    text(o, "title", russian), text(o, "message", russian), text(o, "rationale", russian)));
        }
        return new FindingCatalogue(rules);
    }

    private static String text(JsonObject o, String key, boolean russian) {
        JsonElement ru = russian ? o.get(key + "Ru") : null;
        return (ru != null ? ru : o.get(key)).getAsString();
    }

    public List<FindingRule> rules() {
        return rules;
    }

    /** The rules' ids, which rule settings files may name beside the validation catalogue's. */
    public Set<String> ids() {
        return rules.stream().map(FindingRule::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The rules as README.md's table of the analysis rules, in English (FindingsTest compares the two). */
    public String markdownTable() {
        StringBuilder b = new StringBuilder("| id | category | severity | checks |\n|---|---|---|---|\n");
        for (FindingRule r : rules) {
            b.append("| ").append(r.id()).append(" | ").append(r.category().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(r.severity().label()).append(" | ").append(r.title().replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }

    public Optional<FindingRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}

package org.stic.model.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stic.model.nls.Messages;

/**
 * What a migration made explicit in one file: per class, each kind of change and how many elements it concerned, in
 * the order first met. Class, feature and literal names are the metamodel's own; {@link #changes()} gives them as
 * data for texts in the reader's language, {@link #lines()} as English sentences (tests, logs).
 */
public final class MigrationReport {

    /** The kinds of change a migration from 1.0 makes; each says what 1.0 meant and 2.0 now says explicitly. */
    public enum Kind {
        /** An enumeration value the file omitted is written as the 1.0 default (feature and literal given). */
        DEFAULT_WRITTEN,
        /** A participant becomes a member (every 1.0 participant was one). */
        MEMBER,
        /** An amount is per year (the 1.0 definition). */
        PER_YEAR,
        /** A revenue stream is paid by its segments' members (1.0 read the segments as payers). */
        PAYERS_FROM_SEGMENTS,
        /** The 1.0 capacity text moves to capacityNote. */
        CAPACITY_NOTE,
        /** A key resource is available (1.0 treated every resource as existing). */
        RESOURCE_AVAILABLE,
        /** A key action is available (1.0 treated every action as existing). */
        ACTION_AVAILABLE
    }

    /** One kind of change on the elements of one class; {@code feature} and {@code value} only for DEFAULT_WRITTEN. */
    public record Change(String className, Kind kind, String feature, String value, int count) {
    }

    private final String from;
    private final String to;
    private final Map<List<String>, Integer> counts = new LinkedHashMap<>();
    private final Map<String, List<List<String>>> byClass = new LinkedHashMap<>();

    MigrationReport(String from, String to) {
        this.from = from;
        this.to = to;
    }

    /** The metamodel version the file was written in, e.g. "1.0". */
    public String from() {
        return from;
    }

    /** The metamodel version it was migrated to, e.g. "2.0". */
    public String to() {
        return to;
    }

    void count(String className, Kind kind) {
        count(className, kind, "", "");
    }

    void count(String className, Kind kind, String feature, String value) {
        List<String> key = List.of(className, kind.name(), feature, value);
        if (counts.merge(key, 1, Integer::sum) == 1) {
            byClass.computeIfAbsent(className, c -> new ArrayList<>()).add(key);
        }
    }

    /** The changes, grouped by class in the order the classes were first met. */
    public List<Change> changes() {
        List<Change> changes = new ArrayList<>();
        byClass.values().forEach(keys -> keys.forEach(key -> changes.add(new Change(key.get(0),
                Kind.valueOf(key.get(1)), key.get(2), key.get(3), counts.get(key)))));
        return changes;
    }

    /**
     * One line per class and change in the language of the model's messages: "12 Participant: membership MEMBER
     * (every 1.0 participant was a member)". Classes, features and values are named as the file names them.
     */
    public List<String> lines() {
        return changes().stream().map(c -> Messages.get("migration.line", c.count(), c.className(),
                Messages.get("migration." + c.kind().name(), c.feature(), c.value()))).toList();
    }
}

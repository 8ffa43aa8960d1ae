package org.stic.model.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a migration made explicit in one file: per class, each kind of change and how many elements it concerned, in
 * the order first met. The lines are facts about the file (class and feature names are the metamodel's own), so the
 * command line and the workbench show them as they are.
 */
public final class MigrationReport {

    private final String from;
    private final String to;
    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();

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

    void count(String className, String change) {
        counts.computeIfAbsent(className, c -> new LinkedHashMap<>()).merge(change, 1, Integer::sum);
    }

    /** One line per class and change: "12 Participant: membership MEMBER (every 1.0 participant was a member)". */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        counts.forEach((className, changes) -> changes.forEach((change, n) -> lines.add(n + " " + className + ": " + change)));
        return lines;
    }
}

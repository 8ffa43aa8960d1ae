package org.stic.analysis;

import java.time.Year;

/** What an analysis is asked for: the year it looks at (planned elements count from their year on). */
public record AnalysisOptions(int year) {

    /** The current calendar year. */
    public static AnalysisOptions thisYear() {
        return new AnalysisOptions(Year.now().getValue());
    }
}

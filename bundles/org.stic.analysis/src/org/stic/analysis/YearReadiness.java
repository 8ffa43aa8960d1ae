package org.stic.analysis;

/** How many needs are ready in one year, counting planned elements from the year they become available. */
public record YearReadiness(int year, int needs, int ready, int assumed) {

    public int readyPercent() {
        return needs == 0 ? 0 : (int) (100L * ready / needs);
    }
}

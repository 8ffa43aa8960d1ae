package org.stic.ui.analysis;

import org.stic.analysis.Scenario;

/**
 * What an editor of a model offers the analysis views while it shows a what-if scenario instead of the model as it
 * is: the scenario, and word when it changes. Editors return an implementation from
 * {@code getAdapter(ShownScenario.class)}, the same one every time; this bundle does not know the editors that do
 * (the diagram editor's what-if mode stands above it).
 */
public interface ShownScenario {

    /** The scenario the editor shows now, or null when it shows the model as it is. */
    Scenario shownScenario();

    /** Called (on the UI thread) after the scenario shown changed, or the editor began or stopped showing one. */
    void addScenarioListener(Runnable listener);

    void removeScenarioListener(Runnable listener);
}

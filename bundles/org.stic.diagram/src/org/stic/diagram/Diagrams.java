package org.stic.diagram;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.stic.Cluster;
import org.stic.model.edit.Language;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;

/** The engine's entry point: cluster + view (+ decorations, manual positions) to a laid-out scene. */
public final class Diagrams {

    private Diagrams() {
    }

    public static Scene create(Cluster cluster, View view) {
        return create(cluster, view, List.of(), Map.of());
    }

    /**
     * @param decorations findings to show as badges (elements not in the view are skipped)
     * @param manual      absolute bounds the user gave elements; they win over the automatic layout
     */
    public static Scene create(Cluster cluster, View view, Collection<Decoration> decorations,
            Map<? extends EObject, Bounds> manual) {
        Scene scene = SceneBuilder.build(cluster, view, decorations);
        DiagramLayout.layout(scene);
        DiagramLayout.applyManual(scene, manual);
        return scene;
    }

    /**
     * The diagram as the team arranged it: the view with the collapsed regions, hidden elements and manual bounds
     * of a diagram state (e.g. {@link DiagramState#readFor(java.nio.file.Path)} beside the model file).
     */
    public static Scene create(Cluster cluster, View view, Collection<Decoration> decorations, DiagramState state) {
        return create(cluster, view, decorations, state, Language.current());
    }

    /** The same with the diagram's titles and labels in {@code language}. */
    public static Scene create(Cluster cluster, View view, Collection<Decoration> decorations, DiagramState state,
            Language language) {
        return create(cluster, view, decorations, state, language, LayoutOptions.defaults());
    }

    /**
     * The same laid out as {@code layout} says (strategy, time limit, progress).
     *
     * @throws LayoutTimeoutException when ELK layered, chosen explicitly, runs out of time
     */
    public static Scene create(Cluster cluster, View view, Collection<Decoration> decorations, DiagramState state,
            Language language, LayoutOptions layout) {
        return create(cluster, view, decorations, state, language, layout, false);
    }

    /**
     * The same; {@code canvasLinks}: the canvas draws its cross-block links as lines, not numbered references (as
     * it also does when the diagram state says so).
     */
    public static Scene create(Cluster cluster, View view, Collection<Decoration> decorations, DiagramState state,
            Language language, LayoutOptions layout, boolean canvasLinks) {
        Scene scene = SceneBuilder.build(cluster, view, decorations, state.collapsed(view),
                state.resolveHidden(view, cluster.eResource()), language, canvasLinks || state.canvasLinks(),
                state.collapsedBlocks());
        DiagramLayout.layout(scene, layout);
        DiagramLayout.applyManual(scene, state.resolve(view, cluster.eResource()));
        return scene;
    }
}

package org.stic.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.KeyResource;
import org.stic.SticPackage;
import org.stic.examples.SyntheticModels;
import org.stic.model.io.SticResources;
import org.stic.ui.emf.ModelDeletion;

/**
 * What the diagram's Delete and Paste cost on large models: the confirmation's analysis (every reference to a
 * busy key resource, found by walking the model) and finding where pasted elements go, which also decides whether
 * Paste is enabled at each selection change. Prints medians.
 */
class DiagramEditingBenchmark {

    @Test
    void deleteAnalysisAndPastePlaces() {
        for (int size : new int[] { 1_000, 5_000 }) {
            Cluster cluster = SyntheticModels.generate(size, 3);
            Resource resource = SticResources.create(SticResources.newResourceSet(), Path.of("bench-" + size + ".stic"),
                    cluster);
            KeyResource busy = cluster.getInternalContour().getKeyResources().stream()
                    .max(Comparator.comparingInt(r -> r.getSupportedActions().size())).orElseThrow();
            int[] references = new int[1];
            double delete = DiagramPaintBenchmark.median(
                    () -> references[0] = ModelDeletion.of(List.of(busy)).references().size());
            assertTrue(references[0] > 0);
            double place = DiagramPaintBenchmark.median(() -> DiagramEditing.Place.of(SticPackage.Literals.KEY_ACTION,
                    List.of(), resource));
            System.out.printf(Locale.ROOT, "DiagramEditingBenchmark %d elements: delete confirmation analysis "
                    + "(%d references) median %.1f ms; place of a pasted kind median %.2f ms%n", size, references[0],
                    delete, place);
        }
    }
}

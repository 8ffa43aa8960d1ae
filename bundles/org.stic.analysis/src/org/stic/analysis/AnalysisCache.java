package org.stic.analysis;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.stic.Cluster;

/**
 * One analysis per model state: the analysis of the model a resource holds, kept until the model changes, so that
 * everything that shows the analysis of a model being edited (the Readiness view, the diagram's badges, what-if
 * colours and criticality, Problems) shares one analysis per edit instead of each reading the model again. Attached
 * to the resource as an adapter ({@link #of}): any change of the resource's content, whatever made it (a command,
 * its undo or redo, a script), drops what was kept, and the next request analyses the model as it is then. Results
 * for other years share the one dependency graph read from the model; the last scenario asked for is kept beside
 * them. Its methods may be called from any thread; the model must not change while a result is being computed.
 */
public final class AnalysisCache extends EContentAdapter {

    private final Resource resource;
    /** How many changes of the model this cache has seen: the model state its results belong to. */
    private long modelState;
    /** The dependency graph of the model state, read once for every year and scenario; null until asked for. */
    private DependencyGraph graph;
    private final Map<AnalysisOptions, AnalysisResult> results = new HashMap<>();
    private AnalysisResult scenarioBaseline;
    private Scenario scenario;
    private AnalysisResult underScenario;

    private AnalysisCache(Resource resource) {
        this.resource = resource;
    }

    /** The cache of a resource's model, attached the first time it is asked for. */
    public static AnalysisCache of(Resource resource) {
        synchronized (resource) {
            AnalysisCache cache = find(resource);
            if (cache == null) {
                cache = new AnalysisCache(resource);
                resource.eAdapters().add(cache);
            }
            return cache;
        }
    }

    /** The cache attached to a resource, or null when none is (nothing keeps that model's analysis). */
    public static AnalysisCache find(Resource resource) {
        for (Adapter a : resource.eAdapters()) {
            if (a instanceof AnalysisCache cache) {
                return cache;
            }
        }
        return null;
    }

    /**
     * The analysis of a cluster: the kept one when its resource has a cache (the model is being edited), else a
     * fresh one ({@link Analysis#of}), which the command line and the reports read once.
     */
    public static AnalysisResult analyse(Cluster cluster, AnalysisOptions options) {
        Resource resource = cluster.eResource();
        AnalysisCache cache = resource == null ? null : find(resource);
        return cache == null || cache.cluster() != cluster ? Analysis.of(cluster, options) : cache.result(options);
    }

    /** The resource's root cluster, or null when it holds none (a file that could not be read). */
    public Cluster cluster() {
        return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Cluster c ? c : null;
    }

    /** The analysis of the model as it is now for the options' year; null when the resource holds no cluster. */
    public synchronized AnalysisResult result(AnalysisOptions options) {
        AnalysisResult result = results.get(options);
        if (result == null) {
            Cluster cluster = cluster();
            if (cluster == null) {
                return null;
            }
            if (graph == null) {
                graph = DependencyGraph.of(cluster);
            }
            result = Analysis.of(cluster, options, graph);
            results.put(options, result);
        }
        return result;
    }

    /**
     * The model as it is now under a scenario ({@link AnalysisResult#under}); asking again for an equal scenario on
     * the same model state gives the same result. Null when the resource holds no cluster.
     */
    public synchronized AnalysisResult under(AnalysisOptions options, Scenario changes) {
        AnalysisResult baseline = result(options);
        if (baseline == null) {
            return null;
        }
        if (baseline != scenarioBaseline || !changes.equals(scenario)) {
            underScenario = baseline.under(changes);
            scenarioBaseline = baseline;
            scenario = changes;
        }
        return underScenario;
    }

    /** How many changes of the model this cache has seen (the results belong to the state after the last one). */
    public synchronized long modelState() {
        return modelState;
    }

    /** Detaches the cache from its resource; what it kept is dropped. */
    public void dispose() {
        resource.eAdapters().remove(this);
        changed();
    }

    @Override
    public void notifyChanged(Notification n) {
        super.notifyChanged(n); // follows new content
        if (n.isTouch()) {
            return;
        }
        // the resource's own flags (modified, loaded, tracking) are not the model; its contents are
        if (n.getNotifier() != resource || n.getFeatureID(Resource.class) == Resource.RESOURCE__CONTENTS) {
            changed();
        }
    }

    private synchronized void changed() {
        modelState++;
        graph = null;
        results.clear();
        scenarioBaseline = null;
        scenario = null;
        underScenario = null;
    }
}

package org.stic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.stic.AvailabilityStatus;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.ValueProposition;

/**
 * One analysis per model state: the cache of a resource reads the model once for every year and caller until the
 * model changes, and any change (also of content added after the cache was attached) makes the next result that of
 * the model as it is then. Counted by {@link Analysis#modelsRead()}, the dependency graphs really built.
 */
class AnalysisCacheTest {

    private static final AnalysisOptions Y2026 = new AnalysisOptions(2026);

    private final Models m = new Models();
    private final SegmentNeed need = m.need("Выход на рынок");
    private final ValueProposition vp = m.proposition("Сопровождение", need);
    private final Participant centre = m.participant("Центр");
    private final KeyResource lab = m.resource("Лаборатория", centre);
    private final KeyAction action = m.action("Испытания", centre, vp, lab);
    private final Resource resource = new XMIResourceImpl(URI.createURI("memory:/cluster.stic"));

    AnalysisCacheTest() {
        resource.getContents().add(m.cluster);
    }

    private static boolean ready(AnalysisResult r, SegmentNeed n) {
        return r.need(n).level().isReady();
    }

    @Test
    void theModelIsReadOnceForEveryYearAndEveryCallerOfOneModelState() {
        AnalysisCache cache = AnalysisCache.of(resource);
        assertSame(cache, AnalysisCache.of(resource), "one cache per resource");
        long before = Analysis.modelsRead();
        AnalysisResult now = cache.result(Y2026);
        assertSame(now, cache.result(new AnalysisOptions(2026)));
        assertSame(now, AnalysisCache.analyse(m.cluster, Y2026), "callers that know only the model share it");
        AnalysisResult later = cache.result(new AnalysisOptions(2028));
        assertEquals(2028, later.options().year());
        assertSame(later, cache.result(new AnalysisOptions(2028)));
        assertEquals(1, Analysis.modelsRead() - before, "one dependency graph for both years");
        assertEquals(List.of(need), now.needs().stream().map(NeedReadiness::need).toList());
        assertEquals(true, ready(now, need));
        assertEquals(true, ready(later, need));
    }

    @Test
    void anEditGivesTheAnalysisOfTheModelAsItIsThenAndSettingItBackTheFormerOne() {
        AnalysisCache cache = AnalysisCache.of(resource);
        AnalysisResult before = cache.result(Y2026);
        long reads = Analysis.modelsRead();
        long state = cache.modelState();

        lab.setStatus(AvailabilityStatus.MISSING);
        assertEquals(state + 1, cache.modelState());
        AnalysisResult missing = cache.result(Y2026);
        assertNotSame(before, missing);
        assertEquals(false, ready(missing, need), "the need waits for the missing laboratory");
        assertSame(missing, cache.result(Y2026));

        lab.setStatus(AvailabilityStatus.AVAILABLE);
        AnalysisResult back = cache.result(Y2026);
        assertEquals(true, ready(back, need));
        assertEquals(2, Analysis.modelsRead() - reads, "one read per model state asked for");
    }

    @Test
    void contentAddedAfterTheCacheIsFollowedToo() {
        AnalysisCache cache = AnalysisCache.of(resource);
        Segment second = Models.F.createSegment();
        second.setName("Второй сегмент");
        m.cluster.getExternalContour().getSegments().add(second);
        SegmentNeed added = Models.F.createSegmentNeed();
        added.setName("Новая потребность");
        second.getNeeds().add(added);
        assertEquals(false, ready(cache.result(Y2026), added), "no value proposition addresses it yet");

        vp.getNeeds().add(added); // a change of an element added after the cache was attached
        assertEquals(true, ready(cache.result(Y2026), added));
        added.setName("Переименованная потребность");
        long state = cache.modelState();
        added.setDemand(java.math.BigDecimal.TEN);
        assertEquals(state + 1, cache.modelState(), "the new element's own changes count");
    }

    @Test
    void touchesAndTheResourcesOwnFlagsKeepTheResult() {
        AnalysisCache cache = AnalysisCache.of(resource);
        AnalysisResult kept = cache.result(Y2026);
        long state = cache.modelState();
        resource.setModified(true);
        resource.setModified(false);
        lab.setStatus(AvailabilityStatus.AVAILABLE); // the value it has: a touch
        lab.setName("Лаборатория");
        assertEquals(state, cache.modelState());
        assertSame(kept, cache.result(Y2026));
    }

    @Test
    void anEqualScenarioOnTheSameModelStateGivesTheSameResult() {
        AnalysisCache cache = AnalysisCache.of(resource);
        AnalysisResult off = cache.under(Y2026, new Scenario("s", List.of(new ScenarioChange.Remove(centre))));
        assertEquals(false, ready(off, need), "without the centre nobody performs or provides");
        assertSame(off, cache.under(Y2026, new Scenario("s", List.of(new ScenarioChange.Remove(centre)))));
        AnalysisResult other = cache.under(Y2026, new Scenario("s", List.of(new ScenarioChange.Remove(lab))));
        assertNotSame(off, other);
        assertEquals(false, ready(other, need));
        assertEquals(true, ready(cache.under(Y2026, Scenario.NONE), need));

        Participant second = m.participant("Второй центр");
        lab.getProviders().add(second);
        action.getPerformers().add(second);
        AnalysisResult afterEdit = cache.under(Y2026, new Scenario("s", List.of(new ScenarioChange.Remove(centre))));
        assertEquals(true, ready(afterEdit, need), "the second centre holds the chain now");
    }

    @Test
    void withoutACacheEveryCallReadsTheModelAndAfterDisposeToo() {
        long before = Analysis.modelsRead();
        AnalysisCache.analyse(m.cluster, Y2026);
        AnalysisCache.analyse(m.cluster, Y2026);
        assertEquals(2, Analysis.modelsRead() - before, "a model nobody edits is analysed as asked");

        AnalysisCache cache = AnalysisCache.of(resource);
        cache.dispose();
        assertNull(AnalysisCache.find(resource));
        assertEquals(0, lab.eAdapters().stream().filter(a -> a == cache).count(), "detached from the content");
    }

    @Test
    void aResourceWithoutAClusterHasNoAnalysis() {
        Resource empty = new XMIResourceImpl(URI.createURI("memory:/empty.stic"));
        assertNull(AnalysisCache.of(empty).result(Y2026));
        assertNull(AnalysisCache.of(empty).under(Y2026, Scenario.NONE));
    }
}

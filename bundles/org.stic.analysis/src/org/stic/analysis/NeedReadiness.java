package org.stic.analysis;

import java.util.List;

import org.stic.Segment;
import org.stic.SegmentNeed;

/**
 * The readiness of one need in the analysis year, with the reasons it is not ready (or only assumed ready), and
 * the first year from the analysis year on in which it is ready as planned (null when no planned element makes it
 * ready).
 */
public record NeedReadiness(SegmentNeed need, Segment segment, ReadinessLevel level, List<Reason> reasons,
        Integer readyFrom) {
}

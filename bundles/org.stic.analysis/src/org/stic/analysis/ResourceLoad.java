package org.stic.analysis;

import java.math.BigDecimal;

import org.stic.KeyResource;
import org.stic.QuantityUnit;

/**
 * The demand routed through one resource in one unit ({@code load}, null when no need routed through it is
 * quantified in that unit) against its capacity ({@code capacity}, null when its capacity is not given in that
 * unit). {@code needs} counts every need routed through the resource, quantified or not.
 */
public record ResourceLoad(KeyResource resource, QuantityUnit unit, BigDecimal load, BigDecimal capacity,
        int needs) {

    /** Both sides quantified in this unit and the load above the capacity. */
    public boolean overLoaded() {
        return load != null && capacity != null && load.compareTo(capacity) > 0;
    }

    /** Load as a percentage of capacity, null when either is missing or the capacity is zero. */
    public BigDecimal utilisationPercent() {
        if (load == null || capacity == null || capacity.signum() == 0) {
            return null;
        }
        return load.multiply(BigDecimal.valueOf(100)).divide(capacity, 0, java.math.RoundingMode.HALF_UP);
    }
}

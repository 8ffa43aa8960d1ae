package org.stic.analysis;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import org.stic.AvailabilityStatus;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.MonetaryElement;
import org.stic.QuantityUnit;
import org.stic.SegmentNeed;

/**
 * One change of a what-if {@link Scenario}. Applied to a copy of the dependency graph and to the economics, never
 * to the model. {@link #verb()} and {@link #arguments(java.util.function.Function)} are its line in a scenario
 * file (docs/analysis.md, "Scenario files").
 */
public sealed interface ScenarioChange {

    /** The element the change is about (for add-resource, the action). */
    EObject element();

    /** The first word of the change's line in a scenario file. */
    String verb();

    /** The words after the verb, ids written by {@code id}. */
    String arguments(java.util.function.Function<EObject, String> id);

    /**
     * The element is gone, and whatever relied on it loses it: actions it performed or supported cannot be
     * performed, resources it provided lose it as a provider (docs/analysis.md: removal does not re-route demand,
     * except that a removed need has none). Participants, partnerships, key resources, key actions, value
     * propositions, segment needs, revenue streams and cost items can be removed.
     */
    record Remove(EObject element) implements ScenarioChange {
        @Override
        public String verb() {
            return "remove";
        }

        @Override
        public String arguments(java.util.function.Function<EObject, String> id) {
            return id.apply(element);
        }

    }

    /** A key resource's or key action's status, with the year it becomes available (null: none). */
    record SetStatus(EObject element, AvailabilityStatus status, Integer availableFrom) implements ScenarioChange {
        @Override
        public String verb() {
            return "status";
        }

        @Override
        public String arguments(java.util.function.Function<EObject, String> id) {
            return id.apply(element) + " " + status.getName() + (availableFrom == null ? "" : " " + availableFrom);
        }

    }

    /** A key resource's capacity; a null unit keeps the resource's unit. */
    record SetCapacity(KeyResource element, BigDecimal capacity, QuantityUnit unit) implements ScenarioChange {
        @Override
        public String verb() {
            return "capacity";
        }

        @Override
        public String arguments(java.util.function.Function<EObject, String> id) {
            return id.apply(element) + " " + capacity.toPlainString() + (unit == null ? "" : " " + unit.getName());
        }

    }

    /** A need's demand; a null unit keeps the need's unit. */
    record SetDemand(SegmentNeed element, BigDecimal demand, QuantityUnit unit) implements ScenarioChange {
        @Override
        public String verb() {
            return "demand";
        }

        @Override
        public String arguments(java.util.function.Function<EObject, String> id) {
            return id.apply(element) + " " + demand.toPlainString() + (unit == null ? "" : " " + unit.getName());
        }

    }

    /** A revenue stream's or cost item's amount (its currency, period and years stay). */
    record SetAmount(MonetaryElement element, BigDecimal amount) implements ScenarioChange {
        @Override
        public String verb() {
            return "amount";
        }

        @Override
        public String arguments(java.util.function.Function<EObject, String> id) {
            return id.apply(element) + " " + amount.toPlainString();
        }

    }

    /** The action relies on one more resource (as if the model linked it as a supporting resource). */
    record AddResource(KeyAction element, KeyResource resource) implements ScenarioChange {
        @Override
        public String verb() {
            return "add-resource";
        }

        @Override
        public String arguments(java.util.function.Function<EObject, String> id) {
            return id.apply(element) + " " + id.apply(resource);
        }

    }
}

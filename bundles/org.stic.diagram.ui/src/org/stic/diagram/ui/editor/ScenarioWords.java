package org.stic.diagram.ui.editor;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import org.stic.AvailabilityStatus;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.MonetaryElement;
import org.stic.QuantityUnit;
import org.stic.SegmentNeed;
import org.stic.analysis.Comparison;
import org.stic.analysis.Economics;
import org.stic.analysis.ScenarioChange;
import org.stic.diagram.ui.Messages;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * A what-if scenario's changes in the user's words, each with the model's value beside the scenario's: "Виварий:
 * capacity 20 services per year → 10 services per year", and the money balance a scenario changes.
 */
final class ScenarioWords {

    private final Language language;
    private final Vocabulary vocabulary;

    ScenarioWords(Language language) {
        this.language = language;
        this.vocabulary = Vocabulary.of(language);
    }

    /** A change other than a removal, the model's value first. */
    String change(ScenarioChange change) {
        String element = vocabulary.label(change.element());
        if (change instanceof ScenarioChange.SetStatus s) {
            return Messages.get("whatIf.change.status", element, modelStatus(s.element()),
                    status(s.status(), s.availableFrom()));
        }
        if (change instanceof ScenarioChange.SetCapacity c) {
            KeyResource r = c.element();
            return Messages.get("whatIf.change.capacity", element, quantity(r.getCapacity(), r.getCapacityUnit()),
                    quantity(c.capacity(), c.unit() == null ? r.getCapacityUnit() : c.unit()));
        }
        if (change instanceof ScenarioChange.SetDemand d) {
            SegmentNeed n = d.element();
            return Messages.get("whatIf.change.demand", element, quantity(n.getDemand(), n.getDemandUnit()),
                    quantity(d.demand(), d.unit() == null ? n.getDemandUnit() : d.unit()));
        }
        if (change instanceof ScenarioChange.SetAmount a) {
            MonetaryElement m = a.element();
            return Messages.get("whatIf.change.amount", element, money(m.getAmount(), m.getCurrency()),
                    money(a.amount(), m.getCurrency()));
        }
        if (change instanceof ScenarioChange.AddResource a) {
            return Messages.get("whatIf.change.addResource", element, vocabulary.label(a.resource()));
        }
        return Messages.get("whatIf.change.remove", element);
    }

    /** "Balance in 2026, RUB: ₽2,000,000 → −₽3,000,000". */
    String balance(int year, Comparison.MoneyChange money) {
        return Messages.get("whatIf.banner.balance", Integer.toString(year), money.currency(),
                money(balanceOf(money.before()), money.currency()), money(balanceOf(money.after()), money.currency()));
    }

    private static BigDecimal balanceOf(Economics.Totals totals) {
        return totals == null ? BigDecimal.ZERO : totals.balance();
    }

    /** The status an element has in the model, with its year. */
    String modelStatus(EObject element) {
        if (element instanceof KeyResource r) {
            return status(r.getStatus(), r.getAvailableFrom());
        }
        if (element instanceof KeyAction a) {
            return status(a.getStatus(), a.getAvailableFrom());
        }
        return "";
    }

    /** "planned from 2028", «планируется с 2028 г.». */
    String status(AvailabilityStatus status, Integer from) {
        String word = vocabulary.literal(status);
        return from == null ? word : Messages.get("whatIf.status.from", word, Integer.toString(from));
    }

    /** "20 services per year"; a quantity without a number "not set". */
    String quantity(BigDecimal value, QuantityUnit unit) {
        if (value == null) {
            return Messages.get("whatIf.value.none");
        }
        return unit == null || unit == QuantityUnit.UNSPECIFIED ? language.number(value)
                : language.number(value) + " " + unit(unit);
    }

    /** A unit in words ("services per year"). */
    String unit(QuantityUnit unit) {
        return vocabulary.literal(unit);
    }

    String money(BigDecimal amount, String currency) {
        return amount == null ? Messages.get("whatIf.value.none") : language.money(amount, currency);
    }
}

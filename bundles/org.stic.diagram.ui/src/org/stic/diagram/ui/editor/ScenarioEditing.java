package org.stic.diagram.ui.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.stic.AvailabilityStatus;
import org.stic.Cluster;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.MonetaryElement;
import org.stic.SegmentNeed;
import org.stic.analysis.ScenarioChange;
import org.stic.diagram.ui.Messages;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * Making a what-if scenario on the diagram: the context menu's scenario items for the selected elements (switch
 * off and on, a status, a capacity, a demand, an amount, a supporting resource added, and back to the model's
 * values) and the dialogs they open. Each choice is one undoable step of the scenario ({@link WhatIfMode#edit}).
 */
final class ScenarioEditing {

    private final DiagramEditor editor;
    private final WhatIfMode mode;

    ScenarioEditing(DiagramEditor editor, WhatIfMode mode) {
        this.editor = editor;
        this.mode = mode;
    }

    /** The scenario's items for the selection, while what-if mode is on. */
    void fillContextMenu(IMenuManager menu, List<EObject> chosen) {
        boolean anyOn = chosen.stream().anyMatch(e -> WhatIfMode.switchable(e) && !mode.switchedOff().contains(e));
        boolean anyOff = chosen.stream().anyMatch(mode.switchedOff()::contains);
        menu.add(DiagramMenus.action(Messages.get("menu.switchOff"), () -> mode.switchElements(chosen, true), anyOn));
        menu.add(DiagramMenus.action(Messages.get("menu.switchOn"), () -> mode.switchElements(chosen, false), anyOff));
        EObject one = chosen.size() == 1 ? chosen.get(0) : null;
        if (one instanceof KeyResource || one instanceof KeyAction) {
            menu.add(DiagramMenus.action(Messages.get("menu.scenarioStatus"), () -> changeStatus(one), true));
        }
        if (one instanceof KeyResource r) {
            menu.add(DiagramMenus.action(Messages.get("menu.scenarioCapacity"), () -> changeCapacity(r), true));
        }
        if (one instanceof SegmentNeed n) {
            menu.add(DiagramMenus.action(Messages.get("menu.scenarioDemand"), () -> changeDemand(n), true));
        }
        if (one instanceof MonetaryElement m) {
            menu.add(DiagramMenus.action(Messages.get("menu.scenarioAmount"), () -> changeAmount(m), true));
        }
        if (one instanceof KeyAction a) {
            menu.add(DiagramMenus.action(Messages.get("menu.scenarioAddResource"), () -> addResources(a),
                    !candidates(a).isEmpty()));
        }
        menu.add(DiagramMenus.action(Messages.get("menu.scenarioReset"), () -> reset(chosen),
                !mode.changesOf(chosen).isEmpty()));
    }

    private Shell shell() {
        return editor.getSite().getShell();
    }

    private static String typed(EObject element) {
        return Vocabulary.current().typed(element);
    }

    /** The status and year the scenario gives a resource or action (the model's when it gives none). */
    void changeStatus(EObject element) {
        ScenarioWords words = new ScenarioWords(Language.current());
        AvailabilityStatus status;
        Integer year;
        if (mode.change("status", element) instanceof ScenarioChange.SetStatus s) {
            status = s.status();
            year = s.availableFrom();
        } else if (element instanceof KeyResource r) {
            status = r.getStatus();
            year = r.getAvailableFrom();
        } else {
            status = ((KeyAction) element).getStatus();
            year = ((KeyAction) element).getAvailableFrom();
        }
        ScenarioStatusDialog dialog = new ScenarioStatusDialog(shell(), Messages.get("scenario.status.title"),
                typed(element), words.modelStatus(element), status, year);
        if (dialog.open() == Window.OK) {
            set("command.scenarioStatus", new ScenarioChange.SetStatus(element, dialog.status(), dialog.year()));
        }
    }

    void changeCapacity(KeyResource resource) {
        ScenarioWords words = new ScenarioWords(Language.current());
        BigDecimal value = resource.getCapacity();
        var unit = resource.getCapacityUnit();
        if (mode.change("capacity", resource) instanceof ScenarioChange.SetCapacity c) {
            value = c.capacity();
            unit = c.unit() == null ? unit : c.unit();
        }
        ScenarioValueDialog dialog = ScenarioValueDialog.quantity(shell(), Messages.get("scenario.capacity.title"),
                typed(resource), words.quantity(resource.getCapacity(), resource.getCapacityUnit()), value, unit);
        if (dialog.open() == Window.OK) {
            // the unit is written only where it differs from the resource's own
            var chosen = dialog.unit() == resource.getCapacityUnit() ? null : dialog.unit();
            set("command.scenarioCapacity", new ScenarioChange.SetCapacity(resource, dialog.value(), chosen));
        }
    }

    void changeDemand(SegmentNeed need) {
        ScenarioWords words = new ScenarioWords(Language.current());
        BigDecimal value = need.getDemand();
        var unit = need.getDemandUnit();
        if (mode.change("demand", need) instanceof ScenarioChange.SetDemand d) {
            value = d.demand();
            unit = d.unit() == null ? unit : d.unit();
        }
        ScenarioValueDialog dialog = ScenarioValueDialog.quantity(shell(), Messages.get("scenario.demand.title"),
                typed(need), words.quantity(need.getDemand(), need.getDemandUnit()), value, unit);
        if (dialog.open() == Window.OK) {
            var chosen = dialog.unit() == need.getDemandUnit() ? null : dialog.unit();
            set("command.scenarioDemand", new ScenarioChange.SetDemand(need, dialog.value(), chosen));
        }
    }

    void changeAmount(MonetaryElement money) {
        ScenarioWords words = new ScenarioWords(Language.current());
        BigDecimal value = mode.change("amount", money) instanceof ScenarioChange.SetAmount a ? a.amount()
                : money.getAmount();
        ScenarioValueDialog dialog = ScenarioValueDialog.money(shell(), Messages.get("scenario.amount.title"),
                typed(money), words.money(money.getAmount(), money.getCurrency()), value, money.getCurrency());
        if (dialog.open() == Window.OK) {
            set("command.scenarioAmount", new ScenarioChange.SetAmount(money, dialog.value()));
        }
    }

    /** The resources the action could rely on as well: those of the model it neither has nor is given already. */
    private List<KeyResource> candidates(KeyAction action) {
        if (!(action.eResource().getContents().get(0) instanceof Cluster cluster)
                || cluster.getInternalContour() == null) {
            return List.of();
        }
        List<KeyResource> list = new ArrayList<>();
        for (KeyResource r : cluster.getInternalContour().getKeyResources()) {
            if (!action.getSupportingResources().contains(r)
                    && !mode.changesOf(List.of(action)).contains(new ScenarioChange.AddResource(action, r))) {
                list.add(r);
            }
        }
        return list;
    }

    /** The supporting resources the scenario adds to an action, chosen from a list the user can filter by name. */
    void addResources(KeyAction action) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                return Vocabulary.current().label(element);
            }
        });
        dialog.setTitle(Messages.get("scenario.addResource.title"));
        dialog.setMessage(Messages.get("scenario.addResource.message", Vocabulary.current().label(action)));
        dialog.setMultipleSelection(true);
        dialog.setElements(candidates(action).toArray());
        if (dialog.open() == Window.OK) {
            List<ScenarioChange> added = new ArrayList<>();
            Arrays.stream(dialog.getResult()).map(KeyResource.class::cast)
                    .forEach(r -> added.add(new ScenarioChange.AddResource(action, r)));
            mode.edit(Messages.get("command.scenarioAddResource"), added, List.of());
        }
    }

    /** The chosen elements back to the model as it is: every change the scenario makes of them leaves it. */
    void reset(List<EObject> chosen) {
        mode.edit(Messages.get("command.scenarioReset"), List.of(),
                mode.changesOf(chosen).stream().map(WhatIfMode::key).toList());
    }

    private void set(String label, ScenarioChange change) {
        mode.edit(Messages.get(label), List.of(change), List.of());
    }
}

package org.stic.diagram.ui.editor;

import org.stic.diagram.ui.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.stic.diagram.Link;
import org.stic.diagram.Verdict;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.SceneNode;
import org.stic.ui.editor.StandardEditActions;
import org.stic.ui.emf.DeleteConfirmation;
import org.stic.ui.emf.ModelClipboard;
import org.stic.ui.emf.ModelDeletion;

/**
 * Delete from Model, Cut, Copy and Paste on the diagram: EMF.edit commands on the model's shared stack, so they are
 * undoable from either editor, and the editing domain's clipboard, so what is copied in the model editor's tree is
 * pasted on the diagram and back. Delete on a selected link removes that link alone: the reference, or the
 * interaction. Cut is Copy then Delete from Model after the same confirmation, one command; like Copy it takes
 * nodes, not links: a reference is no element to hold on the clipboard. Paste keeps the links of the copies to
 * elements not copied when it pastes into the same model ({@link ModelClipboard}). Hide from Diagram and Show
 * Hidden Elements change the view only (the diagram file), as every element of the model is drawn in its views
 * unless hidden.
 */
final class DiagramEditing {

    /** How far a pasted copy lands from its original (diagram pixels), once more for each further paste. */
    static final double PASTE_OFFSET = 24;

    private final DiagramEditor editor;
    private final Action delete = new Action(Messages.get("menu.deleteFromModel")) {
        @Override
        public void run() {
            delete();
        }
    };
    private final Action hide = new Action(Messages.get("menu.hide")) {
        @Override
        public void run() {
            editor.hide(editor.getViewer().getSelection());
        }
    };
    private final Action showHidden = new Action() {
        @Override
        public void run() {
            editor.showHidden();
        }
    };
    private final Action cut = new Action(Messages.get("menu.cut")) {
        @Override
        public void run() {
            cut();
        }
    };
    private final Action copy = new Action(Messages.get("menu.copy")) {
        @Override
        public void run() {
            copy();
        }
    };
    private final Action paste = new Action(Messages.get("menu.paste")) {
        @Override
        public void run() {
            paste();
        }
    };
    /** Where the originals of the clipboard's elements were on this diagram when it copied them. */
    private final Map<Object, Bounds> copiedFrom = new IdentityHashMap<>();
    private Collection<Object> copiedClipboard;
    private int pastes;
    /** The clipboard holds what was cut here: a paste gives it its name back while the name is free. */
    private boolean cutHere;
    /** Delete refused a link and the status line says why, until the selection changes. */
    private boolean refused;

    DiagramEditing(DiagramEditor editor) {
        this.editor = editor;
        StandardEditActions.dress(cut, copy, paste, delete);
    }

    void contributeTo(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
    }

    void fillContextMenu(IMenuManager menu) {
        update();
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(new Separator());
        menu.add(hide);
        menu.add(showHidden);
        menu.add(delete);
    }

    /** Enables the actions for the selection and the clipboard as they are now. */
    void update() {
        List<EObject> selection = editor.getViewer() == null ? List.of() : editor.getViewer().getSelection();
        Link link = editor.getViewer() == null ? null : editor.getViewer().getSelectedLink();
        if (refused) {
            refused = false;
            statusLine().setErrorMessage(null);
        }
        delete.setEnabled(link != null
                || !selection.isEmpty() && selection.stream().allMatch(ModelDeletion::deletable));
        hide.setEnabled(!selection.isEmpty());
        int hidden = editor.getViewer() == null ? 0 : editor.hiddenElements().size();
        showHidden.setText(hidden == 0 ? Messages.get("menu.showHidden") : Messages.get("menu.showHidden.count", hidden));
        showHidden.setEnabled(hidden > 0);
        copy.setEnabled(!selection.isEmpty() && selection.stream().allMatch(ModelDeletion::deletable));
        cut.setEnabled(toCut() != null);
        paste.setEnabled(places() != null);
    }

    private EditingDomain domain() {
        return editor.getEditingDomain();
    }

    // ---- delete

    private void delete() {
        Link link = editor.getViewer().getSelectedLink();
        if (link != null) {
            deleteLink(link);
            return;
        }
        List<EObject> chosen = editor.getViewer().getSelection();
        if (!chosen.isEmpty() && chosen.stream().allMatch(ModelDeletion::deletable)) {
            DeleteConfirmation.deleteFromModel(editor.getSite().getShell(), domain(),
                    editor.getSession().adapterFactory(), chosen, true);
        }
    }

    /**
     * A reference link is taken out of its owner's list at once (the elements stay); an interaction is an element
     * of the model and is deleted as one, asking only when something refers to it.
     */
    private void deleteLink(Link link) {
        Verdict verdict = link.deletable();
        if (!verdict.allowed()) {
            statusLine().setErrorMessage(verdict.reason());
            refused = true;
            return;
        }
        if (link.value() == null) {
            DeleteConfirmation.deleteFromModel(editor.getSite().getShell(), domain(),
                    editor.getSession().adapterFactory(), List.of(link.owner()), false);
        } else {
            domain().getCommandStack().execute(ModelCommands.unlink(domain(), link));
        }
    }

    private IStatusLineManager statusLine() {
        return editor.getEditorSite().getActionBars().getStatusLineManager();
    }

    // ---- copy and paste

    private void copy() {
        List<EObject> selection = editor.getViewer().getSelection();
        Command command = CopyToClipboardCommand.create(domain(), selection);
        if (!command.canExecute()) {
            return;
        }
        List<Bounds> at = new ArrayList<>();
        for (EObject e : selection) {
            SceneNode node = editor.getViewer().getScene().node(e);
            at.add(node == null ? null : node.bounds());
        }
        domain().getCommandStack().execute(command);
        remember(at, false);
    }

    /** The selected elements when all may be deleted; null otherwise (nothing, the cluster or a contour, a link). */
    private List<EObject> toCut() {
        List<EObject> selection = editor.getViewer() == null ? List.of() : editor.getViewer().getSelection();
        return !selection.isEmpty() && selection.stream().allMatch(ModelDeletion::deletable) ? selection : null;
    }

    private void cut() {
        List<EObject> chosen = toCut();
        if (chosen == null) {
            return;
        }
        // back where the user placed them; the automatic layout has already filled a laid-out node's place
        Map<EObject, Bounds> manual = editor.manualBounds();
        List<Bounds> at = chosen.stream().map(manual::get).toList();
        if (DeleteConfirmation.cutFromModel(editor.getSite().getShell(), domain(), editor.getSession().adapterFactory(),
                chosen)) {
            remember(at, true);
        }
    }

    /**
     * Remembers where the originals of the clipboard's copies were (it holds one per element, in their order; null:
     * no place to keep), for Paste to put the copies beside them, or back where they were after a cut.
     */
    private void remember(List<Bounds> at, boolean wasCut) {
        copiedFrom.clear();
        copiedClipboard = domain().getClipboard();
        pastes = wasCut ? -1 : 0;
        cutHere = wasCut;
        List<Object> clipboard = new ArrayList<>(copiedClipboard);
        for (int i = 0; i < clipboard.size() && i < at.size(); i++) {
            if (at.get(i) != null) {
                copiedFrom.put(clipboard.get(i), at.get(i));
            }
        }
        update();
    }

    private void paste() {
        List<Place> places = places();
        if (places == null) {
            return;
        }
        ModelClipboard.Paste pasting = ModelClipboard.paste(domain());
        Command command = pasteCommand(pasting, places);
        if (command != null) {
            domain().getCommandStack().execute(command);
        }
        statusLine().setMessage(pasting.report());
    }

    /** Where each element of the clipboard would be pasted now, or null when it holds something without a place. */
    private List<Place> places() {
        Collection<Object> clipboard = domain().getClipboard();
        Resource resource = editor.getSession().resource();
        if (clipboard == null || clipboard.isEmpty() || resource == null || editor.getViewer() == null) {
            return null;
        }
        List<Place> places = new ArrayList<>();
        Map<EClass, Place> byClass = new HashMap<>(); // one walk over the model per kind of element, not per element
        for (Object o : clipboard) {
            Place place = o instanceof EObject e ? byClass.computeIfAbsent(e.eClass(),
                    c -> Place.of(c, editor.getViewer().getSelection(), resource)) : null;
            if (place == null) {
                return null;
            }
            places.add(place);
        }
        return places;
    }

    /**
     * Pastes the fresh copies (new ids; references among them kept, and to elements not copied within this model),
     * each into the place its type has in the model (beside the selection where it can), named as copies and, when
     * this diagram copied their originals, placed beside them. Null when everything was left out.
     */
    private Command pasteCommand(ModelClipboard.Paste pasting, List<Place> places) {
        List<Object> originals = pasting.clipboard();
        List<EObject> copies = pasting.copies();
        boolean besideOriginals = domain().getClipboard() == copiedClipboard;
        double offset = PASTE_OFFSET * (besideOriginals ? ++pastes : 1);
        CompoundCommand paste = pasting.newCommand();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < copies.size(); i++) {
            EObject copy = copies.get(i);
            if (copy == null) {
                continue; // left out: it cannot link to what it needs in this model
            }
            Place place = places.get(i);
            markAsCopy(copy, place, taken, besideOriginals && cutHere);
            paste.append(AddCommand.create(domain(), place.owner(), place.reference(), List.of(copy)));
            Bounds from = besideOriginals ? copiedFrom.get(originals.get(i)) : null;
            if (from != null) {
                paste.append(editor.boundsCommand(copy, from.translate(offset, offset)));
            }
        }
        if (paste.isEmpty()) {
            return null;
        }
        pasting.appendLinksTo(paste);
        editor.selectWhenShown(pasting.pasted());
        return paste;
    }

    /**
     * "Name (copy)", or "Name (copy 2)" ... when the place already has that name; what was cut keeps its name while
     * no sibling has it.
     */
    private static void markAsCopy(EObject copy, Place place, Set<String> taken, boolean wasCut) {
        EStructuralFeature name = copy.eClass().getEStructuralFeature("name");
        if (name == null || !(copy.eGet(name) instanceof String original)) {
            return;
        }
        for (Object sibling : (List<?>) place.owner().eGet(place.reference())) {
            if (sibling instanceof EObject s && s.eGet(name) instanceof String n) {
                taken.add(n);
            }
        }
        String candidate = wasCut && !taken.contains(original) ? original : original + " (copy)";
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = original + " (copy " + n + ")";
        }
        taken.add(candidate);
        copy.eSet(name, candidate);
    }

    /** Where a pasted element goes: a many-valued containment reference of an element of the model. */
    record Place(EObject owner, EReference reference) {

        /** Beside a selected element of its kind, in a selected element that holds its kind, or the first such place. */
        static Place of(EClass type, List<EObject> selection, Resource resource) {
            Place first = null;
            for (EObject owner : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, true)) {
                for (EReference ref : owner.eClass().getEAllContainments()) {
                    if (!ref.isMany() || !ref.getEReferenceType().isSuperTypeOf(type)) {
                        continue;
                    }
                    Place place = new Place(owner, ref);
                    if (selection.contains(owner) || selection.stream().anyMatch(s -> s.eContainer() == owner
                            && s.eContainmentFeature() == ref)) {
                        return place;
                    }
                    if (first == null) {
                        first = place;
                    }
                }
            }
            return first;
        }
    }
}

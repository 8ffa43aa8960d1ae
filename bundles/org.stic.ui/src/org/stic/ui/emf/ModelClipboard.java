package org.stic.ui.emf;

import org.stic.ui.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CopyCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * The one clipboard of model elements that the editing domains of all open models share (what is copied in one
 * model can be pasted into another), and a Paste that keeps links. EMF copies a two-way reference only when both
 * its ends are copied, so a copied key action would lose its supporting resources and an interaction its
 * participants. Copy therefore notes on each clipboard copy (in an adapter, leaving the model untouched) the links
 * its original had to elements not copied; Paste into the same model gives them to the pasted copy within the paste
 * command, so that one undo takes them away again. Into another model those links are dropped, and an element that
 * needs one (an interaction's source and target) is left out.
 */
public final class ModelClipboard {

    private static Collection<Object> contents;

    private ModelClipboard() {
    }

    static Collection<Object> contents() {
        return contents;
    }

    static void setContents(Collection<Object> clipboard) {
        contents = clipboard;
    }

    /**
     * True when a link of this reference is given back to a pasted copy: only when the element linked to can link
     * to the original and the copy both (a participant has many outgoing interactions; an interaction's source is
     * never taken from it for a pasted participant). A link is set on its serialised side, EMF maintains the other:
     * on the copy when the copy owns it (a key action's supporting resources), else on the element linked to (a key
     * resource's supported actions: the action's supporting resources get the copy).
     */
    private static boolean kept(EReference r) {
        EReference opposite = r.getEOpposite();
        if (opposite == null || !opposite.isMany() || r.isContainment() || r.isContainer() || r.isDerived()
                || !r.isChangeable()) {
            return false;
        }
        return !r.isTransient() || !opposite.isTransient() && opposite.isChangeable();
    }

    /** Copy to the clipboard as EMF.edit's, also noting on each copy the links of its original to what stays behind. */
    static final class CopyToClipboard extends CopyToClipboardCommand {

        private final CopyCommand.Helper originals = new CopyCommand.Helper();

        CopyToClipboard(EditingDomain domain, Collection<?> selection) {
            super(domain, selection);
        }

        @Override
        protected boolean prepare() {
            if (sourceObjects == null || sourceObjects.isEmpty()) {
                return false;
            }
            CompoundCommand copying = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL);
            for (Object o : sourceObjects) {
                copying.append(domain.createCommand(CopyCommand.class, new CommandParameter(o, null, originals)));
            }
            copyCommand = copying.unwrap();
            return copyCommand.canExecute();
        }

        @Override
        public void doExecute() {
            super.doExecute();
            originals.forEach((original, copy) -> {
                if (EcoreUtil.getExistingAdapter(copy, Origin.class) == null) {
                    copy.eAdapters().add(Origin.of(original, originals.keySet(), domain.getResourceSet()));
                }
            });
        }
    }

    /** On a clipboard copy: the model its original came from, and its links at Copy to elements not copied. */
    private static final class Origin extends AdapterImpl {

        final ResourceSet model;
        final Map<EReference, List<EObject>> links = new LinkedHashMap<>();

        private Origin(ResourceSet model) {
            this.model = model;
        }

        static Origin of(EObject original, Collection<EObject> copied, ResourceSet model) {
            Origin origin = new Origin(model);
            for (EReference r : original.eClass().getEAllReferences()) {
                if (!kept(r) || !original.eIsSet(r)) {
                    continue;
                }
                List<EObject> targets = new ArrayList<>();
                for (Object t : r.isMany() ? (List<?>) original.eGet(r) : List.of(original.eGet(r))) {
                    if (t instanceof EObject e && !copied.contains(e)) {
                        targets.add(e);
                    }
                }
                if (!targets.isEmpty()) {
                    origin.links.put(r, targets);
                }
            }
            return origin;
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == Origin.class;
        }
    }

    /** Fresh copies of the clipboard for the domain's model (none when the clipboard is empty). */
    public static Paste paste(EditingDomain domain) {
        return new Paste(domain);
    }

    /** True when the clipboard holds elements that may all be added to the owner (the copies are not made). */
    public static boolean canPaste(EditingDomain domain, Object owner) {
        if (domain == null || contents == null || contents.isEmpty() || owner == null) {
            return false;
        }
        Command add = AddCommand.create(domain, owner, null, contents);
        boolean can = add.canExecute();
        add.dispose();
        return can;
    }

    /**
     * The copies one Paste adds: made now, not yet in the model. Links to elements not copied are given back by
     * {@link #appendLinksTo} when pasting into the model they were copied from; otherwise they are dropped, and a
     * copy that cannot exist without one is left out. {@link #report()} says what was left out and why.
     */
    public static final class Paste {

        private final EditingDomain domain;
        private final List<Object> clipboard;
        private final List<EObject> copies = new ArrayList<>();
        private final CompoundCommand links = new CompoundCommand();
        private final List<String> leftOut = new ArrayList<>();
        private int droppedLinks;

        private Paste(EditingDomain domain) {
            this.domain = domain;
            this.clipboard = contents == null ? List.of() : new ArrayList<>(contents);
            if (clipboard.isEmpty()) {
                return;
            }
            CopyCommand.Helper made = new CopyCommand.Helper();
            for (Object o : clipboard) {
                Command copying = domain.createCommand(CopyCommand.class, new CommandParameter(o, null, made));
                copying.execute(); // only makes a copy: the model is not touched
                copies.add((EObject) copying.getResult().iterator().next());
            }
            for (int i = 0; i < copies.size(); i++) {
                EObject copy = copies.get(i);
                List<String> missing = relink((EObject) clipboard.get(i), copy, made);
                if (!missing.isEmpty()) {
                    leftOut.add(Messages.get("paste.notInModel", Vocabulary.current().type(copy.eClass()),
                            String.join(Messages.get("paste.and"), missing)));
                    detach(copy);
                    copies.set(i, null);
                }
            }
        }

        /**
         * Plans the links of the copy (and its contents) to elements not copied; returns the required references
         * it cannot have here (then nothing is planned), or none.
         */
        private List<String> relink(EObject onClipboard, EObject copy, CopyCommand.Helper made) {
            CompoundCommand planned = new CompoundCommand();
            int dropped = 0;
            List<String> missing = new ArrayList<>();
            List<EObject> tree = new ArrayList<>();
            tree.add(onClipboard);
            onClipboard.eAllContents().forEachRemaining(tree::add);
            for (EObject c : tree) {
                EObject pasted = made.getCopy(c);
                Origin origin = (Origin) EcoreUtil.getExistingAdapter(c, Origin.class);
                Map<EReference, List<EObject>> noted = origin == null ? Map.of() : origin.links;
                for (Map.Entry<EReference, List<EObject>> link : noted.entrySet()) {
                    EReference r = link.getKey();
                    List<EObject> here = new ArrayList<>();
                    for (EObject target : link.getValue()) {
                        if (origin.model == domain.getResourceSet() && inModel(target)) {
                            here.add(target);
                        } else {
                            dropped++;
                        }
                    }
                    if (here.isEmpty()) {
                        continue;
                    }
                    if (r.isTransient()) {
                        for (EObject target : here) {
                            planned.append(AddCommand.create(domain, target, r.getEOpposite(), pasted));
                        }
                    } else if (r.isMany()) {
                        planned.append(AddCommand.create(domain, pasted, r, here));
                    } else {
                        planned.append(SetCommand.create(domain, pasted, r, here.get(0)));
                    }
                }
                missing.addAll(requiredLinksMissing(pasted, noted, origin != null
                        && origin.model == domain.getResourceSet()));
            }
            if (!missing.isEmpty()) {
                planned.dispose();
                return missing;
            }
            droppedLinks += dropped;
            if (!planned.isEmpty()) {
                links.append(planned.unwrap());
            }
            return missing;
        }

        /** The required single links of the pasted copy that neither the copy has nor Paste gives back. */
        private static List<String> requiredLinksMissing(EObject pasted, Map<EReference, List<EObject>> noted,
                boolean sameModel) {
            List<String> missing = new ArrayList<>();
            for (EReference r : pasted.eClass().getEAllReferences()) {
                if (r.isMany() || r.getLowerBound() == 0 || r.isContainer() || r.isContainment()
                        || pasted.eGet(r) != null) {
                    continue;
                }
                List<EObject> was = noted.get(r);
                if (!sameModel || was == null || was.stream().noneMatch(ModelClipboard::inModel)) {
                    missing.add(Vocabulary.current().language() == Language.EN ? r.getName()
                            : Vocabulary.current().feature(r).toLowerCase(Vocabulary.current().language().locale()));
                }
            }
            return missing;
        }

        /** A copy left out must not stay in the lists of the copies it linked to (transient sides included). */
        private static void detach(EObject copy) {
            List<EObject> tree = new ArrayList<>();
            tree.add(copy);
            copy.eAllContents().forEachRemaining(tree::add);
            for (EObject e : tree) {
                for (EReference r : e.eClass().getEAllReferences()) {
                    if (r.getEOpposite() != null && !r.isContainment() && !r.isContainer() && r.isChangeable()) {
                        e.eUnset(r);
                    }
                }
            }
        }

        /** The clipboard's elements, in its order (what the copies were made from). */
        public List<Object> clipboard() {
            return clipboard;
        }

        /** One copy per clipboard element, in its order; null where the element is left out. */
        public List<EObject> copies() {
            return copies;
        }

        /** The copies that are pasted. */
        public List<EObject> pasted() {
            return copies.stream().filter(c -> c != null).toList();
        }

        /**
         * Appends the links given back to elements not copied, if any, to the paste command after the copies were
         * added: one command, whose undo takes them out of the linked elements' lists again.
         */
        public void appendLinksTo(CompoundCommand paste) {
            if (!links.isEmpty()) {
                paste.append(links);
            }
        }

        /**
         * An empty "Paste" command to add the copies and then {@link #appendLinksTo its links}: it reports the
         * pasted copies as what it affects (the editors select them), not the elements the last link was added to.
         */
        public CompoundCommand newCommand() {
            List<EObject> pasted = pasted();
            return new CompoundCommand("Paste") {
                @Override
                public Collection<?> getAffectedObjects() {
                    return pasted;
                }
            };
        }

        /** Paste into the owner (the tree's selection) as one command, or null when nothing is left to paste. */
        public Command into(Object owner) {
            List<EObject> pasted = pasted();
            if (pasted.isEmpty()) {
                return null;
            }
            CompoundCommand paste = newCommand();
            paste.append(AddCommand.create(domain, owner, null, pasted));
            appendLinksTo(paste);
            return paste;
        }

        /** What was left out and why, for the status line; null when everything was pasted with its links. */
        public String report() {
            List<String> parts = new ArrayList<>(leftOut);
            if (droppedLinks > 0) {
                parts.add(Messages.count("paste.linksLeftOut", droppedLinks));
            }
            return parts.isEmpty() ? null : Messages.get("paste.leftOut", pasted().size(), copies.size(),
                    String.join("; ", parts)) + ".";
        }
    }

    /** Still an element of a loaded model (not deleted or unloaded since Copy). */
    private static boolean inModel(EObject e) {
        Resource r = e.eResource();
        return r != null && r.getResourceSet() != null && !e.eIsProxy();
    }
}

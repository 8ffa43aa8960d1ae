package org.stic.ui.editor;

import org.stic.ui.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.MissingResourceException;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.stic.ui.emf.CommandStackAction;
import org.stic.ui.emf.DeleteConfirmation;
import org.stic.ui.emf.DomainCommandAction;
import org.stic.ui.emf.ItemImages;
import org.stic.ui.emf.ModelClipboard;
import org.stic.ui.emf.ModelDeletion;

/**
 * The editing actions of a tree editor of EMF models (the {@link SticEditor}, the metamodel editor): Undo/Redo over its command stack, Cut/Copy/Paste/Delete as EMF.edit
 * commands (Delete and Cut after the confirmation that lists what refers to the elements), Rename, Validate, and the
 * New Child / New Sibling menus built from the item providers' new-child
 * descriptors. They serve as the workbench's global action handlers while the editor (or its Outline or
 * Properties page) is active, and fill the tree's context menu.
 */
public class EditorActions {

    /** The editor the actions work for. */
    public interface Host {
        IEditorSite getEditorSite();

        AdapterFactory getAdapterFactory();

        /** Starts renaming the selected element in place. */
        void rename();

        /** Validates the model as it is in the editor. */
        void validate();

        /** Adds the editor's own items to the tree's context menu, after the editing ones. */
        default void fillContextMenu(IMenuManager menu) {
        }
    }

    private final Host editor;
    private final CommandStackAction undo = CommandStackAction.undo();
    private final CommandStackAction redo = CommandStackAction.redo();
    /** Copies as Copy does, then deletes after the confirmation Delete shows (one command: one undo). */
    private final DomainCommandAction cut = new DomainCommandAction(ActionFactory.CUT.getId(), "Cu&t",
            (domain, selection) -> selection.stream().allMatch(o -> o instanceof EObject e && ModelDeletion.deletable(e))
                    ? DeleteCommand.create(domain, selection)
                    : null) {
        @Override
        public void run() {
            List<EObject> chosen = chosen();
            if (chosen != null && chosen.stream().allMatch(ModelDeletion::deletable)) {
                DeleteConfirmation.cutFromModel(editor.getEditorSite().getShell(), domain, editor.getAdapterFactory(), chosen);
            }
        }
    };
    private final DomainCommandAction copy = new DomainCommandAction(ActionFactory.COPY.getId(), Messages.get("action.copy"),
            CopyToClipboardCommand::create);
    /** Into the selected element, keeping links to elements not copied (see ModelClipboard); says what it left out. */
    private final IAction paste = new Action(Messages.get("action.paste")) {
        @Override
        public void run() {
            paste();
        }
    };
    /** Asks first, as the diagram's Delete from Model does, listing what refers to the elements. */
    private final DomainCommandAction delete = new DomainCommandAction(ActionFactory.DELETE.getId(), Messages.get("action.delete"),
            (domain, selection) -> holdsRoot(selection) ? null : DeleteCommand.create(domain, selection)) {
        @Override
        public void run() {
            deleteAfterAsking();
        }
    };
    private final IAction rename;
    private final IAction validate;
    private EditingDomain domain;
    private IStructuredSelection selection = StructuredSelection.EMPTY;

    public EditorActions(Host editor) {
        this.editor = editor;
        StandardEditActions.dress(cut, copy, paste, delete);
        paste.setId(ActionFactory.PASTE.getId());
        rename = new Action(Messages.get("action.rename")) {
            @Override
            public void run() {
                editor.rename();
            }
        };
        rename.setId(ActionFactory.RENAME.getId());
        rename.setActionDefinitionId(ActionFactory.RENAME.getCommandId());
        validate = new Action(Messages.get("action.validate")) {
            @Override
            public void run() {
                editor.validate();
            }
        };
        validate.setId("org.stic.ui.validate");
    }

    /** The model's root (the Cluster) may not be deleted or cut: a file without it cannot be opened again. */
    private static boolean holdsRoot(List<?> selection) {
        return selection.stream().anyMatch(o -> o instanceof EObject e && e.eContainer() == null);
    }

    private void deleteAfterAsking() {
        List<EObject> chosen = chosen();
        if (chosen != null && !holdsRoot(chosen)) {
            DeleteConfirmation.deleteFromModel(editor.getEditorSite().getShell(), domain, editor.getAdapterFactory(), chosen,
                    true);
        }
    }

    /** The selected elements, or null when there is no domain, nothing selected or something else than elements. */
    private List<EObject> chosen() {
        List<EObject> chosen = new ArrayList<>();
        for (Object o : selection) {
            if (o instanceof EObject e) {
                chosen.add(e);
            }
        }
        return domain == null || chosen.isEmpty() || chosen.size() != selection.size() ? null : chosen;
    }

    /** The one selected element, which Paste pastes into; null otherwise. */
    private Object pasteOwner() {
        return selection.size() == 1 ? selection.getFirstElement() : null;
    }

    private void paste() {
        Object owner = pasteOwner();
        if (!ModelClipboard.canPaste(domain, owner)) {
            return;
        }
        ModelClipboard.Paste pasting = ModelClipboard.paste(domain);
        Command command = pasting.into(owner);
        if (command != null && command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
        editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(pasting.report());
    }

    public void setEditingDomain(EditingDomain domain) {
        this.domain = domain;
        for (CommandStackAction a : List.of(undo, redo)) {
            a.setEditingDomain(domain);
        }
        for (DomainCommandAction a : List.of(cut, copy, delete)) {
            a.setEditingDomain(domain);
        }
        paste.setEnabled(ModelClipboard.canPaste(domain, pasteOwner()));
        validate.setEnabled(domain != null);
    }

    public void selectionChanged(ISelection s) {
        selection = s instanceof IStructuredSelection ss ? ss : StructuredSelection.EMPTY;
        for (DomainCommandAction a : List.of(cut, copy, delete)) {
            a.selectionChanged(selection);
        }
        paste.setEnabled(ModelClipboard.canPaste(domain, pasteOwner()));
        rename.setEnabled(selection.size() == 1 && TreeEditing.nameAttribute(selection.getFirstElement()) != null);
    }

    /** Makes these actions the global handlers of the workbench's Undo, Redo, Cut, ... in these action bars. */
    public void contributeTo(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        bars.updateActionBars();
    }

    /** Undo and Redo only (for pages such as Properties whose text fields keep their own clipboard keys). */
    public void contributeUndoTo(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    public void hookContextMenu(StructuredViewer viewer) {
        MenuManager menu = new MenuManager("#PopUp");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        editor.getEditorSite().registerContextMenu(menu, viewer);
    }

    void fillContextMenu(IMenuManager menu) {
        if (domain != null && selection.size() == 1) {
            Object element = selection.getFirstElement();
            menu.add(newMenu(Messages.get("action.newChild"), domain.getNewChildDescriptors(element, null), element, element));
            Object parent = domain.getParent(element);
            if (parent != null) {
                menu.add(newMenu(Messages.get("action.newSibling"), domain.getNewChildDescriptors(null, element), parent, element));
            }
        }
        menu.add(new Separator("edit"));
        menu.add(undo);
        menu.add(redo);
        menu.add(new Separator());
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(new Separator());
        menu.add(delete);
        menu.add(rename);
        menu.add(new Separator());
        menu.add(validate);
        editor.fillContextMenu(menu);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** A submenu with one action per new-child descriptor: creating the child under owner, next to sibling. */
    private MenuManager newMenu(String text, Collection<?> descriptors, Object owner, Object sibling) {
        MenuManager sub = new MenuManager(text);
        for (Object descriptor : descriptors) {
            Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(sibling));
            IAction action = new Action() {
                @Override
                public void run() {
                    domain.getCommandStack().execute(command);
                }
            };
            if (command instanceof CommandActionDelegate d) {
                action.setText(d.getText());
                action.setToolTipText(d.getToolTipText());
                action.setImageDescriptor(creationImage(d));
            } else {
                action.setText(command.getLabel());
            }
            action.setEnabled(command.canExecute());
            sub.add(action);
        }
        if (descriptors.isEmpty()) {
            IAction none = new Action("(none)") {
            };
            none.setEnabled(false);
            sub.add(none);
        }
        return sub;
    }

    private static ImageDescriptor creationImage(CommandActionDelegate d) {
        try {
            return ItemImages.descriptor(d.getImage());
        } catch (MissingResourceException e) {
            return null; // no creation icon shipped: the menu item goes without
        }
    }

    public void dispose() {
        setEditingDomain(null);
    }
}

package org.stic.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.widgets.TreeItem;

/**
 * What the tree editors (models, metamodels) do alike in their tree: rename in place (F2, the Rename action, edits
 * the element's name in the tree, set by a command of the editing domain: undoable, marks the editor dirty), and
 * showing what a command made.
 */
public final class TreeEditing {

    private TreeEditing() {
    }

    /** Lets {@code viewer} edit names in place, only when asked (not on click). */
    public static void install(TreeViewer viewer, Supplier<EditingDomain> domain) {
        viewer.setColumnProperties(new String[] { "name" });
        viewer.setCellEditors(new TextCellEditor[] { new TextCellEditor(viewer.getTree()) });
        viewer.setCellModifier(new ICellModifier() {
            @Override
            public boolean canModify(Object element, String property) {
                return nameAttribute(element) != null;
            }

            @Override
            public Object getValue(Object element, String property) {
                Object name = ((EObject) element).eGet(nameAttribute(element));
                return name == null ? "" : name;
            }

            @Override
            public void modify(Object item, String property, Object value) {
                Object element = item instanceof TreeItem ti ? ti.getData() : item;
                EAttribute name = nameAttribute(element);
                if (name != null && !value.equals(((EObject) element).eGet(name))) {
                    EditingDomain d = domain.get();
                    d.getCommandStack().execute(SetCommand.create(d, element, name, value));
                }
            }
        });
        TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
            }
        }, ColumnViewerEditor.DEFAULT);
    }

    /**
     * Selects in the tree what the command created or moved (New Child selects the new element), not what it
     * deleted: its affected objects that are in {@code resource}.
     */
    public static void revealAffected(TreeViewer viewer, Command recent, Resource resource) {
        Collection<?> affected = recent == null ? List.of() : recent.getAffectedObjects();
        List<Object> visible = new ArrayList<>();
        for (Object o : affected) {
            if (o instanceof EObject e && e.eResource() == resource) {
                visible.add(o);
            }
        }
        if (!visible.isEmpty()) {
            viewer.setSelection(new StructuredSelection(visible), true);
        }
    }

    /** The String attribute called "name" of an element, if it has one (rename applies to it). */
    public static EAttribute nameAttribute(Object element) {
        if (element instanceof EObject e) {
            EStructuralFeature f = e.eClass().getEStructuralFeature("name");
            if (f instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == String.class && f.isChangeable()) {
                return a;
            }
        }
        return null;
    }
}

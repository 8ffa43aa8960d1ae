package org.stic.ui.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.stic.ui.editor.SticEditor;

/**
 * One quick fix: adds a value to a many-valued feature of the marker's element, either an existing element (by
 * its id), an enum literal (by name) or a new element of a class, which is put where the model keeps such
 * elements. It runs in the model's editor as one command and saves, so the markers are recomputed.
 */
final class ModelFix implements IMarkerResolution2 {

    private final String label;
    private final String description;
    private final String feature;
    /** Id of the element to link, or the name of the enum literal to add; null when creating. */
    private final String valueId;
    /** Class of the element to create, or null. */
    private final String newClass;

    ModelFix(String label, String description, String feature, String valueId, String newClass) {
        this.label = label;
        this.description = description;
        this.feature = feature;
        this.valueId = valueId;
        this.newClass = newClass;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Image getImage() {
        return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ADD);
    }

    @Override
    public void run(IMarker marker) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        SticEditor editor;
        try {
            editor = IDE.openEditor(page, (IFile) marker.getResource(), SticEditor.ID, true) instanceof SticEditor e ? e : null;
        } catch (PartInitException e) {
            return;
        }
        if (editor == null || editor.getResource() == null) {
            return;
        }
        EObject element = SticMarkers.element(marker, editor.getResource());
        Command command = element == null ? null : command(editor.getEditingDomain(), editor.getResource(), element);
        if (command != null && command.canExecute()) {
            editor.getEditingDomain().getCommandStack().execute(command);
            editor.doSave(null);
        }
    }

    /** The command that applies this fix to the element, or null when it no longer applies. */
    Command command(EditingDomain domain, Resource resource, EObject element) {
        EStructuralFeature f = element.eClass().getEStructuralFeature(feature);
        if (f == null) {
            return null;
        }
        if (newClass != null && f instanceof EReference ref) {
            return createAndLink(domain, resource, element, ref);
        }
        Object value = value(resource, f);
        return value == null ? null : AddCommand.create(domain, element, f, value);
    }

    private Object value(Resource resource, EStructuralFeature f) {
        if (f instanceof EAttribute a && a.getEAttributeType() instanceof EEnum e) {
            return e.getEEnumLiteralByLiteral(valueId) == null ? null : e.getEEnumLiteralByLiteral(valueId).getInstance();
        }
        return resource.getEObject(valueId);
    }

    /** A new element of the reference's type, named after the element it serves, contained where its kind lives. */
    private Command createAndLink(EditingDomain domain, Resource resource, EObject element, EReference ref) {
        EClass type = ref.getEReferenceType();
        EObject created = EcoreUtil.create(type);
        EStructuralFeature name = type.getEStructuralFeature("name");
        EStructuralFeature ownerName = element.eClass().getEStructuralFeature("name");
        if (name != null) {
            Object of = ownerName == null ? null : element.eGet(ownerName);
            created.eSet(name, "New " + QuickFixes.words(type) + (of == null ? "" : " for " + of));
        }
        for (EObject container : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, true)) {
            for (EReference containment : container.eClass().getEAllContainments()) {
                if (containment.isMany() && containment.getEReferenceType() == type) {
                    CompoundCommand compound = new CompoundCommand(label);
                    compound.append(AddCommand.create(domain, container, containment, List.of(created)));
                    compound.append(AddCommand.create(domain, element, ref, List.of(created)));
                    return compound;
                }
            }
        }
        return null;
    }
}

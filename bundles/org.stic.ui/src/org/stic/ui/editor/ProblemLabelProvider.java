package org.stic.ui.editor;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.stic.ui.emf.ItemImages;
import org.stic.ui.emf.ItemProviderLabelProvider;

/**
 * Item provider labels with an error or warning overlay on the icon of each element that has a STIC marker, or
 * contains one that has (the model editor takes the severities from {@link org.stic.ui.validation.SticMarkers#severities},
 * the metamodel editor from its live problems).
 */
public class ProblemLabelProvider extends ItemProviderLabelProvider {

    private Map<EObject, Integer> severities = Map.of();

    public ProblemLabelProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    public void setSeverities(Map<EObject, Integer> severities) {
        this.severities = severities;
    }

    /** The marker severity shown on an element, or -1. */
    public int severity(Object element) {
        Integer s = severities.get(element);
        return s == null ? -1 : s;
    }

    @Override
    public Image getImage(Object element) {
        int severity = severity(element);
        ImageDescriptor base = ItemImages.descriptor(emfImage(element));
        if (severity < IMarker.SEVERITY_WARNING) {
            return super.getImage(element);
        }
        boolean error = severity == IMarker.SEVERITY_ERROR;
        if (base == null) { // an element without icon still shows its problem
            return PlatformUI.getWorkbench().getSharedImages()
                    .getImage(error ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
        }
        String overlay = error ? ISharedImages.IMG_DEC_FIELD_ERROR : ISharedImages.IMG_DEC_FIELD_WARNING;
        ImageDescriptor decoration = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(overlay);
        return images().get(new DecorationOverlayIcon(base, decoration, IDecoration.BOTTOM_LEFT));
    }
}

package org.stic.ui.emf;

import java.util.MissingResourceException;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider backed by EMF.edit item providers' {@link IItemLabelProvider}: their texts and icons.
 * The icons are converted and cached by an {@link ItemImages} this provider owns.
 */
public class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ItemImages images = new ItemImages();

    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider p = labelProvider(element);
        if (p != null) {
            return p.getText(element);
        }
        if (element instanceof Resource r) {
            return r.getURI().lastSegment();
        }
        return element == null ? "" : element.toString();
    }

    @Override
    public Image getImage(Object element) {
        return images.get(emfImage(element));
    }

    /** The item provider's own image object (a URL or ComposedImage), or null. */
    public Object emfImage(Object element) {
        IItemLabelProvider p = labelProvider(element);
        if (p == null) {
            return null;
        }
        try {
            return p.getImage(element);
        } catch (MissingResourceException e) {
            return null; // an icon file not shipped: show the label without icon rather than fail the viewer
        }
    }

    /** Images converted for this provider; decorating subclasses reuse the cache. */
    protected ItemImages images() {
        return images;
    }

    private IItemLabelProvider labelProvider(Object element) {
        return adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider p ? p : null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}

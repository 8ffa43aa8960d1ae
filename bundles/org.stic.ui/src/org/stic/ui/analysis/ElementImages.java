package org.stic.ui.analysis;

import java.util.MissingResourceException;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.swt.graphics.Image;
import org.stic.ui.emf.ItemImages;

/** The model editor's icons of elements (their item providers'), for the analysis views' rows. */
final class ElementImages {

    private final ItemImages images = new ItemImages();
    private AdapterFactory factory;

    /** The item providers of the model shown (each session has its own). */
    void use(AdapterFactory adapterFactory) {
        this.factory = adapterFactory;
    }

    Image of(Object element) {
        if (factory == null || element == null
                || !(factory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider p)) {
            return null;
        }
        try {
            return images.get(p.getImage(element));
        } catch (MissingResourceException e) {
            return null; // an icon not shipped: the row keeps its text
        }
    }

    void dispose() {
        images.dispose();
    }
}

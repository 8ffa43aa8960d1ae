package org.stic.ui.emf;

import java.net.URL;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;

/**
 * Turns the platform-neutral images of EMF.edit item providers (URLs of image files, {@link ComposedImage}s of
 * several of them) into SWT images. Images live as long as this object: {@link #dispose()} frees them.
 */
public final class ItemImages {

    private final ResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

    /** The SWT image for an item provider's image object, or null when there is none or it cannot be read. */
    public Image get(Object emfImage) {
        ImageDescriptor descriptor = descriptor(emfImage);
        return descriptor == null ? null : resources.create(descriptor);
    }

    /** The SWT image of a descriptor, cached and disposed with this object (used for decorated icons). */
    public Image get(ImageDescriptor descriptor) {
        return descriptor == null ? null : resources.create(descriptor);
    }

    /** An image descriptor for an item provider's image object, or null. */
    public static ImageDescriptor descriptor(Object emfImage) {
        if (emfImage instanceof ImageDescriptor d) {
            return d;
        }
        if (emfImage instanceof Image image) {
            return ImageDescriptor.createFromImage(image);
        }
        if (emfImage instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (emfImage instanceof ComposedImage composed) {
            return new ComposedDescriptor(composed);
        }
        return null;
    }

    public void dispose() {
        resources.dispose();
    }

    /** Draws the layers of a ComposedImage where the ComposedImage says they go. */
    private static final class ComposedDescriptor extends CompositeImageDescriptor {
        private final ComposedImage composed;
        private final List<ImageDescriptor> layers;

        ComposedDescriptor(ComposedImage composed) {
            this.composed = composed;
            this.layers = composed.getImages().stream().map(ItemImages::descriptor).filter(Objects::nonNull).toList();
        }

        @Override
        protected Point getSize() {
            ComposedImage.Size size = composed.getSize(layers.stream().map(ComposedDescriptor::sizeOf).toList());
            return new Point(size.width, size.height);
        }

        @Override
        protected void drawCompositeImage(int width, int height) {
            List<ComposedImage.Size> sizes = layers.stream().map(ComposedDescriptor::sizeOf).toList();
            // getSize records the layer sizes that getDrawPoints lays out
            List<ComposedImage.Point> points = composed.getDrawPoints(composed.getSize(sizes));
            for (int i = 0; i < layers.size() && i < points.size(); i++) {
                ImageDescriptor layer = layers.get(i);
                drawImage(zoom -> layer.getImageData(zoom), points.get(i).x, points.get(i).y);
            }
        }

        private static ComposedImage.Size sizeOf(ImageDescriptor d) {
            ImageData data = d.getImageData(100);
            ComposedImage.Size size = new ComposedImage.Size();
            size.width = data == null ? 16 : data.width;
            size.height = data == null ? 16 : data.height;
            return size;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ComposedDescriptor other && other.composed.equals(composed);
        }

        @Override
        public int hashCode() {
            return composed.hashCode();
        }
    }
}

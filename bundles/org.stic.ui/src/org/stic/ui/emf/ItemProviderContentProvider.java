package org.stic.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace tree content provider backed by EMF.edit item providers: the children of an object are what its
 * {@link ITreeItemContentProvider} says. It listens to the adapter factory and refreshes the viewer for every
 * {@link IViewerNotification} the item providers fire, so any model change (command, undo, reload) shows at once.
 * A {@link Resource} or {@link ResourceSet} input shows its contents.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = {};

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        viewer = v instanceof StructuredViewer sv ? sv : null;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource r) {
            return r.getContents().toArray();
        }
        if (input instanceof ResourceSet rs) {
            return rs.getResources().toArray();
        }
        if (input instanceof Collection<?> c) {
            return c.toArray();
        }
        if (adapterFactory.adapt(input, IStructuredItemContentProvider.class) instanceof IStructuredItemContentProvider p) {
            return p.getElements(input).toArray();
        }
        return NONE;
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof Resource r) {
            return r.getContents().toArray();
        }
        ITreeItemContentProvider p = treeProvider(parent);
        return p == null ? NONE : p.getChildren(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider p = treeProvider(element);
        return p == null ? null : p.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof Resource r) {
            return !r.getContents().isEmpty();
        }
        ITreeItemContentProvider p = treeProvider(element);
        return p != null && p.hasChildren(element);
    }

    private ITreeItemContentProvider treeProvider(Object object) {
        return adapterFactory.adapt(object, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p ? p : null;
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (!(notification instanceof IViewerNotification n) || viewer == null) {
            return;
        }
        Control control = viewer.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        Runnable update = () -> refresh(n);
        if (Display.getCurrent() == control.getDisplay()) {
            update.run();
        } else {
            control.getDisplay().asyncExec(update); // model changed outside the UI thread
        }
    }

    private void refresh(IViewerNotification n) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Object element = n.getElement();
        if (n.isContentRefresh()) {
            if (element == null) {
                viewer.refresh(n.isLabelUpdate());
            } else {
                viewer.refresh(element, n.isLabelUpdate());
            }
        } else if (n.isLabelUpdate() && element != null) {
            viewer.update(element, null);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }
}

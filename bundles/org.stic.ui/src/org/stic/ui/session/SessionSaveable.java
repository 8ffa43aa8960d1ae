package org.stic.ui.session;

import org.stic.ui.Messages;
import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.PlatformUI;

/**
 * The model of a {@link ModelSession} as the workbench sees it: every editor of the session returns this one
 * saveable, so the workbench asks to save only when the last editor holding it closes, and asks once.
 */
public final class SessionSaveable extends Saveable {

    private final ModelSession session;

    SessionSaveable(ModelSession session) {
        this.session = session;
    }

    @Override
    public String getName() {
        return session.file().getName();
    }

    @Override
    public String getToolTipText() {
        return session.file().getFullPath().toString();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return PlatformUI.getWorkbench().getEditorRegistry().getImageDescriptor(session.file().getName());
    }

    @Override
    public void doSave(IProgressMonitor monitor) throws CoreException {
        if (!session.confirmUpgrade(Display.getDefault().getActiveShell())) {
            monitor.setCanceled(true);
            return;
        }
        try {
            session.save();
        } catch (IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error(
                    Messages.get("save.couldNotSaveBecause", session.path(), e.getMessage()), e));
        }
    }

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    // one instance per session: identity is equality
    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

package org.stic.ui.internal;

import org.stic.ui.Messages;
import java.io.File;
import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.stic.ui.SticUi;

/** The workbench application {@code org.stic.ui.application}: locks the workspace and runs the workbench. */
public class SticApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = PlatformUI.createDisplay();
        Location workspace = Platform.getInstanceLocation();
        boolean locked = false;
        try {
            String problem = lockWorkspace(workspace);
            if (problem != null) {
                context.applicationRunning();
                System.err.println("stic: " + problem);
                MessageDialog.openError(null, SticUi.WINDOW_TITLE, problem);
                return EXIT_OK;
            }
            locked = true;
            int code = PlatformUI.createAndRunWorkbench(display, new SticWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            if (locked) {
                workspace.release();
            }
            display.dispose();
        }
    }

    /** Returns null when this process now owns the workspace, else a message for the user. */
    private static String lockWorkspace(Location workspace) throws IOException {
        if (workspace == null) {
            return Messages.get("application.noWorkspace");
        }
        if (!workspace.isSet()) {
            // No -data and no osgi.instance.area.default (e.g. a bare launch from an IDE).
            File dir = new File(System.getProperty("user.home"), "stic-workspace");
            workspace.set(dir.toURI().toURL(), false);
        }
        if (workspace.isReadOnly()) {
            return Messages.get("application.readOnly", path(workspace.getURL()));
        }
        if (!workspace.lock()) {
            return Messages.get("application.inUse", path(workspace.getURL()));
        }
        return null;
    }

    private static String path(URL url) {
        return url == null ? "?" : url.getFile();
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}

package org.stic.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.stic.ui.ModellingPerspective;

/** Workbench-wide set-up: the IDE pieces the workspace views rely on, and the initial perspective. */
public class SticWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // Adapters that let Project Explorer, Properties and Problems show workspace resources and markers;
        // the IDE application would register them, an RCP product must do it itself.
        IDE.registerAdapters();
        IdeImages.declare(configurer);
        // The model and diagram editors of a file share one model (ModelSession): closing one of them loses
        // nothing, so only closing the last one asks to save (the user may still turn the question on).
        PlatformUI.getPreferenceStore().setDefault(IWorkbenchPreferenceConstants.PROMPT_WHEN_SAVEABLE_STILL_OPEN, false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return ModellingPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new SticWorkbenchWindowAdvisor(configurer);
    }

    /** Project Explorer shows the page input: the workspace root. */
    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public void postShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
        super.postShutdown();
    }
}

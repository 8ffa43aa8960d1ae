package org.stic.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.stic.ui.analysis.ReadinessView;

/**
 * The "STIC Modelling" perspective: Project Explorer on the left, editors in the middle, Problems and Properties
 * below, the Readiness view of the active model beside them. Other bundles add their views through org.eclipse.ui.perspectiveExtensions, relative to the folder ids
 * {@link #FOLDER_LEFT} and {@link #FOLDER_BOTTOM}.
 */
public class ModellingPerspective implements IPerspectiveFactory {

    public static final String ID = "org.stic.ui.perspective";
    public static final String FOLDER_LEFT = "org.stic.ui.perspective.left";
    public static final String FOLDER_BOTTOM = "org.stic.ui.perspective.bottom";
    public static final String FOLDER_ANALYSIS = "org.stic.ui.perspective.analysis";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder(FOLDER_LEFT, IPageLayout.LEFT, 0.25f, editorArea);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);

        IFolderLayout bottom = layout.createFolder(FOLDER_BOTTOM, IPageLayout.BOTTOM, 0.68f, editorArea);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);

        IFolderLayout analysis = layout.createFolder(FOLDER_ANALYSIS, IPageLayout.RIGHT, 0.45f, FOLDER_BOTTOM);
        analysis.addView(ReadinessView.ID);

        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(ReadinessView.ID);

        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
    }
}

package org.stic.ui.tests;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The workbench a UI test starts from and leaves: no editor open (unsaved changes dropped) and no project in the
 * workspace, or only the extension example's project. Registered as a field,
 * {@code @RegisterExtension final CleanWorkbench workbench = CleanWorkbench.empty();}, it runs before the test's
 * own {@code @BeforeEach} methods and after its {@code @AfterEach} ones.
 */
final class CleanWorkbench implements BeforeEachCallback, AfterEachCallback {

    private final boolean extensionExample;
    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private IProject project;

    private CleanWorkbench(boolean extensionExample) {
        this.extensionExample = extensionExample;
    }

    /** A workspace without projects. */
    static CleanWorkbench empty() {
        return new CleanWorkbench(false);
    }

    /** A workspace holding only the extension example's project ({@link UiTestSupport#extensionExampleProject}). */
    static CleanWorkbench withExtensionExample() {
        return new CleanWorkbench(true);
    }

    /** The workbench window's active page. */
    IWorkbenchPage page() {
        return page;
    }

    /** The extension example's project. */
    IProject project() {
        if (project == null) {
            throw new IllegalStateException("no project: this workbench was made empty");
        }
        return project;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        page.closeAllEditors(false);
        if (extensionExample) {
            project = UiTestSupport.extensionExampleProject();
        } else {
            UiTestSupport.deleteAllProjects();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        page.closeAllEditors(false);
        UiTestSupport.deleteAllProjects();
    }
}

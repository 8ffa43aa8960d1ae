package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stic.ui.tests.UiTesting.collectTexts;
import static org.stic.ui.tests.UiTesting.label;
import static org.stic.ui.tests.UiTesting.labels;
import static org.stic.ui.tests.UiTesting.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.model.edit.Language;
import org.stic.ui.ModellingPerspective;
import org.stic.ui.SticUi;
import org.stic.ui.help.GettingStartedHandler;

/** Runs inside the real STIC Workbench application (tycho-surefire UI harness, on the UI thread). */
class WorkbenchTest {

    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @BeforeEach
    void activeWindow() {
        assertTrue(waitFor(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null, 30_000),
                "a workbench window opens");
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        assertNotNull(page);
    }

    @Test
    void windowIsTitledSticWorkbench() {
        assertEquals("STIC Workbench", window.getShell().getText());
        assertEquals(SticUi.WINDOW_TITLE, window.getShell().getText());
    }

    @Test
    void modellingPerspectiveOpensWithItsViews() throws Exception {
        assertEquals(ModellingPerspective.ID, page.getPerspective().getId());
        assertEquals("STIC Modelling", page.getPerspective().getLabel());
        for (String id : List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
                IPageLayout.ID_PROP_SHEET)) {
            assertNotNull(page.findViewReference(id), id + " is in the perspective");
            IViewPart view = page.showView(id);
            assertNotNull(view, id);
            assertNotNull(view.getTitleImage(), id + " has an icon");
        }
        assertEquals("Project Explorer", page.findViewReference(IPageLayout.ID_PROJECT_EXPLORER).getPartName());
        assertEquals("Problems", page.findViewReference(IPageLayout.ID_PROBLEM_VIEW).getPartName());
        assertEquals("Properties", page.findViewReference(IPageLayout.ID_PROP_SHEET).getPartName());
    }

    @Test
    void ideImagesOfTheProblemsViewAreDeclared() {
        var images = PlatformUI.getWorkbench().getSharedImages();
        for (String key : List.of("IMG_ETOOL_PROBLEMS_VIEW", "IMG_ETOOL_PROBLEMS_VIEW_ERROR",
                "IMG_ETOOL_PROBLEMS_VIEW_WARNING", "IMG_OBJS_ERROR_PATH", "IMG_OBJS_WARNING_PATH",
                "IMG_OBJ_PROJECT")) {
            assertNotNull(images.getImageDescriptor(key), key);
        }
    }

    @Test
    void projectExplorerShowsTheWorkspace() throws Exception {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        assertSame(root, page.getInput());
        IProject project = root.getProject("stic-ui-test");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        try {
            CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
            Tree tree = explorer.getCommonViewer().getTree();
            assertTrue(waitFor(() -> Arrays.stream(tree.getItems()).map(TreeItem::getText)
                    .anyMatch("stic-ui-test"::equals), 10_000), "project listed in Project Explorer");
        } finally {
            project.delete(true, true, new NullProgressMonitor());
        }
    }

    @Test
    void menusHoldTheStandardWorkbenchActions() {
        Menu bar = window.getShell().getMenuBar();
        assertNotNull(bar);
        List<String> top = new ArrayList<>();
        for (MenuItem item : bar.getItems()) {
            top.add(label(item.getText()));
        }
        assertEquals(List.of("File", "Edit", "Window", "Help"), top);

        List<String> file = labels(bar.getItems()[0].getMenu());
        assertTrue(file.containsAll(List.of("New", "New...", "Save", "Save As...", "Save All", "Import...",
                "Export...", "Properties", "Exit")), "File menu: " + file);
        assertTrue(file.stream().anyMatch(l -> l.startsWith("Close")), "File menu: " + file);
        List<String> edit = labels(bar.getItems()[1].getMenu());
        assertTrue(edit.stream().anyMatch(l -> l.startsWith("Undo")), "Edit menu: " + edit);
        assertTrue(edit.stream().anyMatch(l -> l.startsWith("Redo")), "Edit menu: " + edit);
        assertTrue(edit.containsAll(List.of("Cut", "Copy", "Paste", "Delete", "Select All")), "Edit menu: " + edit);
        List<String> win = labels(bar.getItems()[2].getMenu());
        assertTrue(win.containsAll(List.of("Show View", "Reset Perspective...", "Preferences")), "Window: " + win);
        List<String> help = labels(bar.getItems()[3].getMenu());
        assertTrue(help.contains("About STIC Workbench"), "Help menu: " + help);
        assertTrue(help.containsAll(List.of("Getting Started", "STIC Metamodel Reference")), "Help menu: " + help);
    }

    /** Help > Getting Started opens the guide of the workbench's language: here are both, each in its language. */
    @Test
    void theGettingStartedGuideExistsInBothLanguages() throws Exception {
        String english = Files.readString(GettingStartedHandler.page(Language.EN), StandardCharsets.UTF_8);
        String russian = Files.readString(GettingStartedHandler.page(Language.RU), StandardCharsets.UTF_8);
        assertTrue(english.contains("<html lang=\"en\">") && english.contains("Kaluga pharmaceutical cluster")
                && english.contains("stic analyze kaluga-pharma.stic"), "the English guide");
        assertTrue(russian.contains("<html lang=\"ru\">") && russian.contains("Калужский фармацевтический кластер")
                && russian.contains("stic analyze kaluga-pharma.stic --lang ru"), "the Russian guide");
        assertTrue(Files.exists(GettingStartedHandler.page(Language.RU).resolveSibling("guide.css")), "its style sheet");
        for (String section : List.of("validate", "report", "Preferences &gt; Language", "Metamodel Reference")) {
            assertTrue(english.contains(section), section);
        }
    }

    @Test
    void productBrandingAndAboutText() {
        IProduct product = Platform.getProduct();
        assertNotNull(product, "runs as the STIC product");
        assertEquals(SticUi.PRODUCT_ID, product.getId());
        assertEquals("STIC Workbench", product.getName());
        assertEquals(SticUi.APPLICATION_ID, product.getApplication());
        assertNotNull(product.getProperty("windowImages"));
        assertTrue(window.getShell().getImages().length > 0, "window icons set");
    }

    @Test
    void aboutDialogShowsProductNameAndVersion() throws Exception {
        Display display = Display.getCurrent();
        Shell main = window.getShell();
        AtomicReference<String> title = new AtomicReference<>();
        StringBuilder shown = new StringBuilder();
        long deadline = System.currentTimeMillis() + 20_000;
        // The About dialog is modal: inspect and close it from a timer running inside its event loop.
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell != main && shell.isVisible() && !shell.isDisposed()) {
                        if (System.currentTimeMillis() > deadline || shell.getText().startsWith("About")) {
                            title.set(shell.getText());
                            collectTexts(shell, shown);
                            shell.close();
                            return;
                        }
                    }
                }
                if (System.currentTimeMillis() <= deadline + 1_000) {
                    display.timerExec(100, this); // past the deadline any dialog left open is closed above
                }
            }
        };
        display.timerExec(100, poll);
        window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.aboutAction", null);

        assertEquals("About STIC Workbench", title.get());
        String text = shown.toString();
        String version = Platform.getBundle(SticUi.PLUGIN_ID).getVersion().toString(); // 0.1.0.<qualifier>
        assertTrue(text.contains("STIC Workbench"), text);
        assertTrue(text.contains("Version: 0.1.0"), text);
        assertTrue(text.contains("Build id: " + version.substring("0.1.0.".length())), text);
        assertFalse(text.contains("{0}") || text.contains("${"), "placeholders filled: " + text);
    }
}

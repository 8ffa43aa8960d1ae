package org.stic.ui.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.PropertySheet;
import org.stic.examples.ExtensionExample;
import org.stic.tests.support.SwtTesting;

/** Event-loop spinning with a bound, screenshots, workspace clean-up for the UI tests. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Runs the event loop until the condition holds; fails with what was awaited after the timeout. */
    static void spinUntil(String what, BooleanSupplier condition, long timeoutMillis) {
        if (!UiTesting.waitFor(condition, timeoutMillis)) {
            throw new AssertionError("Timed out after " + timeoutMillis + " ms waiting for: " + what);
        }
    }

    /** Lets pending asyncExecs and repaints run. */
    static void spin(int rounds) {
        Display display = Display.getCurrent();
        for (int i = 0; i < rounds; i++) {
            while (display.readAndDispatch()) {
                // drain
            }
        }
    }

    /**
     * The texts of the Problems view's rows (the tree whose first column is "Description"), expanding its
     * severity groups as a click on them would.
     */
    static String problemsViewTexts(Shell shell) {
        StringBuilder texts = new StringBuilder();
        for (Tree tree : trees(shell)) {
            if (tree.getColumnCount() > 0 && tree.getColumn(0).getText().equals("Description")) {
                for (TreeItem group : tree.getItems()) {
                    if (!group.getExpanded() && group.getItemCount() > 0) {
                        Event expand = new Event();
                        expand.item = group;
                        tree.notifyListeners(SWT.Expand, expand);
                        group.setExpanded(true);
                    }
                    texts.append(group.getText()).append('\n');
                    for (TreeItem row : group.getItems()) {
                        texts.append(row.getText()).append('\n');
                    }
                }
            }
        }
        return texts.toString();
    }

    private static List<Tree> trees(Composite parent) {
        return all(parent, Tree.class);
    }

    /** The first widget of a type below a composite. */
    static <T extends Control> T find(Composite parent, Class<T> type) {
        return all(parent, type).stream().findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
    }

    static <T extends Control> List<T> all(Composite parent, Class<T> type) {
        return SwtTesting.all(parent, type);
    }

    /** Saves a picture of the shell under target/screenshots/ and returns its path. */
    static Path screenshot(Shell shell, String name) throws IOException {
        shell.redraw(0, 0, shell.getSize().x, shell.getSize().y, true);
        shell.update();
        spin(5);
        return SwtTesting.screenshot(shell, name);
    }

    /** The test bundle's target folder (tycho-surefire runs in target/work). */
    static Path targetDir() {
        return SwtTesting.targetFolder();
    }

    /** A new, sole workspace project "methodology" holding the worked extension example. */
    static IProject extensionExampleProject() throws Exception {
        deleteAllProjects();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("methodology");
        project.create(null);
        project.open(null);
        ExtensionExample.copyTo(project.getLocation().toFile().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project;
    }

    static void deleteAllProjects() throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        for (IProject p : root.getProjects()) {
            p.delete(true, true, null);
        }
    }

    /** The value column of a Properties view row, found by its property name. */
    static Optional<String> propertyRow(PropertySheet sheet, String property) {
        if (!(sheet.getCurrentPage().getControl() instanceof Tree tree)) {
            return Optional.empty();
        }
        for (TreeItem item : allItems(tree.getItems())) {
            if (item.getText(0).equals(property)) {
                return Optional.of(item.getText(1));
            }
        }
        return Optional.empty();
    }

    private static List<TreeItem> allItems(TreeItem[] items) {
        List<TreeItem> result = new ArrayList<>();
        for (TreeItem i : items) {
            result.add(i);
            result.addAll(allItems(i.getItems()));
        }
        return result;
    }
}

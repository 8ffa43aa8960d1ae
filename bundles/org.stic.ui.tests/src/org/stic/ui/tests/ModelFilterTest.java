package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stic.Cluster;
import org.stic.KeyResource;
import org.stic.SticPackage;
import org.stic.ui.editor.SticEditor;
import org.stic.ui.wizards.ModelTemplate;
import org.stic.ui.wizards.NewSticProjectWizard;

/**
 * The filter box above the model editor's tree, on the Kaluga example: a piece of a name finds the elements that
 * have it with the elements that hold them; a type's name finds every element of the type, typed in English or in
 * Russian; the filter follows edits; clearing it shows the whole model again.
 */
class ModelFilterTest {

    private static final String ACTION = "Сопровождение регистрации лекарственных средств";
    private static final String NEED = "Ускоренная регистрация лекарственных средств";
    @RegisterExtension
    final CleanWorkbench workbench = CleanWorkbench.empty();
    private final IWorkbenchPage page = workbench.page();
    private SticEditor editor;

    @BeforeEach
    void open() throws Exception {
        ModelTemplate kaluga = ModelTemplate.all().stream()
                .filter(t -> t.example() != null && t.example().contains("kaluga")).findFirst().orElseThrow();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("filter");
        IFile file = NewSticProjectWizard.create(project, null, kaluga, null);
        editor = (SticEditor) IDE.openEditor(page, file, SticEditor.ID);
    }


    /** The rows the tree shows (every one expanded, as the filter leaves them). */
    private List<String> rows() {
        List<String> rows = new ArrayList<>();
        collect(editor.getViewer().getTree().getItems(), rows);
        return rows;
    }

    private static void collect(TreeItem[] items, List<String> into) {
        for (TreeItem item : items) {
            into.add(item.getText());
            if (item.getExpanded()) {
                collect(item.getItems(), into);
            }
        }
    }

    private void type(String text) {
        editor.filterBox().setText(text);
        UiTestSupport.spin(3);
    }

    @Test
    void findsByNameAndByTypeInEitherLanguageWithTheAncestors() throws Exception {
        Cluster cluster = (Cluster) editor.getResource().getContents().get(0);
        int keyActions = cluster.getInternalContour().getKeyActions().size();
        int all = 0;
        for (var it = cluster.eAllContents(); it.hasNext(); it.next()) {
            all++;
        }

        type("РЕГИСТРАЦ");
        List<String> rows = rows();
        assertTrue(rows.contains(ACTION), rows::toString);
        assertTrue(rows.contains(NEED), rows::toString);
        assertTrue(rows.contains(cluster.getName()), "the cluster holds them: " + rows);
        assertFalse(rows.contains("Подготовка кадров"), rows::toString);
        assertTrue(rows.size() < 12, "a handful of rows, not the model's " + all + ": " + rows);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "model-filter");

        type("key action");
        List<String> english = rows();
        type("ключевое действие");
        assertEquals(english, rows(), "the same elements by the Russian name of the type");
        long actionRows = cluster.getInternalContour().getKeyActions().stream()
                .filter(a -> english.contains(a.getName())).count();
        assertEquals(keyActions, actionRows, english::toString);
        assertFalse(english.contains("Регуляторная экспертиза досье"), "no key resource: " + english);

        // an edit that makes an element match shows it at once
        KeyResource resource = cluster.getInternalContour().getKeyResources().get(0);
        EditingDomain domain = editor.getEditingDomain();
        type("экспертиза досье");
        assertFalse(rows().contains(resource.getName()), resource.getName() + " does not match yet");
        domain.getCommandStack().execute(SetCommand.create(domain, resource,
                SticPackage.Literals.NAMED_ELEMENT__NAME, "Экспертиза досье: новое имя"));
        UiTestSupport.spinUntil("the renamed resource matches", () -> rows().contains("Экспертиза досье: новое имя"),
                10_000);

        type("");
        editor.getViewer().expandAll();
        assertTrue(rows().size() > all / 2, "the whole model again: " + rows().size());
    }
}

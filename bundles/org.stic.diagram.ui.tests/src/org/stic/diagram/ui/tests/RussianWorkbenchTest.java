package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.stic.NamedElement;
import org.stic.SticPackage;
import org.stic.diagram.View;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.ui.editor.DiagramEditor;
import org.stic.examples.ExtensionExample;
import org.stic.model.edit.Language;
import org.stic.tests.support.SwtTesting;
import org.stic.ui.emf.ModelDocumentation;
import org.stic.ui.metamodel.MetamodelEditor;
import org.stic.ui.validation.SticMarkers;

/**
 * The real workbench started in Russian ({@code -nl ru}, the surefire execution "russian-workbench" of this
 * bundle's pom): its menus, its views (the platform's through the product's NL fragments), the Problems view with
 * the validation's findings and the diagram's titles, groups and links hold no English word of a list of the words
 * the product shows in English, outside the model's own text. A screenshot of the window and of the diagram is kept
 * in target/screenshots (workbench-russian.png, diagram-russian.png).
 */
class RussianWorkbenchTest {

    /** Words of the product's and the platform's English texts; none may be left in a Russian workbench. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(File|Edit|Window|Help|New|Open|Save|Close|Undo|Redo"
            + "|Cut|Copy|Paste|Delete|Select|Preferences|Problems|Properties|Outline|Project|Explorer|Description"
            + "|Resource|Path|Location|Type|Errors|Warnings|Infos|Items|Key|Resources|Actions|Internal|External"
            + "|Contour|Value|Propositions?|Segments?|Needs|Partnerships?|Cost|Revenue|Streams?|Channels?"
            + "|Relationships?|Participants?|Network|Diagram|Validate|Arrange|Show|View|About|Exit|Quit|Refresh"
            + "|Rename|Getting|Started|Reference|Metamodel|Goals|Indicators|supports|delivers|addresses|covers"
            + "|serves|benefits|pays|measures|provides|performs|costs|has|the|of|and|not|no|is|with)\\b");

    @Test
    void menusViewsFindingsAndTheDiagramAreRussian() throws Exception {
        assertEquals("ru", Locale.getDefault().getLanguage(), "the workbench was started with -nl ru");
        assertEquals(Language.RU, Language.current());
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Shell shell = page.getWorkbenchWindow().getShell();
        for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
                IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW }) {
            page.showView(view);
        }
        KalugaExample.Open kaluga = KalugaExample.openInModelEditor("russian");
        try {
            Set<String> modelText = modelText(kaluga.cluster());
            List<String> texts = new ArrayList<>();

            // the menus, with what each one drops down
            for (MenuItem item : shell.getMenuBar().getItems()) {
                texts.add("menu: " + item.getText());
                if (item.getMenu() != null) {
                    texts.addAll(items(item.getMenu(), "menu " + item.getText() + ": "));
                }
            }
            assertTrue(texts.contains("menu: &Файл") && texts.contains("menu: &Справка"), texts.toString());

            // the views' titles
            for (IViewReference view : page.getViewReferences()) {
                texts.add("view: " + view.getPartName());
            }

            // the findings: validated as Edit > Validate does, shown in the Problems view
            page.activate(kaluga.model());
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.stic.ui.validate", null);
            Ui.waitFor("the findings as markers", () -> markers(kaluga).length > 0);
            for (IMarker marker : markers(kaluga)) {
                texts.add("marker: " + marker.getAttribute(IMarker.MESSAGE, ""));
            }
            page.showView(IPageLayout.ID_PROBLEM_VIEW);
            // the view shows new markers after a short delay of its own
            Ui.waitFor("the Problems view lists INT-001", () -> problemsRows(shell).stream().anyMatch(r -> r.contains("INT-001")));
            List<String> rows = problemsRows(shell);
            assertTrue(rows.stream().anyMatch(r -> r.contains("INT-001") && r.contains(KalugaExample.GAP)
                    && r.contains("не опирается ни на один ключевой ресурс")), String.join("\n", rows));
            rows.forEach(r -> texts.add("problems: " + r));

            // the Properties view's tooltips: the metamodel's documentation in Russian
            String capacity = ModelDocumentation.of(SticPackage.Literals.KEY_RESOURCE__CAPACITY);
            assertTrue(capacity.startsWith("Мощность: сколько ресурса имеется"), capacity);
            texts.add("documentation: " + capacity);

            // the diagram: its title, groups and links
            DiagramEditor editor = EditorUi.openDiagram(page, kaluga.file(), View.BOTH);
            Scene scene = editor.getViewer().getScene();
            texts.add("diagram: " + scene.title());
            for (SceneContainer c : scene.containers()) {
                texts.add("diagram group: " + c.label());
            }
            for (SceneEdge e : scene.edges()) {
                texts.add("diagram link: " + e.label());
            }
            assertTrue(texts.contains("diagram group: Ключевые ресурсы") && texts.contains("diagram group: Внутренний контур"),
                    texts.toString());
            Ui.screenshot(shell, "workbench-russian");
            Ui.diagramPicture(scene, "diagram-russian", 1600);

            // the canvas: its blocks, and the goals' cards with their targets and where they stand
            DiagramEditor canvas = EditorUi.openDiagram(page, kaluga.file(), View.CANVAS);
            canvas.getViewer().fit();
            Ui.settle();
            Scene sheet = canvas.getViewer().getScene();
            for (SceneContainer c : sheet.containers()) {
                texts.add("canvas block: " + c.label());
            }
            for (var card : sheet.nodes()) {
                if (card.type() == org.stic.diagram.NodeType.INDICATOR) {
                    texts.add("canvas goal: " + card.label());
                }
            }
            assertTrue(texts.contains("canvas block: Цели и показатели") && texts.stream().anyMatch(t -> t.startsWith(
                    "canvas goal: ") && t.contains("целевое значение не менее 70 организаций (2030)")), texts.toString());
            Ui.screenshot(shell, "canvas-editor-russian");

            List<String> english = new ArrayList<>();
            for (String text : texts) {
                String shown = text.substring(text.indexOf(": ") + 2);
                for (String name : modelText) {
                    shown = shown.replace(name, " ");
                }
                Matcher m = ENGLISH.matcher(shown.replace("&", ""));
                if (m.find()) {
                    english.add("«" + m.group() + "» in " + text);
                }
            }
            assertTrue(english.isEmpty(), "English in the Russian workbench:\n" + String.join("\n", english));
            assertTrue(texts.size() > 60, "menus, views, findings and the diagram were read: " + texts.size());
        } finally {
            kaluga.close();
        }
    }

    /**
     * The metamodel editor in Russian: the Properties view's names (the Russian fragment of Ecore's edit texts, each
     * with Ecore's own feature name), the class diagram's title, and a live problem's message.
     */
    @Test
    void theMetamodelEditorIsRussian() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("metodika");
        project.create(null);
        project.open(null);
        try {
            ExtensionExample.copyTo(project.getLocation().toFile().toPath());
            project.refreshLocal(IResource.DEPTH_INFINITE, null);
            MetamodelEditor editor = (MetamodelEditor) IDE.openEditor(page, project.getFile("metamodel/technopark.ecore"));
            EClass park = (EClass) editor.getPackage().getEClassifier("Technopark");
            IPropertySource source = editor.propertySources().getPropertySource(park);
            List<String> names = Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName)
                    .toList();
            assertTrue(names.containsAll(List.of("Имя (name)", "Суперклассы (eSuperTypes)", "Абстрактный (abstract)")),
                    names.toString());
            String title = SwtTesting.all(editor.getViewer().getControl().getParent(), Label.class).stream()
                    .map(Label::getText).filter(t -> t.startsWith("Диаграмма классов")).findFirst().orElse("");
            assertFalse(title.isEmpty(), "the class diagram's title in Russian");
            Object name = Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals("Имя (name)"))
                    .findFirst().orElseThrow().getId();
            source.setPropertyValue(name, "Participant");
            Ui.waitFor("the live problem", () -> !editor.problems().isEmpty());
            assertEquals("Имя «Participant» уже занято в метамодели STIC; переименуйте, например добавив префикс своей"
                    + " методики (до тех пор проект не загружает расширение)", editor.problems().get(0).message());
            // a class no model could hold: the Quick Fix names each STIC class with its Russian name too
            EClass lab = EcoreFactory.eINSTANCE.createEClass();
            lab.setName("Lab");
            editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(),
                    editor.getPackage(), EcorePackage.Literals.EPACKAGE__ECLASSIFIERS, lab));
            Ui.waitFor("the class no model can hold", () -> editor.problems().size() == 2);
            assertEquals("Класс «Lab» никогда не появится в модели STIC: он не является подклассом ни одного класса"
                    + " STIC, и ничто не может его содержать; сделайте его подклассом класса STIC (например,"
                    + " Participant)", editor.problems().get(1).message());
            editor.getViewer().setSelection(new StructuredSelection(lab), true);
            Menu context = editor.getViewer().getControl().getMenu();
            context.notifyListeners(SWT.Show, new Event());
            MenuItem quickFix = Arrays.stream(context.getItems()).filter(i -> i.getText().equals("Быстрое исправление"))
                    .findFirst().orElseThrow(() -> new AssertionError(items(context, "")));
            List<String> fixes = items(quickFix.getMenu(), "");
            assertEquals("Сделать подклассом Participant (Участник кластера)", fixes.get(0), fixes.toString());
            assertEquals("Другие классы STIC", fixes.get(fixes.size() - 1), fixes.toString());
            editor.getViewer().setSelection(new StructuredSelection(park), true);
            page.showView(IPageLayout.ID_PROP_SHEET);
            page.activate(editor);
            Ui.settle();
            Ui.screenshot(page.getWorkbenchWindow().getShell(), "metamodel-editor-russian");
        } finally {
            page.closeAllEditors(false);
            project.delete(true, true, null);
        }
    }

    /** The items of a menu as the user sees it when it drops down (a menu manager fills it on SWT.Show). */
    private static List<String> items(Menu menu, String prefix) {
        menu.notifyListeners(SWT.Show, new Event());
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                texts.add(prefix + item.getText().replaceFirst("\t.*$", ""));
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return texts;
    }

    private static IMarker[] markers(KalugaExample.Open kaluga) {
        try {
            return kaluga.file().findMarkers(SticMarkers.TYPE, true, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    /** The Problems view's rows: the tree whose first column is «Описание» (the platform's text, in Russian). */
    private static List<String> problemsRows(Composite parent) {
        List<String> rows = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            if (c instanceof Tree tree && tree.getColumnCount() > 0 && tree.getColumn(0).getText().equals("Описание")) {
                for (int i = 0; i < tree.getColumnCount(); i++) {
                    rows.add("column " + tree.getColumn(i).getText());
                }
                for (TreeItem group : tree.getItems()) {
                    if (!group.getExpanded() && group.getItemCount() > 0) {
                        Event expand = new Event();
                        expand.item = group; // as a click on the group does: the view fills it then
                        tree.notifyListeners(SWT.Expand, expand);
                        group.setExpanded(true);
                    }
                    rows.add(group.getText());
                    for (TreeItem row : group.getItems()) {
                        StringBuilder cells = new StringBuilder();
                        for (int i = 0; i < tree.getColumnCount(); i++) {
                            cells.append(row.getText(i)).append(" | ");
                        }
                        rows.add(cells.toString());
                    }
                }
            } else if (c instanceof Composite composite) {
                rows.addAll(problemsRows(composite));
            }
        }
        return rows;
    }

    /** The names and other texts of the model's elements, longest first: they are the user's, in any language. */
    private static Set<String> modelText(EObject root) {
        Set<String> texts = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        for (TreeIterator<EObject> i = root.eAllContents(); i.hasNext();) {
            EObject o = i.next();
            if (o instanceof NamedElement n && n.getName() != null && !n.getName().isBlank()) {
                texts.add(n.getName());
            }
        }
        if (root instanceof NamedElement n && n.getName() != null) {
            texts.add(n.getName());
        }
        return texts;
    }
}

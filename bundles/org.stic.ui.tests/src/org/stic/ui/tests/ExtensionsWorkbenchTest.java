package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stic.Cluster;
import org.stic.Participant;
import org.stic.SticFactory;
import org.stic.SticPackage;
import org.stic.examples.ExtensionExample;
import org.stic.report.MetamodelReference;
import org.stic.ui.editor.SticEditor;
import org.stic.ui.emf.FeaturePropertyDescriptor;
import org.stic.ui.project.MetamodelReferenceHandler;
import org.stic.ui.project.ProjectMarkers;
import org.stic.ui.validation.SticMarkers;

/**
 * The worked extension example (settings file, technopark.ecore, methodology.ocl, a model using both) in a
 * workspace project: the editor opens it with the extension, user rules become markers, the Properties view edits
 * the extension's attributes, New Child offers the extension classes, edited rule and extension files re-validate
 * or reload the open model, a broken rule file gets a marker at its line and column, and the Help menu's metamodel
 * reference includes the extension.
 */
class ExtensionsWorkbenchTest {

    private static final long TIMEOUT = 20_000;
    private static final String TECHNOPARK_ID = "_XjUfweonEfGeB96GNb009g";
    private static final String LABORATORY_ID = "_XjgF9OonEfGeB96GNb009g";
    /** The key action "Масштабирование пилотного производства": no supporting resource (INT-001), no description (USR-004). */
    private static final String PILOT_ID = "_XjgF9uonEfGeB96GNb009g";

    @RegisterExtension
    final CleanWorkbench workbench = CleanWorkbench.withExtensionExample();
    private final IWorkbenchPage page = workbench.page();
    private IProject project;
    private IFile model;
    private IFile rules;

    @BeforeEach
    void setUp() throws Exception {
        project = workbench.project();
        model = project.getFile(ExtensionExample.MODEL);
        rules = project.getFile("rules/methodology.ocl");
        assertTrue(model.exists() && rules.exists());
    }


    private SticEditor open() throws Exception {
        SticEditor editor = assertInstanceOf(SticEditor.class, IDE.openEditor(page, model, SticEditor.ID));
        assertNull(editor.getLoadError(), "the model opens with its project's extension");
        return editor;
    }

    private static Cluster cluster(SticEditor editor) {
        return (Cluster) editor.getResource().getContents().get(0);
    }

    private static void validate() throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.stic.ui.validate", null);
    }

    /** "ruleId elementId" of the model's STIC markers. */
    private List<String> markers() throws CoreException {
        List<String> result = new ArrayList<>();
        for (IMarker m : model.findMarkers(SticMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
            result.add(m.getAttribute(SticMarkers.RULE_ID, "") + " " + m.getAttribute(SticMarkers.ELEMENT, ""));
        }
        return result;
    }

    @Test
    void userRulesMarkTheExtensionsElementsAndPropertiesEditTheirAttributes() throws Exception {
        SticEditor editor = open();
        EObject technopark = editor.getResource().getEObject(TECHNOPARK_ID);
        assertEquals("Technopark", technopark.eClass().getName());
        assertInstanceOf(Participant.class, technopark, "an extension class's element is its STIC supertype too");
        assertTrue(editor.getViewer().testFindItem(technopark) != null, "the tree shows it");

        validate();
        List<String> found = markers();
        assertTrue(found.contains("USR-002 " + TECHNOPARK_ID), "user rule on the technopark (no floor area): " + found);
        assertTrue(found.contains("USR-003 " + LABORATORY_ID), "user rule on the shared laboratory: " + found);
        assertTrue(found.containsAll(List.of("INT-001 " + PILOT_ID, "USR-004 " + PILOT_ID)),
                "built-in and user rules side by side on a STIC element: " + found);
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        UiTestSupport.spinUntil("Problems view lists the user rule",
                () -> UiTestSupport.problemsViewTexts(page.getWorkbenchWindow().getShell()).contains("USR-002: "), TIMEOUT);

        // The Properties view edits the extension's attributes through the editor's command stack.
        editor.select(new StructuredSelection(technopark));
        PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        IPropertySource source = editor.propertySources().getPropertySource(technopark);
        FeaturePropertyDescriptor floorArea = descriptor(source, "floorArea");
        assertEquals("Floor Area", floorArea.getDisplayName());
        assertEquals("Площадь, сдаваемая резидентам, в квадратных метрах.", floorArea.getDescription(),
                "the extension's documentation");
        assertNotNull(descriptor(source, "name"), "and the STIC supertype's properties");
        source.setPropertyValue(floorArea.getId(), 12500.0);
        assertEquals(12500.0, technopark.eGet(floorArea.feature()));
        assertTrue(editor.isDirty());
        UiTestSupport.spinUntil("the Properties view shows the floor area",
                () -> UiTestSupport.propertyRow(sheet, "Floor Area").map(v -> v.equals("12500.0")).orElse(false),
                TIMEOUT);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "extension-properties-and-markers");
        validate();
        assertFalse(markers().contains("USR-002 " + TECHNOPARK_ID), "fixed through Properties: " + markers());
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(0.0, technopark.eGet(floorArea.feature()), "undoable like every edit");
    }

    @Test
    void validateFromTheProjectExplorerLoadsTheUnopenedModelWithItsExtension() throws Exception {
        IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        ((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(model));
        page.activate(explorer);
        validate();
        assertTrue(markers().containsAll(List.of("USR-002 " + TECHNOPARK_ID, "INT-001 " + PILOT_ID)), markers().toString());
        assertEquals(0, page.getEditorReferences().length, "validated without opening an editor");
    }

    private static FeaturePropertyDescriptor descriptor(IPropertySource source, String feature) {
        return Arrays.stream(source.getPropertyDescriptors()).map(FeaturePropertyDescriptor.class::cast)
                .filter(d -> d.feature() != null && d.feature().getName().equals(feature)).findFirst()
                .orElseThrow(() -> new AssertionError("no property for " + feature + " in "
                        + Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList()));
    }

    @Test
    void newChildOffersTheExtensionClassesWithTheirSticSupertypesIcon() throws Exception {
        SticEditor editor = open();
        Cluster cluster = cluster(editor);
        int before = cluster.getParticipants().size();

        // What the menu item holds: the create-child command of the extension class, labelled with its name,
        // with the icon of its STIC supertype under the create overlay.
        CommandParameter technoparkChild = editor.getEditingDomain().getNewChildDescriptors(cluster, null).stream()
                .map(CommandParameter.class::cast).filter(d -> d.getValue() instanceof EObject e
                        && e.eClass().getName().equals("Technopark")).findFirst().orElseThrow();
        Command command = CreateChildCommand.create(editor.getEditingDomain(), cluster, technoparkChild, List.of(cluster));
        CommandActionDelegate delegate = (CommandActionDelegate) command;
        assertEquals("Technopark", delegate.getText());
        Participant plain = SticFactory.eINSTANCE.createParticipant();
        Object participantIcon = ((IItemLabelProvider) editor.getAdapterFactory().adapt(plain, IItemLabelProvider.class))
                .getImage(plain);
        ComposedImage icon = assertInstanceOf(ComposedImage.class, delegate.getImage());
        assertEquals(participantIcon, icon.getImages().get(0), "the Participant icon");

        // The real context menu: New Child > Technopark.
        editor.select(new StructuredSelection(cluster));
        Menu menu = editor.getViewer().getControl().getMenu();
        MenuItem newChild = UiTesting.item(menu, "New Child");
        List<String> offered = UiTesting.labels(newChild.getMenu());
        assertTrue(offered.containsAll(List.of("Participant", "Technopark")), "offered: " + offered);
        assertNotNull(UiTesting.item(newChild.getMenu(), "Technopark").getImage(), "with an icon");
        UiTesting.item(newChild.getMenu(), "Technopark").notifyListeners(SWT.Selection, new Event());
        assertEquals(before + 1, cluster.getParticipants().size());
        Participant created = cluster.getParticipants().get(before);
        assertEquals("Technopark", created.eClass().getName());
        UiTestSupport.spinUntil("the new technopark is selected",
                () -> editor.getViewer().getStructuredSelection().getFirstElement() == created, TIMEOUT);

        // New Sibling offers them too (the laboratory beside a key resource).
        editor.select(new StructuredSelection(cluster.getInternalContour().getKeyResources().get(0)));
        List<String> siblings = UiTesting.labels(UiTesting.item(menu, "New Sibling").getMenu());
        assertTrue(siblings.contains("SharedLaboratory"), "siblings: " + siblings);

        // Its own attribute, set through the Properties view's source; saved and read back with the extension.
        IPropertySource source = editor.propertySources().getPropertySource(created);
        source.setPropertyValue(descriptor(source, "residentCount").getId(), 7);
        EStructuralFeature residents = created.eClass().getEStructuralFeature("residentCount");
        assertEquals(7, created.eGet(residents));
        editor.doSave(null); // the example is a 2.0 file: saved without asking
        String saved = Files.readString(model.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
        assertTrue(saved.contains("xsi:type=\"technopark:Technopark\"") && saved.contains("residentCount=\"7\""),
                "saved with its extension type and attribute");
        editor.select(new StructuredSelection(cluster));
        screenshotMenus(editor, menu);
    }

    /**
     * Opens the context menu on screen and its New Child submenu with the keyboard (Down, Right) for a screenshot,
     * then closes both (Escape).
     */
    private static void screenshotMenus(SticEditor editor, Menu menu) throws Exception {
        TreeItem selected = editor.getViewer().getTree().getSelection()[0];
        Rectangle bounds = selected.getBounds();
        Point at = editor.getViewer().getTree().toDisplay(bounds.x + 40, bounds.y + bounds.height);
        menu.setLocation(at);
        menu.setVisible(true);
        UiTestSupport.spin(20);
        for (int key : new int[] { SWT.ARROW_DOWN, SWT.ARROW_RIGHT }) {
            press(menu.getDisplay(), key);
        }
        UiTestSupport.spin(20);
        UiTestSupport.screenshot(editor.getSite().getShell(), "extension-new-child-menu");
        press(menu.getDisplay(), SWT.ESC);
        press(menu.getDisplay(), SWT.ESC);
        menu.setVisible(false);
        UiTestSupport.spin(10);
    }

    private static void press(org.eclipse.swt.widgets.Display display, int key) {
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event e = new Event();
            e.type = type;
            e.keyCode = key;
            display.post(e);
            UiTestSupport.spin(5);
        }
    }

    @Test
    void editedRuleFilesRevalidateTheOpenModelAndABrokenOneIsMarkedAtItsLineAndColumn() throws Exception {
        SticEditor editor = open();
        validate();
        assertFalse(markers().stream().anyMatch(m -> m.startsWith("USR-009")));
        String original = new String(rules.getContents().readAllBytes(), StandardCharsets.UTF_8);

        // A new rule, saved into the rule file through the workspace: the open model's markers follow.
        String added = original.replace("endpackage\n\npackage stic", """
                context Technopark
                -- @rule USR-009 severity=warning message="{label} has fewer than 100 residents."
                inv manyResidents: self.residentCount >= 100

                endpackage

                package stic""");
        write(rules, added);
        UiTestSupport.spinUntil("the new user rule's finding appears",
                () -> markersNow().contains("USR-009 " + TECHNOPARK_ID), TIMEOUT);

        // A broken rule (a stray parenthesis): a marker on the rule file at that parenthesis.
        String broken = added.replace("self.residentCount >= 100", "self.residentCount >= 100)");
        write(rules, broken);
        int line = lineOf(broken, "inv manyResidents");
        int column = broken.split("\n")[line - 1].indexOf(')') + 1;
        UiTestSupport.spinUntil("a marker on the broken rule file", () -> !ruleMarkers().isEmpty(), TIMEOUT);
        IMarker problem = ruleMarkers().get(0);
        assertEquals(IMarker.SEVERITY_ERROR, problem.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(line + ":" + column, problem.getAttribute(IMarker.LINE_NUMBER, -1) + ":"
                + problem.getAttribute(ProjectMarkers.COLUMN, -1), problem.getAttribute(IMarker.MESSAGE, ""));
        assertTrue(problem.getAttribute(IMarker.LOCATION, "").matches("line \\d+, column \\d+"),
                problem.getAttribute(IMarker.LOCATION, ""));
        UiTestSupport.spinUntil("the broken rule's finding has gone",
                () -> !markersNow().contains("USR-009 " + TECHNOPARK_ID), TIMEOUT);
        assertTrue(markersNow().contains("USR-002 " + TECHNOPARK_ID), "the file's other rules still run: " + markersNow());
        String message = problem.getAttribute(IMarker.MESSAGE, "?");
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        if (!UiTesting.waitFor(() -> UiTestSupport.problemsViewTexts(page.getWorkbenchWindow().getShell())
                .contains(message), TIMEOUT)) {
            throw new AssertionError("Problems view lacks '" + message + "': "
                    + UiTestSupport.problemsViewTexts(page.getWorkbenchWindow().getShell()));
        }
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "extension-broken-rule-file");

        // Back to the original file: the marker goes, the rule's finding too, the editor was never reloaded.
        Object resource = editor.getResource();
        write(rules, original);
        UiTestSupport.spinUntil("the rule file's marker has gone", () -> ruleMarkers().isEmpty(), TIMEOUT);
        UiTestSupport.spinUntil("the original user rules mark the model again",
                () -> markersNow().contains("USR-002 " + TECHNOPARK_ID), TIMEOUT);
        assertFalse(markersNow().contains("USR-009 " + TECHNOPARK_ID));
        assertTrue(resource == editor.getResource(), "new rules re-validate; they do not reload the model");
    }

    @Test
    void changedExtensionReloadsTheEditorWithIt() throws Exception {
        SticEditor editor = open();
        Object before = editor.getResource();
        addFoundedAttribute();
        UiTestSupport.spinUntil("the editor reloads with the new extension", () -> editor.getResource() != before, TIMEOUT);
        EObject technopark = editor.getResource().getEObject(TECHNOPARK_ID);
        assertNotNull(technopark.eClass().getEStructuralFeature("founded"), "the new attribute");
        assertInstanceOf(EAttribute.class, technopark.eClass().getEStructuralFeature("founded"));
        assertNotNull(descriptor(editor.propertySources().getPropertySource(technopark), "founded"),
                "and its property");
        assertNotSame(before, editor.getResource());
    }

    @Test
    void changedExtensionAsksBeforeDiscardingUnsavedEditsAndReloadsAfterTheSave() throws Exception {
        SticEditor editor = open();
        Object before = editor.getResource();
        Cluster cluster = cluster(editor);
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), cluster,
                SticPackage.Literals.NAMED_ELEMENT__NAME, "Renamed, not saved"));
        List<String> asked = answer("Metamodel extensions changed", "No");
        addFoundedAttribute();
        UiTestSupport.spinUntil("the editor asks", () -> !asked.isEmpty(), TIMEOUT);
        UiTestSupport.spin(10);
        assertTrue(asked.get(0).contains("discard the changes"), asked.get(0));
        assertSame(before, editor.getResource(), "kept, as told");
        assertEquals("Renamed, not saved", cluster.getName());
        assertTrue(editor.isDirty());

        editor.doSave(null); // the example is a 2.0 file: saved without asking
        UiTestSupport.spinUntil("loaded again after the save", () -> editor.getResource() != before, TIMEOUT);
        assertEquals("Renamed, not saved", cluster(editor).getName(), "the edit was saved, then loaded again");
        assertNotNull(editor.getResource().getEObject(TECHNOPARK_ID).eClass().getEStructuralFeature("founded"));
        assertFalse(editor.isDirty());
    }

    /** Adds an attribute "founded" to the Technopark class of the project's extension, through the workspace. */
    private void addFoundedAttribute() throws Exception {
        IFile ecore = project.getFile("metamodel/technopark.ecore");
        String text = new String(ecore.getContents().readAllBytes(), StandardCharsets.UTF_8);
        write(ecore, text.replace("<eStructuralFeatures xsi:type=\"ecore:EAttribute\" name=\"residentCount\"",
                "<eStructuralFeatures xsi:type=\"ecore:EAttribute\" name=\"founded\" eType=\"ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EInt\"/>\n"
                        + "    <eStructuralFeatures xsi:type=\"ecore:EAttribute\" name=\"residentCount\""));
    }

    /**
     * Answers the next dialog with this title by pressing the button with this label, as the user would; returns
     * the dialog's texts once it was answered.
     */
    private static List<String> answer(String title, String button) {
        List<String> texts = new ArrayList<>();
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && title.equals(shell.getText())) {
                    StringBuilder shown = new StringBuilder();
                    UiTesting.collectTexts(shell, shown);
                    texts.add(shown.toString());
                    UiTestSupport.all(shell, Button.class).stream().filter(b -> UiTesting.label(b.getText()).equals(button))
                            .findFirst().orElseThrow().notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            display.timerExec(50, poll[0]);
        };
        display.timerExec(50, poll[0]);
        return texts;
    }

    @Test
    void helpMenuWritesTheMetamodelReferenceWithTheProjectsExtension() throws Exception {
        Menu bar = page.getWorkbenchWindow().getShell().getMenuBar();
        MenuItem help = Arrays.stream(bar.getItems()).filter(i -> UiTesting.label(i.getText()).equals("Help"))
                .findFirst().orElseThrow();
        List<String> entries = UiTesting.labels(help.getMenu());
        assertTrue(entries.contains("STIC Metamodel Reference"), "Help menu: " + entries);

        Path index = MetamodelReferenceHandler.write(model);
        assertEquals(MetamodelReference.INDEX, index.getFileName().toString());
        String html = Files.readString(index, StandardCharsets.UTF_8);
        assertTrue(html.contains("Technopark") && html.contains("floorArea"), "the extension's class and attribute");
        assertTrue(html.contains("USR-001") && html.contains("KeyAction"), "user and STIC rules and classes");
        assertTrue(Files.isRegularFile(index.resolveSibling("diagrams").resolve("technopark.svg")),
                "the extension's class diagram");
        String builtIn = Files.readString(MetamodelReferenceHandler.write(null), StandardCharsets.UTF_8);
        assertFalse(builtIn.contains("Technopark"), "without a model: the built-in metamodel only");
        assertTrue(builtIn.contains("KeyAction"));
    }

    private List<String> markersNow() {
        try {
            return markers();
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private List<IMarker> ruleMarkers() {
        try {
            return List.of(rules.findMarkers(ProjectMarkers.TYPE, false, IResource.DEPTH_ZERO));
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private static void write(IFile file, String text) throws CoreException {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
    }

    private static int lineOf(String text, String token) {
        return (int) text.substring(0, text.indexOf(token)).chars().filter(c -> c == '\n').count() + 1;
    }
}

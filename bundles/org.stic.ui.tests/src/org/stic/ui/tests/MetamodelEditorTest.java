package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stic.SticPackage;
import org.stic.extensions.MetamodelChecks;
import org.stic.ui.emf.FeaturePropertyDescriptor;
import org.stic.ui.metamodel.MetamodelEditor;

/**
 * The metamodel editor on the worked extension example's technopark.ecore in a workspace project: what the tree
 * shows, New Child and the Properties view (a STIC supertype chosen from the list), undo/redo, save and reload, a file
 * it cannot read, and byte-stability (the shipped file saved unchanged keeps its bytes, and so does a file the editor
 * wrote). Screenshots: target/screenshots/metamodel-editor-*.png.
 */
class MetamodelEditorTest {

    private static final long TIMEOUT = 20_000;

    @RegisterExtension
    final CleanWorkbench workbench = CleanWorkbench.withExtensionExample();
    private final IWorkbenchPage page = workbench.page();
    private IProject project;
    private IFile ecore;

    @BeforeEach
    void setUp() throws Exception {
        project = workbench.project();
        ecore = project.getFile("metamodel/technopark.ecore");
        assertTrue(ecore.exists());
    }


    private MetamodelEditor open() throws Exception {
        MetamodelEditor editor = assertInstanceOf(MetamodelEditor.class, IDE.openEditor(page, ecore),
                "the metamodel editor is the default editor of .ecore files");
        assertNull(editor.getLoadError(), () -> editor.getLoadError().getMessage());
        return editor;
    }

    private Path file() {
        return ecore.getLocation().toFile().toPath();
    }

    @Test
    void opensTheExtensionExampleAndShowsWhatItHolds() throws Exception {
        MetamodelEditor editor = open();
        EPackage technopark = editor.getPackage();
        assertEquals("technopark", technopark.getName());
        assertEquals("http://www.stic.org/ext/technopark/1.0", technopark.getNsURI());
        EClass park = (EClass) technopark.getEClassifier("Technopark");
        assertSame(SticPackage.eINSTANCE.getParticipant(), park.getESuperTypes().get(0),
                "the 1.0 reference resolves to STIC's Participant");
        assertEquals(List.of("floorArea", "residentCount"), park.getEStructuralFeatures().stream().map(f -> f.getName()).toList());
        assertSame(EcorePackage.Literals.EDOUBLE, park.getEStructuralFeature("floorArea").getEType());
        assertSame(SticPackage.eINSTANCE.getKeyResource(),
                ((EClass) technopark.getEClassifier("SharedLaboratory")).getESuperTypes().get(0));
        assertFalse(editor.isDirty());

        Tree tree = editor.getViewer().getTree();
        editor.getViewer().expandAll();
        List<String> labels = texts(tree.getItems());
        assertTrue(labels.contains("technopark"), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("Technopark") && l.contains("Participant")),
                "a class with its STIC supertype: " + labels);
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("floorArea") && l.contains("EDouble")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("accreditation") && l.contains("EString")), labels.toString());

        editor.getViewer().setSelection(new StructuredSelection(park), true);
        PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        UiTestSupport.spinUntil("the Properties view shows the class",
                () -> UiTestSupport.propertyRow(sheet, "Name").map("Technopark"::equals).orElse(false), TIMEOUT);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "metamodel-editor-example");
    }

    @Test
    void newChildAndPropertiesAddAClassSpecialisingParticipantUndoRedoSaveAndReload() throws Exception {
        MetamodelEditor editor = open();
        EPackage technopark = editor.getPackage();
        int before = technopark.getEClassifiers().size();

        // The real context menu: New Child > EClass on the package.
        editor.getViewer().setSelection(new StructuredSelection(technopark), true);
        Menu menu = editor.getViewer().getControl().getMenu();
        MenuItem newChild = UiTesting.item(menu, "New Child");
        List<String> offered = UiTesting.labels(newChild.getMenu());
        assertTrue(offered.containsAll(List.of("EClass", "EEnum", "EData Type")), "what Ecore allows: " + offered);
        UiTesting.item(newChild.getMenu(), "EClass").notifyListeners(SWT.Selection, new Event());
        assertEquals(before + 1, technopark.getEClassifiers().size());
        EClass created = (EClass) technopark.getEClassifiers().get(before);
        UiTestSupport.spinUntil("the new class is selected",
                () -> editor.getViewer().getStructuredSelection().getFirstElement() == created, TIMEOUT);

        // Properties: its name, and Participant among the supertypes offered (STIC's classes by nsURI).
        IPropertySource source = editor.propertySources().getPropertySource(created);
        source.setPropertyValue(descriptor(source, "name").getId(), "Incubator");
        FeaturePropertyDescriptor superTypes = descriptor(source, "eSuperTypes");
        Collection<?> choices = superTypes.itemDescriptor().getChoiceOfValues(created);
        assertTrue(choices.contains(SticPackage.eINSTANCE.getParticipant()), "STIC's classes offered: " + choices);
        assertTrue(choices.contains(technopark.getEClassifier("Technopark")), "and the file's own");
        source.setPropertyValue(superTypes.getId(), List.of(SticPackage.eINSTANCE.getParticipant()));
        assertEquals(List.of(SticPackage.eINSTANCE.getParticipant()), created.getESuperTypes());

        // Two attributes through New Child > EAttribute and Properties; their types from the list offered.
        for (String[] attribute : new String[][] { { "capacity", "EInt" }, { "founded", "EDate" } }) {
            editor.getViewer().setSelection(new StructuredSelection(created), true);
            UiTesting.item(UiTesting.item(menu, "New Child").getMenu(), "EAttribute")
                    .notifyListeners(SWT.Selection, new Event());
            EAttribute a = (EAttribute) created.getEStructuralFeatures().get(created.getEStructuralFeatures().size() - 1);
            IPropertySource as = editor.propertySources().getPropertySource(a);
            as.setPropertyValue(descriptor(as, "name").getId(), attribute[0]);
            FeaturePropertyDescriptor type = descriptor(as, "eType");
            Object chosen = type.itemDescriptor().getChoiceOfValues(a).stream()
                    .filter(c -> c instanceof org.eclipse.emf.ecore.EDataType d && d.getName().equals(attribute[1]))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + attribute[1] + " offered"));
            as.setPropertyValue(type.getId(), chosen);
        }
        List<Object> attributeChoices = new ArrayList<>(descriptor(editor.propertySources().getPropertySource(
                created.getEStructuralFeatures().get(0)), "eType").itemDescriptor()
                .getChoiceOfValues(created.getEStructuralFeatures().get(0)));
        assertTrue(attributeChoices.contains(SticPackage.eINSTANCE.getEClassifier("Membership")),
                "STIC's enumerations offered as attribute types: " + attributeChoices);
        assertEquals(List.of("capacity", "founded"), created.getEStructuralFeatures().stream().map(f -> f.getName()).toList());
        assertTrue(editor.isDirty());
        editor.getViewer().expandAll();
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "metamodel-editor-new-class");

        // Undo and redo through the workbench's commands.
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertNull(created.getEStructuralFeatures().get(1).getEType(), "the last edit (the type) undone");
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        assertEquals("EDate", created.getEStructuralFeatures().get(1).getEType().getName());

        // Save and reload: plain EMF reads what was written, Participant by STIC's nsURI.
        editor.doSave(null);
        assertFalse(editor.isDirty());
        String saved = Files.readString(file(), StandardCharsets.UTF_8);
        assertTrue(saved.contains("name=\"Incubator\" eSuperTypes=\"http://www.stic.org/stic/1.0#//Participant\""),
                "a STIC class written by nsURI, as this 1.0 file writes its other references to it: " + saved);
        ResourceSet plain = new ResourceSetImpl();
        plain.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource read = plain.getResource(URI.createFileURI(file().toString()), true);
        assertEquals(List.of(), read.getErrors(), "plain EMF reads it");
        EClass incubator = (EClass) ((EPackage) read.getContents().get(0)).getEClassifier("Incubator");
        assertEquals(List.of("capacity", "founded"), incubator.getEStructuralFeatures().stream().map(f -> f.getName()).toList());

        page.closeEditor(editor, false);
        MetamodelEditor again = open();
        EClass reloaded = (EClass) again.getPackage().getEClassifier("Incubator");
        assertEquals(List.of("capacity", "founded"), reloaded.getEStructuralFeatures().stream().map(f -> f.getName()).toList());
        assertSame(SticPackage.eINSTANCE.getParticipant(), reloaded.getESuperTypes().get(0));
    }

    @Test
    void theShippedFileSavedUnchangedKeepsItsBytesAndSoDoesAFileTheEditorWrote() throws Exception {
        byte[] shipped = Files.readAllBytes(file());
        MetamodelEditor editor = open();
        editor.save();
        assertArrayEquals(shipped, Files.readAllBytes(file()), "open + save without edits: the same bytes");

        // An edit undone leaves nothing to save.
        EClass park = (EClass) editor.getPackage().getEClassifier("Technopark");
        IPropertySource source = editor.propertySources().getPropertySource(park);
        source.setPropertyValue(descriptor(source, "abstract").getId(), true);
        assertTrue(editor.isDirty());
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        assertFalse(editor.isDirty());

        // A file the editor wrote with edits: written again unchanged, byte for byte.
        source.setPropertyValue(descriptor(source, "name").getId(), "Technopark2");
        editor.save();
        byte[] first = Files.readAllBytes(file());
        page.closeEditor(editor, false);
        open().save();
        assertArrayEquals(first, Files.readAllBytes(file()));
    }

    @Test
    void aFileThatCannotBeReadOpensAsAMessageAndIsNeverWritten() throws Exception {
        String broken = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ecore:EPackage xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\"\n    name=\"x\"><eClassifiers></ecore:EPackage>\n";
        ecore.setContents(new java.io.ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, false, null);
        MetamodelEditor editor = assertInstanceOf(MetamodelEditor.class, IDE.openEditor(page, ecore));
        assertNotNull(editor.getLoadError());
        assertTrue(editor.getLoadError().getMessage().startsWith(file() + ":3:"), editor.getLoadError().getMessage());
        editor.save();
        assertEquals(broken, Files.readString(file(), StandardCharsets.UTF_8), "nothing lost");
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "metamodel-editor-unreadable");
    }

    @Test
    void liveProblemsAppearAsTheUserEditsAndQuickFixesMendThem() throws Exception {
        MetamodelEditor editor = open();
        assertEquals(List.of(), editor.problems(), "the example has none");
        EPackage technopark = editor.getPackage();
        EClass park = (EClass) technopark.getEClassifier("Technopark");
        IPropertySource source = editor.propertySources().getPropertySource(park);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);

        // A clash with a STIC class's name: an error on the class (the project would not load the extension).
        source.setPropertyValue(descriptor(source, "name").getId(), "Participant");
        UiTestSupport.spinUntil("the clash is found", () -> kinds(editor).contains(MetamodelChecks.Kind.NAME_TAKEN), TIMEOUT);
        MetamodelChecks.Problem clash = editor.problems().get(0);
        assertSame(park, clash.element());
        assertTrue(clash.blocking());
        assertEquals("its class 'Participant' has the name of a class of the STIC metamodel; rename it (e.g. with a"
                + " prefix of your methodology)", clash.message(), "the message the project gives when it loads extensions");
        UiTestSupport.spinUntil("a Problems marker on the file", () -> markers().contains(clash.message()), TIMEOUT);
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        page.activate(editor);
        UiTestSupport.spinUntil("the Problems view lists it",
                () -> UiTestSupport.problemsViewTexts(page.getWorkbenchWindow().getShell()).contains("its class 'Participant'"),
                TIMEOUT);
        editor.getViewer().setSelection(new StructuredSelection(park), true);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "metamodel-editor-live-problem");

        // Quick Fix in the tree's context menu renames it; undo brings the problem back, redo mends it again.
        Menu menu = editor.getViewer().getControl().getMenu();
        UiTesting.item(UiTesting.item(menu, "Quick Fix").getMenu(), "Rename to TechnoparkParticipant")
                .notifyListeners(SWT.Selection, new Event());
        assertEquals("TechnoparkParticipant", park.getName());
        UiTestSupport.spinUntil("mended", () -> editor.problems().isEmpty() && markers().isEmpty(), TIMEOUT);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        UiTestSupport.spinUntil("undone", () -> kinds(editor).contains(MetamodelChecks.Kind.NAME_TAKEN), TIMEOUT);
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        UiTestSupport.spinUntil("redone", () -> editor.problems().isEmpty(), TIMEOUT);

        // A new class without a name that specialises nothing: two warnings; the Problems view's Quick Fix (the
        // marker's resolutions) makes it specialise Participant.
        editor.getViewer().setSelection(new StructuredSelection(technopark), true);
        UiTesting.item(UiTesting.item(menu, "New Child").getMenu(), "EClass").notifyListeners(SWT.Selection, new Event());
        EClass created = (EClass) technopark.getEClassifiers().get(technopark.getEClassifiers().size() - 1);
        UiTestSupport.spinUntil("two warnings", () -> kinds(editor).containsAll(
                List.of(MetamodelChecks.Kind.NOT_IDENTIFIER, MetamodelChecks.Kind.UNREACHABLE)), TIMEOUT);
        assertTrue(editor.problems().stream().noneMatch(MetamodelChecks.Problem::blocking), "warnings, not errors");
        UiTestSupport.spinUntil("its markers", () -> markerList().size() == 2, TIMEOUT);
        IMarker unreachable = markerList().stream()
                .filter(m -> "UNREACHABLE".equals(m.getAttribute("kind", ""))).findFirst().orElseThrow();
        IMarkerResolution specialise = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(unreachable))
                .filter(r -> r.getLabel().equals("Make it specialise Participant")).findFirst()
                .orElseThrow(() -> new AssertionError("no such fix"));
        specialise.run(unreachable);
        assertEquals(List.of(SticPackage.eINSTANCE.getParticipant()), created.getESuperTypes());
        UiTestSupport.spinUntil("only the name is left",
                () -> kinds(editor).equals(List.of(MetamodelChecks.Kind.NOT_IDENTIFIER)), TIMEOUT);

        // A name that is not a Java identifier, and a missing nsURI: each with its fix.
        IPropertySource cs = editor.propertySources().getPropertySource(created);
        cs.setPropertyValue(descriptor(cs, "name").getId(), "Business incubator");
        UiTestSupport.spinUntil("not an identifier", () -> editor.problems().size() == 1
                && editor.problems().get(0).message().contains("'Business incubator' is not a Java identifier"), TIMEOUT);
        editor.getViewer().setSelection(new StructuredSelection(created), true);
        UiTesting.item(UiTesting.item(menu, "Quick Fix").getMenu(), "Rename to BusinessIncubator")
                .notifyListeners(SWT.Selection, new Event());
        assertEquals("BusinessIncubator", created.getName());
        IPropertySource ps = editor.propertySources().getPropertySource(technopark);
        ps.setPropertyValue(descriptor(ps, "nsURI").getId(), "");
        UiTestSupport.spinUntil("no nsURI", () -> kinds(editor).equals(List.of(MetamodelChecks.Kind.NO_NS_URI)), TIMEOUT);
        editor.getViewer().setSelection(new StructuredSelection(technopark), true);
        UiTesting.item(UiTesting.item(menu, "Quick Fix").getMenu(),
                "Set the nsURI to http://www.stic.org/ext/technopark/1.0").notifyListeners(SWT.Selection, new Event());
        UiTestSupport.spinUntil("all mended", () -> editor.problems().isEmpty() && markers().isEmpty(), TIMEOUT);
    }

    private static List<MetamodelChecks.Kind> kinds(MetamodelEditor editor) {
        return editor.problems().stream().map(MetamodelChecks.Problem::kind).toList();
    }

    private List<IMarker> markerList() {
        try {
            return List.of(ecore.findMarkers("org.stic.ui.metamodelProblem", false, IResource.DEPTH_ZERO));
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> markers() {
        return markerList().stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
    }

    private static FeaturePropertyDescriptor descriptor(IPropertySource source, String feature) {
        return Arrays.stream(source.getPropertyDescriptors()).map(FeaturePropertyDescriptor.class::cast)
                .filter(d -> d.feature() != null && d.feature().getName().equals(feature)).findFirst()
                .orElseThrow(() -> new AssertionError("no property for " + feature + " in "
                        + Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList()));
    }

    private static List<String> texts(TreeItem[] items) {
        List<String> texts = new ArrayList<>();
        for (TreeItem i : items) {
            texts.add(i.getText());
            texts.addAll(texts(i.getItems()));
        }
        return texts;
    }
}

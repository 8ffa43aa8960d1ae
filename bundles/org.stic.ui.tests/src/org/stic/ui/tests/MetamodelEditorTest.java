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
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
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
import org.stic.ui.project.ProjectMarkers;
import org.stic.ui.project.SticProjects;

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
        assertEquals("The name 'Participant' is already used by the STIC metamodel; rename it, e.g. with a prefix of"
                + " your methodology (until then the project does not load the extension)", clash.message(),
                "a sentence of its own, not the clause the project's loading completes");
        UiTestSupport.spinUntil("a Problems marker on the file", () -> markers().contains(clash.message()), TIMEOUT);
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        page.activate(editor);
        UiTestSupport.spinUntil("the Problems view lists it", () -> UiTestSupport.problemsViewTexts(
                page.getWorkbenchWindow().getShell()).contains("The name 'Participant' is already used"), TIMEOUT);
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
                && editor.problems().get(0).message().startsWith("The name 'Business incubator' is not a Java identifier"),
                TIMEOUT);
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

    @Test
    void aBlockingProblemShowsOnceAfterASaveAndTheProjectStatesItWhenTheEditorCloses() throws Exception {
        MetamodelEditor editor = open();
        EClass park = (EClass) editor.getPackage().getEClassifier("Technopark");
        IPropertySource source = editor.propertySources().getPropertySource(park);
        source.setPropertyValue(descriptor(source, "name").getId(), "Participant");
        UiTestSupport.spinUntil("the live problem", () -> markers().size() == 1, TIMEOUT);
        editor.save();
        UiTestSupport.spinUntil("the project read the saved file",
                () -> SticProjects.forModel(file()).checkProblems().size() == 1, TIMEOUT);
        UiTestSupport.spinUntil("the markers are written", () -> Job.getJobManager().isIdle(), TIMEOUT);
        assertEquals(1, markers().size(), "the live marker stays");
        assertEquals(List.of(), projectMarkers(), "the project does not say it a second time while the editor is open");
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        page.activate(editor);
        UiTestSupport.spinUntil("the Problems view lists it once", () -> UiTestSupport.problemsViewTexts(
                page.getWorkbenchWindow().getShell()).split("'Participant'", -1).length == 2, TIMEOUT);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "metamodel-editor-saved-problem-once");

        // Closed: the live marker goes, and the project's marker says why the saved extension is not loaded.
        page.closeEditor(editor, false);
        UiTestSupport.spinUntil("the project's marker instead of the live one",
                () -> markers().isEmpty() && projectMarkers().size() == 1, TIMEOUT);
        assertEquals("extension 'technopark' is not loaded: its class 'Participant' has the name of a class of the STIC"
                + " metamodel; rename it (e.g. with a prefix of your methodology)", projectMarkers().get(0));
        UiTestSupport.spinUntil("the Problems view lists that one", () -> UiTestSupport.problemsViewTexts(
                page.getWorkbenchWindow().getShell()).contains("extension 'technopark' is not loaded"), TIMEOUT);
        UiTestSupport.spin(20);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "metamodel-editor-closed-project-problem");

        // Opened again: the editor states it live, and the project's marker goes once more.
        open();
        UiTestSupport.spinUntil("the live marker instead of the project's",
                () -> markers().size() == 1 && projectMarkers().isEmpty(), TIMEOUT);
    }

    @Test
    void theSpecialiseFixOffersTheSticClassesThatFitFirstWithTheirDescriptionsAlsoByCtrl1() throws Exception {
        MetamodelEditor editor = open();
        EPackage technopark = editor.getPackage();
        EditingDomain domain = editor.getEditingDomain();
        EClass partnership = EcoreFactory.eINSTANCE.createEClass();
        partnership.setName("ResearchPartnership");
        EClass facility = EcoreFactory.eINSTANCE.createEClass();
        facility.setName("Facility");
        EAttribute capacity = EcoreFactory.eINSTANCE.createEAttribute();
        capacity.setName("capacity");
        capacity.setEType(EcorePackage.Literals.EDOUBLE);
        facility.getEStructuralFeatures().add(capacity);
        domain.getCommandStack().execute(AddCommand.create(domain, technopark,
                EcorePackage.Literals.EPACKAGE__ECLASSIFIERS, List.of(partnership, facility)));
        UiTestSupport.spinUntil("two classes no model can hold", () -> kinds(editor).equals(
                List.of(MetamodelChecks.Kind.UNREACHABLE, MetamodelChecks.Kind.UNREACHABLE)), TIMEOUT);

        // The tree's Quick Fix: the best fits first, five of them, the other STIC classes in a submenu.
        Menu menu = editor.getViewer().getControl().getMenu();
        editor.getViewer().setSelection(new StructuredSelection(partnership), true);
        Menu quickFix = UiTesting.item(menu, "Quick Fix").getMenu();
        List<String> first = UiTesting.labels(quickFix);
        assertEquals(6, first.size(), first.toString());
        assertEquals("Make it specialise Partnership", first.get(0), "its name says so");
        assertEquals("Other STIC Classes", first.get(5));
        List<String> all = new ArrayList<>(first.subList(0, 5));
        all.addAll(UiTesting.labels(UiTesting.item(quickFix, "Other STIC Classes").getMenu()));
        assertEquals(13, all.size(), "every STIC class a model holds in a list: " + all);
        assertTrue(all.containsAll(List.of("Make it specialise Participant", "Make it specialise KeyResource",
                "Make it specialise Indicator")), all.toString());
        assertTrue(all.stream().noneMatch(l -> l.contains("Contour") || l.endsWith("Cluster")),
                "a model has one cluster and one contour of each kind: " + all);
        editor.getViewer().setSelection(new StructuredSelection(facility), true);
        assertEquals("Make it specialise KeyResource",
                UiTesting.labels(UiTesting.item(menu, "Quick Fix").getMenu()).get(0), "its capacity says so");

        // The Problems view's Quick Fix describes each choice with the STIC class's documentation.
        IMarker marker = markerList().stream().filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("'Facility'"))
                .findFirst().orElseThrow();
        IMarkerResolution best = IDE.getMarkerHelpRegistry().getResolutions(marker)[0];
        assertEquals("Make it specialise KeyResource", best.getLabel());
        assertTrue(assertInstanceOf(IMarkerResolution2.class, best).getDescription().startsWith(
                "A key resource (ключевой ресурс) the cluster uses to create and deliver value"),
                ((IMarkerResolution2) best).getDescription());

        // Ctrl+1 in the tree drops the same menu down at the class; choosing applies the fix, undoably.
        page.activate(editor);
        editor.getViewer().getControl().setFocus();
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals("Ctrl+1", bindings.getBestActiveBindingFormattedFor(
                "org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals"));
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals", null);
        Menu popup = editor.getQuickFixMenu();
        assertNotNull(popup, "Ctrl+1 shows the Quick Fix menu");
        UiTestSupport.spin(10);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "metamodel-editor-ctrl1");
        List<String> dropped = Arrays.stream(popup.getItems()).map(i -> UiTesting.label(i.getText())).toList();
        assertEquals("Make it specialise KeyResource", dropped.get(0), dropped.toString());
        assertEquals("Other STIC Classes", dropped.get(dropped.size() - 1));
        popup.setVisible(false);
        popup.getItem(0).notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of(SticPackage.eINSTANCE.getKeyResource()), facility.getESuperTypes());
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(List.of(), facility.getESuperTypes());

        // Nothing to fix on the package: Ctrl+1 says so.
        editor.getViewer().setSelection(new StructuredSelection(technopark), true);
        handlers.executeCommand("org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals", null);
        Menu nothing = editor.getQuickFixMenu();
        UiTestSupport.spin(10);
        assertEquals(List.of("No quick fix for the selection"),
                Arrays.stream(nothing.getItems()).map(i -> UiTesting.label(i.getText())).toList());
        assertFalse(nothing.getItem(0).isEnabled());
        nothing.setVisible(false);
    }

    @Test
    void saveAsWritesACopyThatTheEditorEditsFromThenOnAndLeavesTheOriginalAndTheSettingsAlone() throws Exception {
        MetamodelEditor editor = open();
        byte[] original = Files.readAllBytes(file());
        IFile settings = project.getFile("stic-project.json");
        byte[] settingsBytes = settings.getContents().readAllBytes();
        assertTrue(editor.isSaveAsAllowed());
        IFile copy = project.getFile("metamodel/copy.ecore");
        editor.saveAs(copy);
        assertArrayEquals(original, Files.readAllBytes(copy.getLocation().toFile().toPath()),
                "a metamodel saved unchanged keeps its bytes, in another file too");
        assertEquals(copy, editor.getFile());
        assertEquals("copy.ecore", editor.getPartName());
        assertFalse(editor.isDirty());

        // The original is still the project's extension: the copy has its nsURI until it gets its own.
        UiTestSupport.spinUntil("the copy's clash with the original",
                () -> kinds(editor).contains(MetamodelChecks.Kind.NS_URI_TAKEN), TIMEOUT);
        UiTestSupport.spinUntil("the live markers on the copy, none on the original", () -> markerList().isEmpty()
                && !liveMarkers(copy).isEmpty(), TIMEOUT);

        // Edits go to the copy.
        EClass park = (EClass) editor.getPackage().getEClassifier("Technopark");
        IPropertySource source = editor.propertySources().getPropertySource(park);
        source.setPropertyValue(descriptor(source, "name").getId(), "ScienceHub");
        editor.save();
        assertTrue(Files.readString(copy.getLocation().toFile().toPath(), StandardCharsets.UTF_8)
                .contains("name=\"ScienceHub\""));
        assertArrayEquals(original, Files.readAllBytes(file()), "the original as it was");
        assertArrayEquals(settingsBytes, settings.getContents().readAllBytes(), "the settings as they were");
    }

    private List<String> projectMarkers() {
        try {
            return Arrays.stream(ecore.findMarkers(ProjectMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    .map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private static List<MetamodelChecks.Kind> kinds(MetamodelEditor editor) {
        return editor.problems().stream().map(MetamodelChecks.Problem::kind).toList();
    }

    private List<IMarker> markerList() {
        return liveMarkers(ecore);
    }

    private static List<IMarker> liveMarkers(IFile file) {
        try {
            return List.of(file.findMarkers("org.stic.ui.metamodelProblem", false, IResource.DEPTH_ZERO));
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

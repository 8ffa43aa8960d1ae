package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.stic.Cluster;
import org.stic.Interaction;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.SegmentNeed;
import org.stic.SticPackage;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisFinding;
import org.stic.analysis.AnalysisOptions;
import org.stic.model.edit.Language;
import org.stic.model.io.SticResources;
import org.stic.ui.editor.SticEditor;
import org.stic.ui.emf.FeaturePropertyDescriptor;
import org.stic.ui.project.ProjectMarkers;
import org.stic.ui.validation.SticMarkers;
import org.stic.ui.wizards.ModelTemplate;
import org.stic.ui.wizards.NewSticProjectWizard;

/**
 * The modelling workflow end to end in the real workbench: open an example, edit through the Properties view,
 * undo with the workbench's Undo, save, validate, see the INT-001 marker, apply its quick fix, see it go.
 */
class ModelEditorScenarioTest {

    private static final long TIMEOUT = 20_000;
    @RegisterExtension
    final CleanWorkbench workbench = CleanWorkbench.empty();
    private final IWorkbenchPage page = workbench.page();



    private IFile exampleProject(String name) throws CoreException {
        ModelTemplate kaluga = ModelTemplate.all().stream()
                .filter(t -> t.example() != null && t.example().contains("kaluga")).findFirst().orElseThrow();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        return NewSticProjectWizard.create(project, null, kaluga, null);
    }

    @Test
    void editUndoSaveValidateQuickFix() throws Exception {
        IFile file = exampleProject("kaluga");
        SticEditor editor = assertInstanceOf(SticEditor.class, IDE.openEditor(page, file, SticEditor.ID));
        assertNull(editor.getLoadError(), "the example loads");
        Cluster cluster = (Cluster) editor.getResource().getContents().get(0);
        KeyAction action = cluster.getInternalContour().getKeyActions().stream()
                .filter(a -> !a.getSupportingResources().isEmpty()).findFirst().orElseThrow();
        String originalName = action.getName();

        // Select the action; the Properties view shows it and edits it through its property source.
        editor.select(new StructuredSelection(action));
        PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        UiTestSupport.spinUntil("Properties view shows the action's name",
                () -> UiTestSupport.propertyRow(sheet, "Name").map(t -> t.contains(originalName)).orElse(false), TIMEOUT);
        IPropertySource source = editor.propertySources().getPropertySource(action);
        Object nameId = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d instanceof FeaturePropertyDescriptor f && f.feature() == SticPackage.Literals.NAMED_ELEMENT__NAME)
                .map(IPropertyDescriptor::getId).findFirst().orElseThrow();
        source.setPropertyValue(nameId, "Renamed in Properties");
        assertEquals("Renamed in Properties", action.getName());
        UiTestSupport.spinUntil("editor dirty", editor::isDirty, TIMEOUT);
        UiTestSupport.spinUntil("Properties view shows the new name",
                () -> UiTestSupport.propertyRow(sheet, "Name").map(t -> t.contains("Renamed in Properties")).orElse(false), TIMEOUT);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "editor-properties");

        // The workbench's Undo (Edit menu, Ctrl+Z) undoes the model command.
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(originalName, action.getName());
        UiTestSupport.spinUntil("editor clean after undo", () -> !editor.isDirty(), TIMEOUT);

        // Unlink the action's resources and save: validation on save reports INT-001 on it.
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), action,
                SticPackage.Literals.KEY_ACTION__SUPPORTING_RESOURCES, List.of()));
        editor.doSave(null);
        assertFalse(editor.isDirty());
        String actionId = editor.getResource().getURIFragment(action);
        IMarker marker = int001(file, actionId);
        assertNotNull(marker, "an INT-001 marker on the action after save");
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(marker.getAttribute(IMarker.LOCATION, "").contains(originalName), marker.getAttribute(IMarker.LOCATION, ""));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith("INT-001: "));
        assertEquals(IMarker.SEVERITY_ERROR, editor.problemSeverity(action), "the tree shows an error overlay on it");
        assertEquals(IMarker.SEVERITY_ERROR, editor.problemSeverity(cluster), "and on its containers");

        // The Problems view lists it; double-click (open the marker) selects the element in the editor.
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        UiTestSupport.spinUntil("Problems view lists the INT-001 marker",
                () -> UiTestSupport.problemsViewTexts(page.getWorkbenchWindow().getShell()).contains("INT-001: "), TIMEOUT);
        editor.select(StructuredSelection.EMPTY);
        IDE.openEditor(page, marker);
        assertEquals(action, editor.getViewer().getStructuredSelection().getFirstElement());
        UiTestSupport.spin(10);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "editor-problems");

        // Quick fix: create a new supporting key resource; the marker goes away.
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertTrue(fixes.length > 1, "create-new and link-existing fixes: " + Arrays.toString(fixes));
        assertTrue(Arrays.stream(fixes).anyMatch(r -> r.getLabel().startsWith("Add key resource")),
                "link an existing resource is offered");
        IMarkerResolution create = Arrays.stream(fixes).filter(r -> r.getLabel().startsWith("Create a new key resource"))
                .findFirst().orElseThrow();
        create.run(marker);
        assertEquals(1, action.getSupportingResources().size());
        assertFalse(editor.isDirty(), "the fix is saved");
        assertNull(int001(file, actionId), "the INT-001 marker has gone");
        UiTestSupport.spinUntil("overlay cleared", () -> editor.problemSeverity(action) < 0, TIMEOUT);
        assertTrue(editor.getEditingDomain().getCommandStack().canUndo(), "the fix is undoable");
    }

    @Test
    void validateCommandMarksTheUnsavedModel() throws Exception {
        IFile file = exampleProject("validate");
        SticEditor editor = assertInstanceOf(SticEditor.class, IDE.openEditor(page, file, SticEditor.ID));
        Cluster cluster = (Cluster) editor.getResource().getContents().get(0);
        KeyAction action = cluster.getInternalContour().getKeyActions().get(0);
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), action,
                SticPackage.Literals.KEY_ACTION__SUPPORTING_RESOURCES, List.of()));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.stic.ui.validate", null);
        assertNotNull(int001(file, editor.getResource().getURIFragment(action)), "validated as edited, before saving");
        assertTrue(editor.isDirty(), "validating does not save");
    }

    @Test
    void brokenFileOpensWithTheLoadersMessageAndReloadsWhenFixed() throws Exception {
        IFile good = exampleProject("broken");
        IFile broken = good.getProject().getFile("broken.stic");
        broken.create(new ByteArrayInputStream("<?xml version=\"1.0\"?>\n<stic:Cluster xmlns:stic=\"http://www.stic.org/stic/1.0\"\n  name=\"x\">\n<oops\n"
                .getBytes(StandardCharsets.UTF_8)), true, null);
        SticEditor editor = assertInstanceOf(SticEditor.class, IDE.openEditor(page, broken, SticEditor.ID));
        assertNotNull(editor.getLoadError(), "the broken file opens as an error page");
        assertTrue(editor.getLoadError().getMessage().contains("broken.stic:"), editor.getLoadError().getMessage());
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "editor-broken-file");

        broken.setContents(good.getContents(), IResource.FORCE, null); // fixed by someone else: reload
        UiTestSupport.spinUntil("reloaded after the file was fixed", () -> editor.getLoadError() == null, TIMEOUT);
        assertFalse(editor.getResource().getContents().isEmpty());
    }

    @Test
    void externalChangeReloadsAnUnmodifiedEditor() throws Exception {
        IFile file = exampleProject("external");
        SticEditor editor = assertInstanceOf(SticEditor.class, IDE.openEditor(page, file, SticEditor.ID));
        Cluster before = (Cluster) editor.getResource().getContents().get(0);
        String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
        String renamed = text.replaceFirst("name=\"[^\"]*\"", "name=\"Changed on disk\"");
        file.setContents(new ByteArrayInputStream(renamed.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        UiTestSupport.spinUntil("reloaded", () -> editor.getResource() != null
                && ((Cluster) editor.getResource().getContents().get(0)).getName().equals("Changed on disk"), TIMEOUT);
        assertTrue(before != editor.getResource().getContents().get(0));
        assertTrue(EcoreUtil.getAllContents(editor.getResource(), true).hasNext());
    }

    @Test
    void contextMenuAndGlobalActionsEditTheModel() throws Exception {
        IFile file = exampleProject("menus");
        SticEditor editor = assertInstanceOf(SticEditor.class, IDE.openEditor(page, file, SticEditor.ID));
        Cluster cluster = (Cluster) editor.getResource().getContents().get(0);
        var actions = cluster.getInternalContour().getKeyActions();
        int before = actions.size();

        // New Child > Key Action from the tree's context menu (built from the item providers' descriptors).
        editor.select(new StructuredSelection(cluster.getInternalContour()));
        Menu menu = editor.getViewer().getControl().getMenu();
        MenuItem newChild = UiTesting.item(menu, "New Child");
        MenuItem keyAction = UiTesting.item(newChild.getMenu(), "Key Action");
        keyAction.notifyListeners(SWT.Selection, new Event());
        assertEquals(before + 1, actions.size());
        KeyAction created = actions.get(before);
        UiTestSupport.spinUntil("the new child is selected",
                () -> editor.getViewer().getStructuredSelection().getFirstElement() == created, TIMEOUT);

        // Rename in place (F2): the tree's cell editor sets the name through a command.
        editor.rename();
        Text text = UiTestSupport.find(editor.getViewer().getTree(), Text.class);
        text.setText("Certification support");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals("Certification support", created.getName());

        // Copy and paste through the workbench's Edit actions, Delete, then Undo.
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.copy", null);
        editor.select(new StructuredSelection(cluster.getInternalContour()));
        handlers.executeCommand("org.eclipse.ui.edit.paste", null);
        assertEquals(before + 2, actions.size(), "pasted a copy");
        KeyAction copy = actions.get(before + 1);
        UiTestSupport.spinUntil("the copy is selected",
                () -> editor.getViewer().getStructuredSelection().getFirstElement() == copy, TIMEOUT);
        UiTestSupport.spin(5); // the editor's other pending reactions to the stack would select the copy again later
        editor.select(new StructuredSelection(created));
        // Delete asks first
        String asked = UiTesting.answering("Delete from Model",
                () -> handlers.executeCommand("org.eclipse.ui.edit.delete", null), "Cancel");
        assertNotNull(asked, "Delete asks first");
        assertTrue(asked.contains("\u00abCertification support\u00bb (Key Action)"), asked);
        assertTrue(actions.contains(created), "cancelled");
        asked = UiTesting.answering("Delete from Model",
                () -> handlers.executeCommand("org.eclipse.ui.edit.delete", null), "Delete");
        assertNotNull(asked);
        assertFalse(actions.contains(created), "deleted");
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertTrue(actions.contains(created), "undo restores it");
        assertTrue(editor.isDirty());

        editor.select(new StructuredSelection(cluster));
        assertThrows(Exception.class, () -> handlers.executeCommand("org.eclipse.ui.edit.delete", null),
                "the root cannot be deleted");
        assertEquals(cluster, editor.getResource().getContents().get(0));
    }

    @Test
    void cutInTheTreeAsksThenCopiesAndDeletesAsOneUndoAndPasteRecreates() throws Exception {
        IFile file = exampleProject("cut");
        SticEditor editor = assertInstanceOf(SticEditor.class, IDE.openEditor(page, file, SticEditor.ID));
        Cluster cluster = (Cluster) editor.getResource().getContents().get(0);
        var resources = cluster.getInternalContour().getKeyResources();
        KeyResource resource = resources.stream().filter(r -> !r.getSupportedActions().isEmpty()).findFirst()
                .orElseThrow();
        List<KeyAction> supported = List.copyOf(resource.getSupportedActions());
        int index = resources.indexOf(resource);
        String id = editor.getResource().getURIFragment(resource);
        EditingDomain domain = editor.getEditingDomain();
        Collection<Object> clipboard = domain.getClipboard();
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);

        editor.select(new StructuredSelection(resource));
        MenuItem cut = UiTesting.item(editor.getViewer().getControl().getMenu(), "Cut");
        assertTrue(cut.isEnabled(), "Cut in the tree's context menu");
        String asked = UiTesting.answering("Cut", () -> handlers.executeCommand("org.eclipse.ui.edit.cut", null),
                "Cancel");
        assertNotNull(asked, "Cut asks first");
        assertTrue(asked.contains("Cut \u00ab" + resource.getName() + "\u00bb (Key Resource) from the model to the"
                + " clipboard?"), asked);
        for (KeyAction a : supported) {
            assertTrue(asked.contains(a.getName() + " | Key Action | Supporting Resources | " + resource.getName()
                    + " | reference removed"), a.getName() + " listed in\n" + asked);
        }
        assertSame(cluster.getInternalContour(), resource.eContainer(), "Cancel: nothing cut");
        assertSame(clipboard, domain.getClipboard(), "and the clipboard as it was");
        assertFalse(editor.isDirty());

        asked = UiTesting.answering("Cut", () -> handlers.executeCommand("org.eclipse.ui.edit.cut", null), "Cut");
        assertNotNull(asked);
        assertNull(resource.eContainer(), "cut from the model");
        for (KeyAction a : supported) {
            assertFalse(a.getSupportingResources().contains(resource), a.getName() + " no longer refers to it");
        }
        KeyResource copy = (KeyResource) domain.getClipboard().iterator().next();
        assertEquals(1, domain.getClipboard().size(), "a copy on the clipboard, as Copy makes it");
        assertNotSame(resource, copy);
        assertEquals(resource.getName(), copy.getName());
        assertEquals("Cut \u00ab" + resource.getName() + "\u00bb",
                domain.getCommandStack().getUndoCommand().getLabel(), "one undo entry");

        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertSame(cluster.getInternalContour(), resource.eContainer(), "one undo restores it");
        assertEquals(index, resources.indexOf(resource));
        assertEquals(id, editor.getResource().getURIFragment(resource), "with its id");
        for (KeyAction a : supported) {
            assertTrue(a.getSupportingResources().contains(resource), a.getName() + " refers to it again");
        }
        assertFalse(domain.getCommandStack().canUndo(), "that was the only change");

        editor.select(new StructuredSelection(resource));
        UiTesting.answering("Cut", () -> handlers.executeCommand("org.eclipse.ui.edit.cut", null), "Cut");
        assertNull(resource.eContainer());
        editor.select(new StructuredSelection(cluster.getInternalContour()));
        handlers.executeCommand("org.eclipse.ui.edit.paste", null);
        KeyResource pasted = resources.get(resources.size() - 1);
        assertEquals(resource.getName(), pasted.getName(), "Paste after Cut recreates it");
        assertNotSame(resource, pasted);
        assertNotEquals(id, editor.getResource().getURIFragment(pasted), "with a fresh id");

        editor.select(new StructuredSelection(cluster.getInternalContour()));
        assertFalse(UiTesting.item(editor.getViewer().getControl().getMenu(), "Cut").isEnabled(),
                "a contour cannot be cut");
        assertThrows(Exception.class, () -> handlers.executeCommand("org.eclipse.ui.edit.cut", null));
        editor.select(new StructuredSelection(cluster));
        assertThrows(Exception.class, () -> handlers.executeCommand("org.eclipse.ui.edit.cut", null),
                "nor the root");
        assertSame(cluster, editor.getResource().getContents().get(0));
    }

    @Test
    void pastedInTheTreeKeyActionsAndInteractionsKeepTheirLinksInTheirModelOnly() throws Exception {
        IFile file = exampleProject("links");
        SticEditor editor = assertInstanceOf(SticEditor.class, IDE.openEditor(page, file, SticEditor.ID));
        Cluster cluster = (Cluster) editor.getResource().getContents().get(0);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        var actions = cluster.getInternalContour().getKeyActions();
        KeyAction action = actions.stream().filter(a -> a.getSupportingResources().size() >= 2).findFirst()
                .orElseThrow();
        List<KeyResource> resources = List.copyOf(action.getSupportingResources());
        List<List<KeyAction>> supported = resources.stream().map(r -> List.copyOf(r.getSupportedActions())).toList();

        editor.select(new StructuredSelection(action));
        handlers.executeCommand("org.eclipse.ui.edit.copy", null);
        editor.select(new StructuredSelection(cluster.getInternalContour()));
        handlers.executeCommand("org.eclipse.ui.edit.paste", null);
        KeyAction pasted = actions.get(actions.size() - 1);
        assertNotSame(action, pasted);
        UiTestSupport.spinUntil("the tree selects the copy, not the resources linked to it",
                () -> editor.getViewer().getStructuredSelection().toList().equals(List.of(pasted)), TIMEOUT);
        assertEquals(resources, pasted.getSupportingResources(), "the copy is supported by the same resources");
        for (KeyResource r : resources) {
            assertTrue(r.getSupportedActions().containsAll(List.of(action, pasted)), r.getName() + " supports both");
        }
        assertEquals(resources.size(), savedSupports(editor, pasted).size(), "saved with its links");
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertFalse(actions.contains(pasted));
        assertEquals(supported, resources.stream().map(r -> List.copyOf(r.getSupportedActions())).toList(),
                "undo leaves the resources supporting what they did");
        assertNull(savedSupports(editor, pasted));
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        assertEquals(resources, pasted.getSupportingResources(), "redo");
        assertEquals(resources.size(), savedSupports(editor, pasted).size());

        Interaction interaction = cluster.getInteractions().get(0);
        editor.select(new StructuredSelection(interaction));
        handlers.executeCommand("org.eclipse.ui.edit.copy", null);
        editor.select(new StructuredSelection(cluster));
        handlers.executeCommand("org.eclipse.ui.edit.paste", null);
        Interaction pastedInteraction = cluster.getInteractions().get(cluster.getInteractions().size() - 1);
        assertNotSame(interaction, pastedInteraction);
        assertSame(interaction.getSource(), pastedInteraction.getSource(), "the copy connects the same participants");
        assertSame(interaction.getTarget(), pastedInteraction.getTarget());
        assertTrue(interaction.getSource().getOutgoingInteractions().contains(pastedInteraction));
        editor.doSave(null);
        assertEquals(cluster.getInteractions().size(), SticResources.load(file.getLocation().toFile().toPath())
                .getInteractions().size(), "saved and loaded");

        // In another model there are no such participants: the interaction is left out, and the status line says so.
        IFile otherFile = exampleProject("links-other");
        SticEditor other = assertInstanceOf(SticEditor.class, IDE.openEditor(page, otherFile, SticEditor.ID));
        Cluster otherCluster = (Cluster) other.getResource().getContents().get(0);
        int interactions = otherCluster.getInteractions().size();
        other.select(new StructuredSelection(otherCluster));
        handlers.executeCommand("org.eclipse.ui.edit.paste", null);
        assertEquals(interactions, otherCluster.getInteractions().size(), "the interaction is not pasted");
        assertFalse(other.isDirty(), "nothing changed");
        String status = statusLine();
        assertTrue(status.contains("Pasted 0 of 1. Left out: Interaction (source and target not in this model)."),
                status);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "paste-left-out");

        editor.getSite().getPage().activate(editor);
        editor.select(new StructuredSelection(action));
        handlers.executeCommand("org.eclipse.ui.edit.copy", null);
        page.activate(other);
        other.select(new StructuredSelection(otherCluster.getInternalContour()));
        handlers.executeCommand("org.eclipse.ui.edit.paste", null);
        var otherActions = otherCluster.getInternalContour().getKeyActions();
        KeyAction elsewhere = otherActions.get(otherActions.size() - 1);
        assertEquals(action.getName(), elsewhere.getName());
        assertTrue(elsewhere.getSupportingResources().isEmpty(), "no links into the model it was copied from");
        assertTrue(statusLine().contains("Pasted 1 of 1. Left out: "), statusLine());
        assertEquals(List.of(), savedSupports(other, elsewhere));
    }

    /** The texts of the workbench window, its status line's included. */
    private String statusLine() {
        StringBuilder texts = new StringBuilder();
        UiTesting.collectTexts(page.getWorkbenchWindow().getShell(), texts);
        return texts.toString();
    }

    /** Saves the editor and loads its file anew: the ids of the resources supporting that action, null if absent. */
    private static List<String> savedSupports(SticEditor editor, KeyAction action) throws Exception {
        String id = editor.getResource().getURIFragment(action);
        editor.doSave(null);
        Cluster saved = SticResources.load(editor.getSession().path());
        return saved.getInternalContour().getKeyActions().stream()
                .filter(a -> id.equals(saved.eResource().getURIFragment(a))).findFirst()
                .map(a -> a.getSupportingResources().stream().map(r -> saved.eResource().getURIFragment(r)).toList())
                .orElse(null);
    }

    private static IMarker int001(IFile file, String elementId) throws CoreException {
        for (IMarker m : file.findMarkers(SticMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
            if ("INT-001".equals(m.getAttribute(SticMarkers.RULE_ID, "")) && elementId.equals(m.getAttribute(SticMarkers.ELEMENT, ""))) {
                return m;
            }
        }
        return null;
    }

    /** "ruleId elementId" of the model's STIC markers of analysis rules. */
    private static List<String> analysisMarkers(IFile file) throws CoreException {
        List<String> result = new ArrayList<>();
        for (IMarker m : file.findMarkers(SticMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
            String rule = m.getAttribute(SticMarkers.RULE_ID, "");
            if (rule.startsWith("ANA-")) {
                result.add(rule + " " + m.getAttribute(SticMarkers.ELEMENT, ""));
            }
        }
        return result;
    }

    /**
     * The analysis findings (ANA-nnn): Validate on the Kaluga example puts them as Problems markers on the model
     * file beside the rules' markers, on the elements they are about (the tree's overlay follows), and the model's
     * rule settings file switches them off as it does an OCL rule.
     */
    @Test
    void analysisFindingsAreProblemsMarkersOnTheirElementsAndFollowTheRuleSettings() throws Exception {
        IFile file = exampleProject("kaluga-analysis");
        IProject project = file.getProject();
        SticEditor editor = assertInstanceOf(SticEditor.class, IDE.openEditor(page, file, SticEditor.ID));
        assertNull(editor.getLoadError());
        Cluster cluster = (Cluster) editor.getResource().getContents().get(0);
        // what the analysis itself finds this year, each need by its id in the file
        List<String> expected = new ArrayList<>();
        for (AnalysisFinding f : Analysis.of(cluster, AnalysisOptions.thisYear()).findings(Language.current())) {
            expected.add(f.ruleId() + " " + editor.getResource().getURIFragment(f.element()));
        }
        assertTrue(expected.stream().anyMatch(f -> f.startsWith("ANA-003 ")), "Kaluga's planted gaps: " + expected);

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.stic.ui.validate", null);
        UiTestSupport.spinUntil("analysis markers", () -> {
            try {
                return !analysisMarkers(file).isEmpty();
            } catch (CoreException e) {
                return false;
            }
        }, TIMEOUT);
        List<String> found = analysisMarkers(file);
        assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList());
        IMarker notReady = null;
        for (IMarker m : file.findMarkers(SticMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
            if (m.getAttribute(SticMarkers.RULE_ID, "").equals("ANA-003")) {
                notReady = m;
            }
        }
        assertEquals(IMarker.SEVERITY_WARNING, notReady.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(notReady.getAttribute(IMarker.MESSAGE, "").startsWith("ANA-003: "), notReady.toString());
        EObject need = SticMarkers.element(notReady, editor.getResource());
        assertInstanceOf(SegmentNeed.class, need, "the marker points at the need");
        UiTestSupport.spinUntil("the tree's overlay on the need",
                () -> editor.problemSeverity(need) >= IMarker.SEVERITY_WARNING, TIMEOUT);
        assertTrue(found.size() < file.findMarkers(SticMarkers.TYPE, false, IResource.DEPTH_ZERO).length,
                "beside the rules' markers");

        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        String message = notReady.getAttribute(IMarker.MESSAGE, "?");
        UiTestSupport.spinUntil("the Problems view shows " + message,
                () -> UiTestSupport.problemsViewTexts(page.getWorkbenchWindow().getShell()).contains(message),
                TIMEOUT);
        Path shot = UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "analysis-markers");
        assertTrue(shot.toFile().length() > 0);

        // the model's rule settings file: ANA-003 off, ANA ids known (no marker on the settings file)
        IFile rules = project.getFile(file.getName() + ".rules");
        rules.create(new ByteArrayInputStream("ANA-003 = off\n".getBytes(StandardCharsets.UTF_8)), true, null);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.stic.ui.validate", null);
        UiTestSupport.spinUntil("ANA-003 markers gone", () -> {
            try {
                return analysisMarkers(file).stream().noneMatch(m -> m.startsWith("ANA-003 "));
            } catch (CoreException e) {
                return false;
            }
        }, TIMEOUT);
        assertEquals(expected.stream().filter(f -> !f.startsWith("ANA-003 ")).sorted().toList(),
                analysisMarkers(file).stream().sorted().toList());
        assertEquals(0, rules.findMarkers(ProjectMarkers.TYPE, false, IResource.DEPTH_ZERO).length,
                "ANA-003 is a known rule id");
        assertFalse(editor.isDirty());
    }
}

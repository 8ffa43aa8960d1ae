package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.SticPackage;
import org.stic.diagram.ClassDiagram;
import org.stic.diagram.ui.metamodel.ClassDiagramPanel;
import org.stic.examples.ExtensionExample;
import org.stic.ui.metamodel.MetamodelEditor;

/**
 * The class diagram beside the metamodel editor's tree, on the extension example's technopark.ecore: it shows the
 * file's classes with the STIC classes they specialise, follows every edit, undo and redo, is drawn on the canvas,
 * and a click on a class selects it in the tree. Screenshots: target/screenshots/metamodel-class-diagram-*.png.
 */
class MetamodelClassDiagramTest {

    private IWorkbenchPage page;
    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("methodology-classes");
        project.create(null);
        project.open(null);
        ExtensionExample.copyTo(project.getLocation().toFile().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
    }

    @AfterEach
    void tearDown() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void theDiagramShowsTheSticSupertypesAndFollowsEveryEdit() throws Exception {
        IFile ecore = project.getFile("metamodel/technopark.ecore");
        MetamodelEditor editor = assertInstanceOf(MetamodelEditor.class, IDE.openEditor(page, ecore));
        ClassDiagramPanel panel = editor.getPanels().stream().filter(ClassDiagramPanel.class::isInstance)
                .map(ClassDiagramPanel.class::cast).findFirst().orElseThrow(() -> new AssertionError("no class diagram"));
        Ui.settle();
        EPackage technopark = editor.getPackage();
        EClass park = (EClass) technopark.getEClassifier("Technopark");
        ClassDiagram diagram = panel.diagram();
        assertTrue(diagram.classes().containsAll(List.of(park, technopark.getEClassifier("SharedLaboratory"),
                SticPackage.eINSTANCE.getParticipant(), SticPackage.eINSTANCE.getKeyResource())), diagram.classes().toString());
        assertTrue(diagram.isForeign(SticPackage.eINSTANCE.getParticipant()), "STIC's supertype, drawn as another package's");
        assertFalse(diagram.isForeign(park));
        assertTrue(diagram.bounds(SticPackage.eINSTANCE.getParticipant()).getMaxY() < diagram.bounds(park).getY(),
                "the supertype above its subclass");
        assertTrue(inked(panel, park), "the Technopark box is drawn on the canvas");
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "metamodel-class-diagram-example");

        // A new class specialising Participant with two attributes: in the diagram at once.
        EditingDomain domain = editor.getEditingDomain();
        EClass incubator = EcoreFactory.eINSTANCE.createEClass();
        incubator.setName("Incubator");
        domain.getCommandStack().execute(AddCommand.create(domain, technopark, EcorePackage.Literals.EPACKAGE__ECLASSIFIERS, incubator));
        Ui.settle();
        assertTrue(panel.diagram().classes().contains(incubator));
        EClass need = (EClass) SticPackage.eINSTANCE.getEClassifier("SegmentNeed");
        assertNotNull(need);
        assertNull(panel.diagram().bounds(need), "only the STIC classes the file specialises");
        domain.getCommandStack().execute(AddCommand.create(domain, incubator, EcorePackage.Literals.ECLASS__ESUPER_TYPES,
                SticPackage.eINSTANCE.getParticipant()));
        for (String name : List.of("capacity", "founded")) {
            EAttribute a = EcoreFactory.eINSTANCE.createEAttribute();
            a.setName(name);
            a.setEType(name.equals("capacity") ? EcorePackage.Literals.EINT : EcorePackage.Literals.EDATE);
            domain.getCommandStack().execute(AddCommand.create(domain, incubator,
                    EcorePackage.Literals.ECLASS__ESTRUCTURAL_FEATURES, a));
        }
        Ui.settle();
        ClassDiagram after = panel.diagram();
        assertTrue(after.bounds(SticPackage.eINSTANCE.getParticipant()).getMaxY() < after.bounds(incubator).getY(),
                "Incubator drawn below Participant, which it specialises");
        assertTrue(after.bounds(incubator).getHeight() > after.bounds(SticPackage.eINSTANCE.getParticipant()).getHeight(),
                "with its two attributes listed");
        assertTrue(inked(panel, incubator));

        // A click on its box selects it in the tree; the selection is marked on the diagram.
        Rectangle box = panel.boxOnCanvas(incubator);
        Ui.click(panel.canvas(), box.x + box.width / 2, box.y + box.height / 2);
        Ui.waitFor("the click selects the class in the tree",
                () -> editor.getViewer().getStructuredSelection().getFirstElement() == incubator);
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "metamodel-class-diagram-incubator");

        // Undo and redo: the diagram follows.
        Command rename = SetCommand.create(domain, incubator, EcorePackage.Literals.ENAMED_ELEMENT__NAME, "Accelerator");
        domain.getCommandStack().execute(rename);
        while (domain.getCommandStack().canUndo()) {
            domain.getCommandStack().undo();
        }
        Ui.settle();
        assertFalse(panel.diagram().classes().contains(incubator), "undone: gone from the diagram");
        domain.getCommandStack().redo();
        Ui.settle();
        assertTrue(panel.diagram().classes().contains(incubator), "redone: back");
        assertNotNull(panel.boxOnCanvas(incubator));
        assertEquals(5, panel.diagram().classes().size(), "Technopark, SharedLaboratory, Participant, KeyResource, Incubator");
    }

    /** Whether the canvas shows dark ink on the class's box outline (read back from the screen). */
    private static boolean inked(ClassDiagramPanel panel, EClass c) {
        Rectangle box = panel.boxOnCanvas(c);
        Image image = new Image(panel.canvas().getDisplay(), panel.canvas().getSize().x, panel.canvas().getSize().y);
        GC gc = new GC(panel.canvas());
        try {
            gc.copyArea(image, 0, 0);
            ImageData data = image.getImageData();
            int dark = 0;
            for (int x = Math.max(0, box.x); x < Math.min(data.width, box.x + box.width); x++) {
                for (int y = Math.max(0, box.y - 1); y <= Math.min(data.height - 1, box.y + 1); y++) {
                    RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    if (rgb.red + rgb.green + rgb.blue < 3 * 160) {
                        dark++; // the box's top edge: one dark pixel in this column is enough
                        break;
                    }
                }
            }
            return dark > box.width / 2;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}

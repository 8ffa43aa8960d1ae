package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stic.SticPackage;
import org.stic.examples.ExtensionExample;
import org.stic.extensions.ProjectSettings;
import org.stic.extensions.SticProject;
import org.stic.ui.metamodel.MetamodelEditor;
import org.stic.ui.wizards.NewSticExtensionWizard;

/**
 * File > New > STIC Extension in the extension example's project: the page refuses a first class whose name another
 * extension of the project has (the project's own message), then writes the .ecore (plain EMF, STIC by nsURI),
 * declares it in stic-project.json beside the extension already there, and opens it in the metamodel editor; the
 * project then loads it. Screenshots: target/screenshots/new-extension-*.png.
 */
class NewExtensionWizardTest {

    @RegisterExtension
    final CleanWorkbench workbench = CleanWorkbench.withExtensionExample();
    private final IWorkbenchPage page = workbench.page();

    @Test
    void theWizardWritesTheExtensionDeclaresItAndOpensIt() throws Exception {
        IProject project = workbench.project();
        assertInstanceOf(NewSticExtensionWizard.class, PlatformUI.getWorkbench().getNewWizardRegistry()
                .findWizard(NewSticExtensionWizard.ID).createWizard(), "offered under File > New");
        IFolder metamodel = project.getFolder("metamodel");
        NewSticExtensionWizard wizard = new NewSticExtensionWizard();
        Shell shell = WizardTesting.open(wizard, new StructuredSelection(metamodel)).getShell();
        wizard.filePage().setFileName("science.ecore");
        WizardTesting.click(shell, "Next >");
        UiTestSupport.spin(5);

        // A first class named like the example extension's: the message the metamodel editor gives, and no Finish.
        wizard.extensionPage().fill("science", "http://www.stic.org/ext/science/1.0", "Technopark",
                SticPackage.eINSTANCE.getParticipant());
        UiTestSupport.spin(5);
        assertEquals("The name 'Technopark' is already used by extension 'technopark'; rename it, e.g. with a prefix"
                + " of your methodology (until then the project does not load the extension)",
                wizard.extensionPage().getErrorMessage());
        assertFalse(wizard.canFinish());
        UiTestSupport.screenshot(shell, "new-extension-clash");
        wizard.extensionPage().fill("science", "http://www.stic.org/ext/science/1.0", "ScienceCentre",
                SticPackage.eINSTANCE.getParticipant());
        UiTestSupport.spin(5);
        assertTrue(wizard.canFinish(), () -> wizard.extensionPage().getErrorMessage());
        UiTestSupport.screenshot(shell, "new-extension-page");
        WizardTesting.click(shell, "Finish");
        UiTestSupport.spin(10);

        IFile created = metamodel.getFile("science.ecore");
        assertTrue(created.exists());
        Path file = created.getLocation().toFile().toPath();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("name=\"science\" nsURI=\"http://www.stic.org/ext/science/1.0\" nsPrefix=\"science\""), text);
        assertTrue(text.contains("name=\"ScienceCentre\" eSuperTypes=\"http://www.stic.org/stic/2.0#//Participant\""), text);
        ResourceSet plain = new ResourceSetImpl();
        plain.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource read = plain.getResource(URI.createFileURI(file.toString()), true);
        EClass centre = (EClass) ((EPackage) read.getContents().get(0)).getEClassifier("ScienceCentre");
        assertSame(SticPackage.eINSTANCE.getParticipant(), centre.getESuperTypes().get(0), "plain EMF resolves it");

        Path settings = project.getFile(ProjectSettings.FILE_NAME).getLocation().toFile().toPath();
        ProjectSettings declared = ProjectSettings.read(settings);
        assertEquals(List.of(file.getParent().resolve("technopark.ecore"), file), declared.extensions(),
                "declared after the extension already there");
        assertEquals(1, declared.rules().size(), "the rules kept");
        SticProject loaded = SticProject.forModel(project.getFile(ExtensionExample.MODEL).getLocation().toFile().toPath());
        assertEquals(List.of("technopark", "science"), loaded.extensions().stream().map(EPackage::getName).toList());
        assertEquals(List.of(), loaded.problems());

        MetamodelEditor editor = assertInstanceOf(MetamodelEditor.class, page.getActiveEditor(), "opened");
        assertEquals("science", editor.getPackage().getName());
        assertEquals(List.of(), editor.problems());
        assertNotNull(editor.getPackage().getEClassifier("ScienceCentre"));
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "new-extension-opened");
    }
}

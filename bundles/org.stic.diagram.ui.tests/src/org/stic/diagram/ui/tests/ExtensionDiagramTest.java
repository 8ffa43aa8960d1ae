package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.NamedElement;
import org.stic.diagram.Decoration;
import org.stic.diagram.View;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.editor.DiagramEditor;
import org.stic.diagram.ui.handlers.OpenDiagramHandler;
import org.stic.examples.ExtensionExample;

/**
 * The worked extension example on the diagram: the extension's elements are drawn as their STIC supertype, the
 * project's user rules decorate them beside the built-in ones, and editing the rule file re-decorates at once.
 */
class ExtensionDiagramTest {

    private static final String LABORATORY = "Общая аналитическая лаборатория";

    private IWorkbenchPage page;
    private IProject project;

    @BeforeEach
    void copyExample() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("methodology-diagram");
        project.create(null);
        project.open(null);
        ExtensionExample.copyTo(project.getLocation().toFile().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
    }

    @AfterEach
    void closeAll() throws Exception {
        page.closeAllEditors(false);
        Ui.settle();
        project.delete(true, true, null);
    }

    private static SceneNode node(DiagramEditor editor, String name) {
        return editor.getViewer().getScene().nodes().stream()
                .filter(n -> n.element() instanceof NamedElement ne && name.equals(ne.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + name));
    }

    private static List<String> rules(DiagramEditor editor, String name) {
        return node(editor, name).decorations().stream().map(Decoration::ruleId).sorted().toList();
    }

    @Test
    void userRulesDecorateTheExtensionsElementsAndFollowTheRuleFile() throws Exception {
        IFile model = project.getFile(ExtensionExample.MODEL);
        DiagramEditor editor = OpenDiagramHandler.open(page, model, View.BOTH);
        Ui.waitFor("the diagram is drawn", () -> editor.getViewer().getScene() != null);
        assertEquals("SharedLaboratory", node(editor, LABORATORY).element().eClass().getName());
        assertEquals(List.of("USR-003"), rules(editor, LABORATORY), "the user rule's badge on the laboratory");
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "extension-diagram");

        // The methodologist drops the accreditation rule: the badge goes without reopening the diagram.
        IFile rules = project.getFile("rules/methodology.ocl");
        String text = new String(rules.getContents().readAllBytes(), StandardCharsets.UTF_8);
        String without = text.replaceAll("(?s)context SharedLaboratory\n.*?inv accredited:[^\n]*\n", "");
        rules.setContents(new ByteArrayInputStream(without.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        Ui.waitFor("the laboratory's badge has gone", () -> rules(editor, LABORATORY).isEmpty());
    }
}

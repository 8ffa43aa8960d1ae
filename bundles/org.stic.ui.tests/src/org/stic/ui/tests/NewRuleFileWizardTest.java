package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stic.cli.Cli;
import org.stic.ui.rules.OclRuleEditor;
import org.stic.ui.wizards.NewRuleFileWizard;

/**
 * File > New > STIC Rule File in the extension example's project: the file is created with its example rule under
 * the next free id, named in stic-project.json beside the rules already there, opened in the rule editor without a
 * problem; the command line's {@code stic validate} then runs the new rule on the project's model.
 * Screenshots: target/screenshots/new-rule-file-*.png.
 */
class NewRuleFileWizardTest {

    @RegisterExtension
    final CleanWorkbench workbench = CleanWorkbench.withExtensionExample();
    private final IWorkbenchPage page = workbench.page();

    @Test
    void theNewRuleFileIsRegisteredOpensCleanAndTheCommandLineRunsItsRule() throws Exception {
        IProject project = workbench.project();
        assertTrue(PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewRuleFileWizard.ID).createWizard()
                instanceof NewRuleFileWizard, "offered under File > New");
        NewRuleFileWizard wizard = new NewRuleFileWizard();
        WizardDialog dialog = WizardTesting.open(wizard, new StructuredSelection(project.getFolder("rules")));
        wizard.filePage().setFileName("checks");
        UiTestSupport.spin(10);
        assertTrue(wizard.canFinish());
        UiTestSupport.screenshot(dialog.getShell(), "new-rule-file-wizard");
        assertTrue(wizard.performFinish());
        dialog.close();
        UiTestSupport.spin(10);

        IFile created = project.getFile("rules/checks.ocl");
        assertTrue(created.exists());
        String text = new String(created.getContents().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("-- @rule USR-005 severity=info"), "the next id after the example's USR-004:\n" + text);
        Path settings = project.getLocation().toFile().toPath().resolve("stic-project.json");
        assertEquals("""
                {
                  "extensions": ["metamodel/technopark.ecore"],
                  "rules": ["rules/methodology.ocl", "rules/checks.ocl"]
                }
                """, Files.readString(settings, StandardCharsets.UTF_8));

        OclRuleEditor editor = assertInstanceOf(OclRuleEditor.class, page.getActiveEditor());
        UiTestSupport.spinUntil("the first check", () -> editor.checks() > 0, 20_000);
        assertEquals(Map.of(), editor.findings(), "the example rule reads without a problem");
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "new-rule-file-opened");

        // the command line reads the same project: the example rule finds the participants without a location
        Path model = project.getLocation().toFile().toPath().resolve("models/technopark-cluster.stic");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new String[] {"validate", model.toString(), "--lang", "en"}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        List<String> usr5 = out.toString().lines().filter(l -> l.contains("USR-005")).toList();
        assertEquals(3, usr5.size(), "exit " + exit + "\n" + out + err);
        assertTrue(err.toString().isBlank(), err.toString());
    }
}

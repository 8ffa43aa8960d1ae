package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.model.io.SticResources;
import org.stic.ui.preferences.RulesPreferencePage;
import org.stic.ui.project.ProjectMarkers;
import org.stic.ui.validation.ModelValidation;
import org.stic.ui.validation.SticMarkers;
import org.stic.ui.validation.WorkspaceRuleSettings;
import org.stic.ui.wizards.ModelTemplate;
import org.stic.ui.wizards.NewSticProjectWizard;
import org.stic.validation.RuleSettings;
import org.stic.validation.Severity;

/** The rule preferences: the page lists the catalogue, and the workspace settings drive the markers. */
class RuleSettingsUiTest {

    @AfterEach
    void tearDown() throws Exception {
        Files.deleteIfExists(WorkspaceRuleSettings.file());
        UiTestSupport.deleteAllProjects();
    }

    @Test
    void pageListsEveryRuleOfTheCatalogue() throws Exception {
        Shell shell = new Shell(Display.getCurrent());
        RulesPreferencePage page = new RulesPreferencePage();
        page.init(PlatformUI.getWorkbench());
        page.createControl(shell);
        Table table = UiTestSupport.find(shell, Table.class);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 1020);
        shell.open();
        shell.layout(true, true);
        UiTestSupport.spin(20);
        int rules = ModelValidation.validator().catalogue().rules().size();
        // the analysis' five rules (ANA-001..005) follow the catalogue's, switched off and re-graded the same way
        assertEquals(rules + 5, table.getItemCount());
        assertTrue(table.getItem(0).getChecked(), "rules are on by default");
        assertTrue(page.performOk());
        assertTrue(WorkspaceRuleSettings.load().overrides().isEmpty(), "defaults store no overrides");
        TableItem ana = table.getItem(rules);
        assertEquals("ANA-001", ana.getText(0));
        assertTrue(ana.getChecked());
        ana.setChecked(false);
        Event check = new Event();
        check.item = ana;
        check.detail = SWT.CHECK;
        table.notifyListeners(SWT.Selection, check);
        table.setSelection(table.getItemCount() - 1);
        table.showSelection();
        UiTestSupport.screenshot(shell, "rules-preferences-analysis");
        assertTrue(page.performOk());
        assertEquals(null, WorkspaceRuleSettings.load().effectiveSeverity("ANA-001", Severity.WARNING),
                "ANA-001 switched off in the workspace");
        page.dispose();
        shell.dispose();
    }

    @Test
    void disabledRuleGivesNoMarkers() throws Exception {
        IFile file = NewSticProjectWizard.create(ResourcesPlugin.getWorkspace().getRoot().getProject("rules"), null,
                ModelTemplate.all().get(1), null);
        var resource = SticResources.load(file.getLocation().toFile().toPath()).eResource();
        var cluster = (Cluster) resource.getContents().get(0);
        cluster.getInternalContour().getKeyActions().get(0).getSupportingResources().clear();

        ModelValidation.validate(file, resource);
        assertTrue(hasRule(file, "INT-001"));

        WorkspaceRuleSettings.save(RuleSettings.defaults().disable("INT-001"));
        ModelValidation.validate(file, resource);
        assertFalse(hasRule(file, "INT-001"), "INT-001 switched off in the preferences");
    }

    @Test
    void aModelsRuleSettingsFileGetsMarkersAndABadByteDoesNotBringSwitchedOffRulesBack() throws Exception {
        IFile file = NewSticProjectWizard.create(ResourcesPlugin.getWorkspace().getRoot().getProject("rules-file"),
                null, ModelTemplate.all().get(1), null);
        var resource = SticResources.load(file.getLocation().toFile().toPath()).eResource();
        var cluster = (Cluster) resource.getContents().get(0);
        cluster.getInternalContour().getKeyActions().get(0).getSupportingResources().clear();
        // a comment saved in Windows-1251, a switched-off rule, and a line that is no setting
        IFile rules = file.getParent().getFile(new org.eclipse.core.runtime.Path(file.getName() + ".rules"));
        rules.create(new java.io.ByteArrayInputStream("# отключено\nINT-001 = off\nNET-003 = sometimes\n"
                .getBytes(Charset.forName("windows-1251"))), true, null);

        ModelValidation.validate(file, resource);
        assertFalse(hasRule(file, "INT-001"), "INT-001 stays off");
        UiTestSupport.spinUntil("markers on the rule settings file",
                () -> markers(rules).size() == 2, 10_000);
        assertEquals(List.of("1:3: the byte 0xEE is not UTF-8; save the file in UTF-8 (it may have been"
                + " saved as Windows-1251)", "3:11: 'sometimes' for NET-003 is not one of off, on, error, warning,"
                + " info"), markers(rules));
    }

    /** "line:column: message" of each problem marker of a file, by line. */
    private static java.util.List<String> markers(IFile file) {
        try {
            return Arrays.stream(file.findMarkers(ProjectMarkers.TYPE, false,
                    IResource.DEPTH_ZERO)).sorted(Comparator.comparingInt(m -> m.getAttribute(
                            IMarker.LINE_NUMBER, 0))).map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + ":"
                                    + m.getAttribute(ProjectMarkers.COLUMN, 0) + ": "
                                    + m.getAttribute(IMarker.MESSAGE, "")).toList();
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasRule(IFile file, String rule) throws Exception {
        for (IMarker m : file.findMarkers(SticMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
            if (rule.equals(m.getAttribute(SticMarkers.RULE_ID, ""))) {
                return true;
            }
        }
        return false;
    }
}

package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stic.model.io.SticResources;
import org.stic.ui.preferences.RulesPreferencePage;
import org.stic.ui.validation.ModelValidation;
import org.stic.ui.validation.SticMarkers;
import org.stic.ui.validation.WorkspaceRuleSettings;
import org.stic.ui.wizards.ModelTemplate;
import org.stic.ui.wizards.NewSticProjectWizard;
import org.stic.validation.RuleSettings;

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
        int rules = ModelValidation.validator().catalogue().rules().size();
        assertEquals(rules, table.getItemCount());
        assertTrue(table.getItem(0).getChecked(), "rules are on by default");
        assertTrue(page.performOk());
        assertTrue(WorkspaceRuleSettings.load().overrides().isEmpty(), "defaults store no overrides");
        page.dispose();
        shell.dispose();
    }

    @Test
    void disabledRuleGivesNoMarkers() throws Exception {
        IFile file = NewSticProjectWizard.create(ResourcesPlugin.getWorkspace().getRoot().getProject("rules"), null,
                ModelTemplate.all().get(1), null);
        var resource = SticResources.load(file.getLocation().toFile().toPath()).eResource();
        var cluster = (org.stic.Cluster) resource.getContents().get(0);
        cluster.getInternalContour().getKeyActions().get(0).getSupportingResources().clear();

        ModelValidation.validate(file, resource);
        assertTrue(hasRule(file, "INT-001"));

        WorkspaceRuleSettings.save(RuleSettings.defaults().disable("INT-001"));
        ModelValidation.validate(file, resource);
        assertFalse(hasRule(file, "INT-001"), "INT-001 switched off in the preferences");
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

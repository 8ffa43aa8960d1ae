package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stic.Cluster;
import org.stic.SticPackage;
import org.stic.tests.support.SwtTesting;
import org.stic.ui.editor.SticEditor;

/**
 * A model of metamodel 1.0 in the workbench: it opens migrated, the editor says above the tree that saving upgrades the
 * file and that older installations will not read it, and the first save asks; cancelled, the file stays 1.0.
 */
class UpgradeNoticeTest {

    private static final long TIMEOUT = 20_000;
    private static final String DIALOG = "Save in metamodel 2.0?";
    @RegisterExtension
    final CleanWorkbench workbench = CleanWorkbench.empty();
    private final IWorkbenchPage page = workbench.page();



    @Test
    void aOneZeroFileOpensWithANoticeAndIsUpgradedOnlyWhenTheUserConfirmsTheFirstSave() throws Exception {
        byte[] oneZero;
        try (var in = UpgradeNoticeTest.class.getResourceAsStream("/resources/v1_0/starter.stic")) {
            oneZero = in.readAllBytes(); // the starter example as it was shipped in 1.0
        }
        assertTrue(new String(oneZero, StandardCharsets.UTF_8).contains("http://www.stic.org/stic/1.0"));
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("legacy");
        project.create(null);
        project.open(null);
        IFile file = project.getFile("old.stic");
        file.create(new ByteArrayInputStream(oneZero), IResource.FORCE, null);

        SticEditor editor = assertInstanceOf(SticEditor.class, IDE.openEditor(page, file, SticEditor.ID));
        assertNull(editor.getLoadError(), "a 1.0 file opens");
        String notice = editor.upgradeNotice();
        assertNotNull(notice, "the editor says the file is upgraded");
        assertTrue(notice.contains("metamodel 1.0") && notice.contains("older STIC Workbench installations will not"
                + " open it"), notice);
        assertFalse(editor.isDirty(), "opening changes nothing");
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "upgrade-notice");

        Cluster cluster = (Cluster) editor.getResource().getContents().get(0);
        EditingDomain domain = editor.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, cluster, SticPackage.Literals.NAMED_ELEMENT__NAME,
                "Переименованный кластер"));
        UiTestSupport.spinUntil("dirty", editor::isDirty, TIMEOUT);

        // the first save asks; the dialog is photographed, then cancelled: nothing is written
        boolean[] photographed = {false};
        String asked = UiTesting.answering(DIALOG, () -> editor.doSave(null), "Cancel", dialog -> {
            try {
                SwtTesting.screenshot(dialog, "upgrade-dialog");
                photographed[0] = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertNotNull(asked, "the first save asks");
        assertTrue(asked.contains("older than metamodel 2.0 will no longer open it"), asked);
        assertTrue(photographed[0], "the dialog was photographed");
        assertArrayEquals(oneZero, Files.readAllBytes(file.getLocation().toFile().toPath()), "cancelled: the file is untouched");
        assertTrue(editor.isDirty());
        assertNotNull(editor.upgradeNotice());

        asked = UiTesting.answering(DIALOG, () -> editor.doSave(null), "Save in 2.0");
        assertNotNull(asked);
        UiTestSupport.spinUntil("saved", () -> !editor.isDirty(), TIMEOUT);
        String saved = Files.readString(file.getLocation().toFile().toPath());
        assertTrue(saved.contains("xmlns:stic=\"" + SticPackage.eNS_URI + "\"") && saved.contains("Переименованный кластер"), saved);
        assertNull(editor.upgradeNotice(), "the file is in 2.0 now: the notice is gone");

        // later saves do not ask again
        domain.getCommandStack().execute(SetCommand.create(domain, cluster, SticPackage.Literals.NAMED_ELEMENT__NAME, "Ещё раз"));
        assertNull(UiTesting.answering(DIALOG, () -> editor.doSave(null), "Cancel"),
                "only the first save asks");
        UiTestSupport.spinUntil("saved again", () -> !editor.isDirty(), TIMEOUT);
    }

}

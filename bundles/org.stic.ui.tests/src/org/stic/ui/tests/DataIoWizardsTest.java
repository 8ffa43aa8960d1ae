package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.ui.dataio.ExportWizard;
import org.stic.ui.dataio.ImportWizard;
import org.stic.ui.editor.SticEditor;
import org.stic.ui.wizards.ModelTemplate;
import org.stic.ui.wizards.NewSticProjectWizard;

/**
 * The spreadsheet wizards opened on their own (DataIoMenusTest opens them through File > Import and Export): driven
 * through their widgets,
 * the import's preview read back, Finish applied as one command of the open editor and taken back by one Undo, the
 * export read back by POI. Screenshots of each page are kept under target/screenshots/.
 */
class DataIoWizardsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CleanWorkbench workbench = CleanWorkbench.empty();
    private final IWorkbenchPage page = workbench.page();
    private SticEditor editor;
    private Cluster cluster;

    @BeforeEach
    void setUp() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("kaluga");
        ModelTemplate kaluga = ModelTemplate.all().stream().filter(t -> "kaluga-pharma".equals(t.example()))
                .findFirst().orElseThrow();
        IFile file = NewSticProjectWizard.create(project, null, kaluga, null);
        editor = (SticEditor) IDE.openEditor(page, file, SticEditor.ID);
        cluster = (Cluster) editor.getSession().resource().getContents().get(0);
    }

    @Test
    void importPreviewsTheMappingAndChangesThenAppliesAsOneUndoableCommand() throws Exception {
        Participant first = cluster.getParticipants().get(0);
        Path csv = dir.resolve("реестр.csv");
        Files.writeString(csv, "№;Наименование;Вид;Местонахождение\n"
                + "1;" + first.getName() + ";прочее;Калуга\n"
                + "2;ООО «Новый резидент»;малое или среднее предприятие;Обнинск\n", StandardCharsets.UTF_8);
        int before = cluster.getParticipants().size();

        WizardDialog dialog = WizardTesting.open(new ImportWizard(), StructuredSelection.EMPTY);
        Shell shell = dialog.getShell();
        UiTestSupport.all(shell, Text.class).get(0).setText(csv.toString());
        UiTestSupport.screenshot(shell, "import-source");
        WizardTesting.click(shell, "Next >");
        UiTestSupport.spin(10);
        WizardTesting.click(shell, "Next >"); // the columns as their headers say
        UiTestSupport.spin(10);
        List<Table> tables = UiTestSupport.all(shell, Table.class);
        List<String> columns = rows(tables.get(0));
        assertTrue(columns.contains("реестр.csv (Participants) | № | not imported"), columns::toString);
        assertTrue(columns.contains("реестр.csv (Participants) | Вид | Kind"), columns::toString);
        List<String> changes = rows(tables.get(1));
        assertTrue(changes.contains("added | ООО «Новый резидент» | реестр.csv:3 | Kind: SME; Location: Обнинск"),
                changes::toString);
        assertTrue(changes.contains("changed | " + first.getName() + " | реестр.csv:2 | Kind: cluster organisation"
                + " → other"), changes::toString);
        UiTestSupport.screenshot(shell, "import-preview");
        assertTrue(dialog.getCurrentPage().isPageComplete());
        assertEquals(before, cluster.getParticipants().size(), "nothing changes before Finish");

        WizardTesting.click(shell, "Finish");
        UiTestSupport.spin(10);
        assertEquals(before + 1, cluster.getParticipants().size());
        assertEquals(ParticipantKind.OTHER, first.getKind());
        assertTrue(editor.isDirty());
        assertEquals("Import from реестр.csv", editor.getSession().commandStack().getUndoCommand().getLabel());
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "import-applied");

        editor.getSession().commandStack().undo();
        assertEquals(before, cluster.getParticipants().size(), "one Undo takes the whole import back");
        assertEquals(ParticipantKind.CLUSTER_ORGANISATION, first.getKind());
        editor.getSession().commandStack().redo();
        assertEquals(before + 1, cluster.getParticipants().size());
    }

    @Test
    void bothWizardsAreOfferedUnderFileImportAndExport() throws Exception {
        var imports = PlatformUI.getWorkbench().getImportWizardRegistry()
                .findWizard("org.stic.ui.wizards.importSpreadsheet");
        var exports = PlatformUI.getWorkbench().getExportWizardRegistry()
                .findWizard("org.stic.ui.wizards.exportCatalogues");
        assertEquals("Participants and Interactions from CSV or XLSX", imports.getLabel());
        assertEquals("Catalogues to XLSX or CSV", exports.getLabel());
        assertTrue(imports.createWizard() instanceof ImportWizard);
        assertTrue(exports.createWizard() instanceof ExportWizard);
    }

    @Test
    void aFileWithABadRowShowsItsPositionAndCannotBeFinished() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "Name,Kind\nA,SME\nB,factory\n", StandardCharsets.UTF_8);
        int before = cluster.getParticipants().size();
        WizardDialog dialog = WizardTesting.open(new ImportWizard(), StructuredSelection.EMPTY);
        Shell shell = dialog.getShell();
        UiTestSupport.all(shell, Text.class).get(0).setText(csv.toString());
        WizardTesting.click(shell, "Next >");
        UiTestSupport.spin(10);
        WizardTesting.click(shell, "Next >");
        UiTestSupport.spin(10);
        List<String> changes = rows(UiTestSupport.all(shell, Table.class).get(1));
        assertTrue(changes.get(0).startsWith("error |  | bad.csv:3:2 | 'factory' is none of the values"),
                changes::toString);
        assertFalse(dialog.getCurrentPage().isPageComplete());
        assertFalse(WizardTesting.button(shell, "Finish").isEnabled());
        UiTestSupport.screenshot(shell, "import-error");
        dialog.close();
        assertEquals(before, cluster.getParticipants().size());
        assertFalse(editor.isDirty());
    }

    @Test
    void exportWritesAWorkbookOfEveryCatalogue() throws Exception {
        Path xlsx = dir.resolve("каталоги.xlsx");
        WizardDialog dialog = WizardTesting.open(new ExportWizard(), StructuredSelection.EMPTY);
        Shell shell = dialog.getShell();
        List<String> catalogues = rows(UiTestSupport.all(shell, Table.class).get(0));
        assertEquals(14, catalogues.size(), catalogues::toString);
        assertEquals("Participants | " + cluster.getParticipants().size(), catalogues.get(0));
        UiTestSupport.all(shell, Text.class).get(0).setText(xlsx.toString());
        UiTestSupport.screenshot(shell, "export");
        WizardTesting.click(shell, "Finish");
        UiTestSupport.spin(10);
        assertTrue(Files.exists(xlsx));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(14, wb.getNumberOfSheets());
            assertEquals(cluster.getParticipants().size(), wb.getSheetAt(0).getLastRowNum());
            assertEquals(cluster.getParticipants().get(0).getName(), wb.getSheetAt(0).getRow(1).getCell(1)
                    .getStringCellValue());
        }
    }

    private static List<String> rows(Table table) {
        return Arrays.stream(table.getItems()).map(DataIoWizardsTest::row).toList();
    }

    private static String row(TableItem item) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < item.getParent().getColumnCount(); i++) {
            b.append(i == 0 ? "" : " | ").append(item.getText(i));
        }
        return b.toString();
    }
}

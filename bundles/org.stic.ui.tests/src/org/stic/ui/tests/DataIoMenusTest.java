package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.Membership;
import org.stic.Participant;
import org.stic.dataio.MappingFile;
import org.stic.examples.Examples;
import org.stic.model.edit.Language;
import org.stic.model.io.SticResources;
import org.stic.ui.editor.SticEditor;
import org.stic.ui.wizards.ModelTemplate;
import org.stic.ui.wizards.NewSticProjectWizard;

/**
 * The spreadsheet wizards as a user reaches them: File > Import... and File > Export... in the real workbench, the
 * wizard picked in the platform's list, every page filled through its widgets. The Kaluga participants come in from
 * a registry with Russian headers saved in Windows-1251 (one column left out on the mapping page, the mapping saved
 * and read back as the command line reads it), then from the same registry as an XLSX workbook (which fills in what
 * was left out), then every catalogue goes out as a workbook read back by POI. Screenshots of each page are kept
 * under target/screenshots/.
 */
class DataIoMenusTest {

    private static final String IMPORT_WIZARD = "Participants and Interactions from CSV or XLSX";
    private static final String EXPORT_WIZARD = "Catalogues to XLSX or CSV";

    @TempDir
    Path dir;

    @RegisterExtension
    final CleanWorkbench workbench = CleanWorkbench.empty();
    private final IWorkbenchPage page = workbench.page();
    private SticEditor editor;
    private Cluster cluster;

    @BeforeEach
    void setUp() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("registry");
        IFile file = NewSticProjectWizard.create(project, null, ModelTemplate.EMPTY, null);
        editor = (SticEditor) IDE.openEditor(page, file, SticEditor.ID);
        cluster = (Cluster) editor.getSession().resource().getContents().get(0);
    }

    @Test
    void kalugaParticipantsComeInFromCsvAndXlsxThroughFileImportAndGoOutThroughFileExport() throws Exception {
        Cluster kaluga = SticResources.load(Examples.path(Examples.KALUGA_PHARMA));
        Path csv = dir.resolve("участники.csv");
        try (InputStream in = DataIoMenusTest.class.getResourceAsStream(
                "/resources/dataio/kaluga-participants-cp1251.csv")) {
            Files.copy(in, csv);
        }
        Path mapping = dir.resolve("сопоставление.txt");
        assertTrue(cluster.getParticipants().isEmpty());

        // CSV in Windows-1251: the location column left out on the mapping page, the mapping saved
        WizardTesting.run(() -> fileMenu("Import..."),
                dialog -> WizardTesting.pickWizard(dialog, IMPORT_WIZARD),
                dialog -> {
                    visibleTexts(dialog).get(0).setText(csv.toString());
                    UiTestSupport.screenshot(dialog, "menus-import-source");
                    return WizardTesting.clickWhenEnabled(dialog, "Next >");
                },
                dialog -> WizardTesting.onPage(dialog, "mapping") && mappingPage(dialog, mapping),
                dialog -> {
                    UiTestSupport.screenshot(dialog, "menus-import-mapping");
                    return WizardTesting.clickWhenEnabled(dialog, "Next >");
                },
                dialog -> WizardTesting.onPage(dialog, "preview") && dialog.isEnabled() && previewAndFinish(dialog,
                        "menus-import-preview-csv"));
        assertEquals(kaluga.getParticipants().size(), cluster.getParticipants().size());
        Map<String, Participant> imported = byName(cluster);
        for (Participant expected : kaluga.getParticipants()) {
            Participant p = imported.get(expected.getName());
            assertNotNull(p, expected.getName());
            assertEquals(expected.getKind(), p.getKind(), expected.getName());
            assertEquals(expected.getRoles(), p.getRoles(), expected.getName());
            assertEquals(expected.getCitation(), p.getCitation(), expected.getName());
            assertNull(p.getLocation(), "the location column was left out: " + expected.getName());
        }
        assertEquals("Import from участники.csv", editor.getSession().commandStack().getUndoCommand().getLabel());

        // the saved mapping is one the command line reads: the location column left out, the name mapped
        String saved = Files.readString(mapping);
        assertTrue(saved.contains("\nМестонахождение = -\n"), saved);
        assertTrue(saved.contains("\nНаименование организации = name\n"), saved);
        MappingFile read = MappingFile.read(mapping, Language.EN);
        assertEquals("-", read.spec("Местонахождение"));
        assertEquals("name", read.spec("наименование  организации"));

        // the same registry as a workbook: every column mapped from its header, so the locations come in too
        Path xlsx = workbook(csv, dir.resolve("участники.xlsx"));
        WizardTesting.run(() -> fileMenu("Import..."),
                dialog -> WizardTesting.pickWizard(dialog, IMPORT_WIZARD),
                dialog -> {
                    visibleTexts(dialog).get(0).setText(xlsx.toString());
                    return WizardTesting.clickWhenEnabled(dialog, "Next >");
                },
                dialog -> WizardTesting.onPage(dialog, "mapping") && dialog.isEnabled()
                        && WizardTesting.clickWhenEnabled(dialog, "Next >"),
                dialog -> WizardTesting.onPage(dialog, "preview") && dialog.isEnabled() && previewAndFinish(dialog,
                        "menus-import-preview-xlsx"));
        assertEquals(kaluga.getParticipants().size(), cluster.getParticipants().size(), "updated, not duplicated");
        imported = byName(cluster);
        for (Participant expected : kaluga.getParticipants()) {
            Participant p = imported.get(expected.getName());
            assertEquals(expected.getLocation(), p.getLocation(), expected.getName());
            assertEquals(expected.getKind(), p.getKind(), expected.getName());
            assertEquals(expected.getMembership() == null ? Membership.UNSPECIFIED : expected.getMembership(),
                    p.getMembership(), expected.getName());
        }

        // every catalogue out as one workbook
        Path out = dir.resolve("каталоги.xlsx");
        WizardTesting.run(() -> fileMenu("Export..."),
                dialog -> WizardTesting.pickWizard(dialog, EXPORT_WIZARD),
                dialog -> {
                    visibleTexts(dialog).get(0).setText(out.toString());
                    UiTestSupport.screenshot(dialog, "menus-export");
                    return WizardTesting.clickWhenEnabled(dialog, "Finish");
                });
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet participants = wb.getSheetAt(0);
            assertEquals("Participants", participants.getSheetName());
            assertEquals(kaluga.getParticipants().size(), participants.getLastRowNum());
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= participants.getLastRowNum(); r++) {
                names.add(participants.getRow(r).getCell(1).getStringCellValue());
            }
            assertEquals(kaluga.getParticipants().stream().map(Participant::getName).sorted().toList(),
                    names.stream().sorted().toList());
        }
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "menus-after-import");
    }

    @Test
    void aSheetWithoutHeadersAndDuplicateHeadersAreMappedByLetterOnTheColumnsPage() throws Exception {
        Path xlsx = dir.resolve("реестр.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb.createSheet("Участники"), new String[][] {{"Технопарк «Калуга»", "технопарк", "Калуга"},
                {"Калужский университет", "вуз", "Калуга"}});
            fill(wb.createSheet("Взаимодействия"), new String[][] {{"Источник", "Адресат", "Заметка", "Заметка"},
                {"Технопарк «Калуга»", "Калужский университет", "аренда площадей", "договор № 12"}});
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Path mapping = dir.resolve("реестр.mapping");
        WizardTesting.run(() -> fileMenu("Import..."),
                dialog -> WizardTesting.pickWizard(dialog, IMPORT_WIZARD),
                dialog -> {
                    visibleTexts(dialog).get(0).setText(xlsx.toString());
                    return WizardTesting.clickWhenEnabled(dialog, "Next >");
                },
                dialog -> {
                    if (!WizardTesting.onPage(dialog, "mapping")) {
                        return false;
                    }
                    // read with a header row, the first participant is taken for the headers: no name column
                    assertFalse(WizardTesting.button(dialog, "Next >").isEnabled());
                    Button noHeader = UiTestSupport.all(dialog, Button.class).stream()
                            .filter(b -> "Участники".equals(b.getData())).findFirst().orElseThrow();
                    noHeader.setSelection(true);
                    noHeader.notifyListeners(SWT.Selection, new Event());
                    UiTestSupport.spin(10);
                    choose(dialog, "Участники", "A", "Name");
                    choose(dialog, "Участники", "B", "Kind");
                    choose(dialog, "Участники", "C", "Location");
                    assertEquals("not imported", choice(dialog, "Взаимодействия", "C").getText());
                    choose(dialog, "Взаимодействия", "C", "Description");
                    choose(dialog, "Взаимодействия", "D", "Citation");
                    assertTrue(WizardTesting.button(dialog, "Next >").isEnabled(),
                            String.valueOf(((WizardDialog) dialog.getData()).getCurrentPage().getErrorMessage()));
                    UiTestSupport.screenshot(dialog, "menus-import-mapping-by-letter");
                    visibleTexts(dialog).get(0).setText(mapping.toString());
                    WizardTesting.click(dialog, "Save Mapping");
                    return WizardTesting.clickWhenEnabled(dialog, "Next >");
                },
                dialog -> WizardTesting.onPage(dialog, "preview") && dialog.isEnabled() && previewAndFinish(dialog,
                        "menus-import-preview-by-letter"));
        assertEquals(List.of("Технопарк «Калуга»", "Калужский университет"),
                cluster.getParticipants().stream().map(Participant::getName).toList(), "the first row is data");
        assertEquals("Калуга", cluster.getParticipants().get(1).getLocation());
        assertEquals("аренда площадей", cluster.getInteractions().get(0).getDescription());
        assertEquals("договор № 12", cluster.getInteractions().get(0).getCitation());

        // the saved mapping: a section per sheet, the headerless sheet's columns and the twin headers by letter
        String saved = Files.readString(mapping);
        assertTrue(saved.contains("\n[Участники]\nheaders = none\ncolumn A = name\ncolumn B = kind\n"
                + "column C = location\n"), saved);
        assertTrue(saved.contains("\n[Взаимодействия]\nИсточник = source\nАдресат = target\ncolumn C = description\n"
                + "column D = citation\n"), saved);
        // and the command line's import reads it to the same result
        Cluster fresh = org.stic.SticFactory.eINSTANCE.createCluster();
        SticResources.create(SticResources.newResourceSet(), dir.resolve("fresh.stic"), fresh);
        org.stic.dataio.ImportPlan plan = new org.stic.dataio.Importer(Language.EN).plan(fresh, xlsx,
                org.stic.dataio.ReadOptions.DETECT, MappingFile.read(mapping, Language.EN));
        assertEquals(List.of(), plan.errors());
        plan.apply();
        assertEquals("договор № 12", fresh.getInteractions().get(0).getCitation());
        assertEquals("Калуга", fresh.getParticipants().get(0).getLocation());
    }

    private static void fill(XSSFSheet sheet, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            XSSFRow row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }

    /** The choice of column {@code letter} of table {@code table} on the mapping page. */
    private static Combo choice(Shell dialog, String table, String letter) {
        return UiTestSupport.all(dialog, Combo.class).stream()
                .filter(c -> table.equals(c.getData("table")) && letter.equals(c.getData("letter"))).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + letter + " in " + table));
    }

    private static void choose(Shell dialog, String table, String letter, String item) {
        select(choice(dialog, table, letter), item);
    }

    /**
     * On the mapping page: the defaults from the Russian headers, a required column taken away (the page says so and
     * holds Next back) and given back, the location left out, and the mapping saved.
     */
    private static boolean mappingPage(Shell dialog, Path mapping) throws Exception {
        assertEquals("Name", choice(dialog, "Наименование организации").getText());
        assertEquals("Kind", choice(dialog, "Вид").getText());
        assertEquals("not imported", choice(dialog, "№").getText());
        choose(dialog, "Наименование организации", "not imported");
        assertFalse(WizardTesting.button(dialog, "Next >").isEnabled(), "a registry without its names cannot go on");
        assertTrue(((WizardDialog) dialog.getData()).getCurrentPage().getErrorMessage().contains("Name"),
                ((WizardDialog) dialog.getData()).getCurrentPage().getErrorMessage());
        UiTestSupport.screenshot(dialog, "menus-import-mapping-error");
        choose(dialog, "Наименование организации", "Name");
        choose(dialog, "Местонахождение", "not imported");
        assertTrue(WizardTesting.button(dialog, "Next >").isEnabled());
        visibleTexts(dialog).get(0).setText(mapping.toString());
        WizardTesting.clickWhenEnabled(dialog, "Save Mapping");
        assertTrue(Files.exists(mapping));
        return true;
    }

    private static boolean previewAndFinish(Shell dialog, String screenshot) throws Exception {
        UiTestSupport.screenshot(dialog, screenshot);
        return WizardTesting.clickWhenEnabled(dialog, "Finish");
    }

    /** The choice of the column with this header on the mapping page. */
    private static Combo choice(Shell dialog, String header) {
        return UiTestSupport.all(dialog, Combo.class).stream().filter(c -> header.equals(c.getData()))
                .findFirst().orElseThrow(() -> new AssertionError("no column " + header));
    }

    /** Chooses as a user does: the item, then the selection event; the page checks the mapping on the next turn. */
    private static void choose(Shell dialog, String header, String item) {
        select(choice(dialog, header), item);
    }

    private static void select(Combo combo, String item) {
        int index = List.of(combo.getItems()).indexOf(item);
        assertTrue(index >= 0, item + " is none of " + List.of(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        UiTestSupport.spin(5);
    }

    /** The registry's rows as a workbook of one sheet, read by commons-csv and written by POI (the numbering as
     * numbers). */
    private static Path workbook(Path csv, Path xlsx) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                CSVParser rows = CSVParser.parse(csv, Charset.forName("windows-1251"),
                        CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(true).get())) {
            XSSFSheet sheet = wb.createSheet("Лист1");
            int r = 0;
            for (CSVRecord record : rows) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < record.size(); c++) {
                    if (c == 0 && r > 0) {
                        row.createCell(c).setCellValue(Integer.parseInt(record.get(c)));
                    } else {
                        row.createCell(c).setCellValue(record.get(c));
                    }
                }
                r++;
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        return xlsx;
    }

    /** The text fields of the page shown (the dialog keeps the pages passed, hidden). */
    private static List<Text> visibleTexts(Shell dialog) {
        return UiTestSupport.all(dialog, Text.class).stream().filter(Text::isVisible).toList();
    }

    private static Map<String, Participant> byName(Cluster cluster) {
        return cluster.getParticipants().stream().collect(Collectors.toMap(Participant::getName,
                Function.identity()));
    }

    /** Chooses File > {@code label} in the workbench window's menu bar, as a user does. */
    private void fileMenu(String label) {
        Menu bar = page.getWorkbenchWindow().getShell().getMenuBar();
        MenuItem file = UiTesting.item(bar, "File");
        MenuItem item = UiTesting.item(file.getMenu(), label);
        assertTrue(item.isEnabled(), label + " is enabled");
        item.notifyListeners(SWT.Selection, new Event());
    }
}

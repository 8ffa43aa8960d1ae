package org.stic.dataio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.ParticipantKind;
import org.stic.model.edit.Language;

/**
 * Each kind of bad input gives one clear message at its position, in bounded time and memory, and the model is not
 * touched: formulas (read by their cached values, or refused without one), merged cells, empty rows, a 50 MB file,
 * a zip bomb disguised as a workbook, CSV in an encoding that is neither UTF-8 nor Windows-1251.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private Cluster model;

    private ImportPlan plan(Path file) throws ImportException {
        model = Fixtures.emptyModel(dir, "model");
        return new Importer(Language.EN).plan(model, file, ReadOptions.DETECT, MappingFile.NONE);
    }

    private List<String> refused(Path file) {
        ImportException e = assertThrows(ImportException.class, () -> plan(file));
        assertEquals(0, model.getParticipants().size());
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void formulasAreReadByTheirCachedValuesAndSaid() throws Exception {
        Path file = dir.resolve("formulas.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Participants");
            s.createRow(0).createCell(0).setCellValue("Name");
            s.getRow(0).createCell(1).setCellValue("Kind");
            s.getRow(0).createCell(2).setCellValue("Stem");
            XSSFRow r = s.createRow(1);
            r.createCell(2).setCellValue("Калужский");
            r.createCell(0).setCellFormula("C2&\" завод\"");
            r.createCell(1).setCellValue("SME");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ImportPlan plan = plan(file);
        assertEquals(List.of(), plan.errors());
        assertTrue(plan.notes().stream().map(Problem::toString).toList().contains(file
                + "[Participants]:2:1: formula =C2&\" завод\" read by its cached value 'Калужский завод'"),
                plan.notes()::toString);
        plan.apply();
        assertEquals("Калужский завод", model.getParticipants().get(0).getName());
        assertEquals(ParticipantKind.SME, model.getParticipants().get(0).getKind());
    }

    @Test
    void aFormulaWithoutCachedValueIsRefused() throws Exception {
        Path file = dir.resolve("uncalculated.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Participants");
            s.createRow(0).createCell(0).setCellValue("Name");
            s.createRow(1).createCell(0).setCellFormula("UPPER(\"x\")");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        List<String> problems = refused(file);
        assertEquals(List.of(file + "[Participants]:2:1: the formula =UPPER(\"x\") has no cached value (the workbook"
                + " was not calculated and saved by a spreadsheet): open and save it, or replace the formula by its"
                + " value"), problems);
    }

    @Test
    void mergedCellsAreRefusedWhereTheyAre() throws Exception {
        Path file = dir.resolve("merged.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Participants");
            s.createRow(0).createCell(0).setCellValue("Name");
            s.getRow(0).createCell(1).setCellValue("Kind");
            s.createRow(1).createCell(0).setCellValue("A");
            s.getRow(1).createCell(1).setCellValue("SME");
            s.createRow(2).createCell(0).setCellValue("B");
            s.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertEquals(List.of(file + "[Participants]:2:2: the cells B2:B3 are merged: unmerge them and fill in each"
                + " row"), refused(file));
    }

    @Test
    void emptyRowsAreSkippedAndSaid() throws Exception {
        Path file = dir.resolve("gaps.csv");
        Files.writeString(file, "\nName,Kind\nA,SME\n,\n\nB,SME\n\n", StandardCharsets.UTF_8);
        ImportPlan plan = plan(file);
        assertEquals(List.of(), plan.errors());
        assertTrue(plan.notes().stream().map(Problem::toString).toList()
                .contains(file + ": 2 empty rows skipped (rows 4, 5)"), plan.notes()::toString);
        assertEquals(2, plan.count(Field.TableKind.PARTICIPANTS, Change.Kind.ADDED));
    }

    @Test
    void a50MegabyteFileIsRefusedBeforeItIsRead() throws Exception {
        for (String name : List.of("big.csv", "big.xlsx")) {
            Path file = dir.resolve(name);
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                f.setLength(50L << 20);
            }
            long start = System.nanoTime();
            assertEquals(List.of(file + ": the file is 50 MB; files of at most 32 MB are imported (a registry of"
                    + " participants takes far less: is this the right file?)"), refused(file));
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused at once");
        }
    }

    @Test
    void aZipBombDisguisedAsAWorkbookIsRefused() throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"/>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            for (int i = 0; i < 300; i++) {
                zip.write(spaces);
            }
        }
        assertTrue(Files.size(file) < 2 << 20, "a small file: " + Files.size(file));
        assertEquals(List.of(file + ": the workbook expands to more than 256 MB or a hundred times its size: it is"
                + " refused as a zip bomb"), refused(file));
    }

    @Test
    void aFileThatIsNoWorkbookIsSaidToBeNone() throws Exception {
        Path file = dir.resolve("text.xlsx");
        Files.writeString(file, "Name,Kind\nA,SME\n");
        assertEquals(List.of(file + ": the file is not an XLSX workbook (not a zip package of spreadsheet XML)"),
                refused(file));
        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        assertEquals(List.of(xls + ": this is an Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx)"
                + " or as CSV UTF-8"), refused(xls));
    }

    @Test
    void csvInAnUnexpectedEncodingIsRefused() throws Exception {
        String text = "Наименование;Вид\nКалужский завод медицинских изделий;малое или среднее предприятие\n"
                + "Научно-исследовательский институт фармакологии;научная организация\n";
        Path koi8 = dir.resolve("koi8.csv");
        Files.write(koi8, text.getBytes(Charset.forName("KOI8-R")));
        assertEquals(List.of(koi8 + ": the file is neither UTF-8 nor Windows-1251 (its Cyrillic letters look like"
                + " KOI8-R or DOS 866); save it as \"CSV UTF-8\" or name its encoding with --encoding"), refused(koi8));
        Path dos = dir.resolve("cp866.csv");
        Files.write(dos, text.getBytes(Charset.forName("IBM866")));
        assertEquals(1, refused(dos).size());
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of(utf16 + ": the file holds zero bytes: it is not text in UTF-8 or Windows-1251 (UTF-16"
                + " without a byte order mark, or not a text file); save it from the spreadsheet as \"CSV UTF-8\""),
                refused(utf16));
        // named explicitly, a wrong encoding is refused at the first byte that is not in it
        ImportException e = assertThrows(ImportException.class, () -> new Importer(Language.EN).plan(
                Fixtures.emptyModel(dir, "m2"), koi8, new ReadOptions(StandardCharsets.UTF_8, null, null),
                MappingFile.NONE));
        assertEquals(koi8 + ":1:1: the byte 0xEE is not UTF-8; save the file as \"CSV UTF-8\" or name its encoding"
                + " with --encoding", e.getMessage());
    }

    @Test
    void aControlCharacterIsRefusedInEveryEncoding() throws Exception {
        String text = "Name;Kind\nPilot\u0007 plant;SME\n";
        String refusal = ": the text holds the control character U+0007: it is not a CSV file in UTF-8 or"
                + " Windows-1251";
        Path bare = dir.resolve("bell.csv");
        Files.writeString(bare, text);
        assertEquals(List.of(bare + refusal), refused(bare));
        Path marked = dir.resolve("bell-bom.csv");
        Files.writeString(marked, "\uFEFF" + text);
        assertEquals(List.of(marked + refusal), refused(marked));
        Path utf16 = dir.resolve("bell-utf16.csv");
        Files.write(utf16, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of(utf16 + refusal), refused(utf16));
        Path cp1251 = dir.resolve("bell-1251.csv");
        Files.write(cp1251, "Наименование;Вид\nЗавод\u0007;МСП\n".getBytes(Charset.forName("windows-1251")));
        assertEquals(List.of(cp1251 + refusal), refused(cp1251));
    }

    @Test
    void aBadByteAfterCyrillicIsReportedAtItsCharacterColumn() throws Exception {
        // "Технопарк «Ф" is 12 characters (9 letters, a space, a guillemet, a letter) but 23 bytes in UTF-8:
        // the bad byte after it is in column 13 of line 2, not 24
        byte[] head = "Наименование,Вид\nТехнопарк «Ф".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "»,SME\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = dir.resolve("bad-byte.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bom);
            out.write(head);
            out.write(0xFF);
            out.write(tail);
        }
        String expected = file + ":2:13: the byte 0xFF is not UTF-8; save the file as \"CSV UTF-8\" or name its"
                + " encoding with --encoding";
        assertEquals(List.of(expected), refused(file), "a byte order mark says UTF-8");
        Path bare = dir.resolve("bad-byte-no-bom.csv");
        Files.write(bare, java.util.Arrays.copyOfRange(Files.readAllBytes(file), 3, (int) Files.size(file)));
        ImportException e = assertThrows(ImportException.class, () -> new Importer(Language.EN).plan(
                Fixtures.emptyModel(dir, "m3"), bare, new ReadOptions(StandardCharsets.UTF_8, null, null),
                MappingFile.NONE));
        assertEquals(bare + ":2:13: the byte 0xFF is not UTF-8; save the file as \"CSV UTF-8\" or name its"
                + " encoding with --encoding", e.getMessage(), "UTF-8 named");
    }
}

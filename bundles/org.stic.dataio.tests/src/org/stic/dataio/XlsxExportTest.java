package org.stic.dataio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.Interaction;
import org.stic.CostItem;
import org.stic.SticPackage;
import org.stic.Participant;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * The exported workbook as a spreadsheet user sees it, read back by POI's user model: a bold, frozen, filtered
 * header row with its widths, ids and names in their cells, numbers as numbers, empty values as no cell.
 */
class XlsxExportTest {

    @TempDir
    Path dir;

    @Test
    void kalugaAsAWorkbook() throws Exception {
        Cluster kaluga = Fixtures.kaluga(dir);
        Path xlsx = dir.resolve("kaluga.xlsx");
        new Exporter(Language.EN, 2026).export(kaluga, Exporter.Format.XLSX, xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            XSSFSheet participants = wb.getSheet("Participants");
            XSSFRow header = participants.getRow(0);
            assertEquals("Id", header.getCell(0).getStringCellValue());
            assertTrue(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertTrue(participants.getPaneInformation().isFreezePane());
            assertTrue(participants.getCTWorksheet().isSetAutoFilter());
            // a column's width follows its header: 12 characters at least, the header's length and 4 more
            assertEquals(12 * 256, participants.getColumnWidth(0));
            for (int c = 0; c < header.getLastCellNum(); c++) {
                int expected = Math.min(60, Math.max(12, header.getCell(c).getStringCellValue().length() + 4)) * 256;
                assertEquals(expected, participants.getColumnWidth(c), header.getCell(c).getStringCellValue());
            }
            assertEquals(kaluga.getParticipants().size(), participants.getLastRowNum());
            for (int r = 1; r <= participants.getLastRowNum(); r++) {
                Participant p = kaluga.getParticipants().get(r - 1);
                XSSFRow row = participants.getRow(r);
                assertEquals(Fixtures.id(p), row.getCell(0).getStringCellValue());
                assertEquals(p.getName(), row.getCell(1).getStringCellValue());
                assertEquals(0, row.getCell(0).getCellStyle().getIndex(), "data cells keep the default style");
            }

            XSSFSheet interactions = wb.getSheet("Interactions");
            Interaction first = kaluga.getInteractions().get(0);
            XSSFRow row = interactions.getRow(1);
            assertEquals(Fixtures.id(first), row.getCell(0).getStringCellValue());
            assertEquals(Fixtures.id(first.getSource()), row.getCell(1).getStringCellValue());
            assertEquals(first.getSource().getName(), row.getCell(2).getStringCellValue());
            assertEquals(Fixtures.id(first.getTarget()), row.getCell(3).getStringCellValue());

            // costs (the twelfth sheet): the amount a number cell, an element without one no cell
            XSSFSheet costs = wb.getSheetAt(11);
            XSSFRow costHeader = costs.getRow(0);
            String amountHeader = Vocabulary.of(Language.EN).feature(SticPackage.Literals.MONETARY_ELEMENT__AMOUNT);
            int amount = -1;
            for (int c = 0; c < costHeader.getLastCellNum(); c++) {
                if (costHeader.getCell(c).getStringCellValue().equals(amountHeader)) {
                    amount = c;
                }
            }
            assertTrue(amount > 0, amountHeader);
            var items = kaluga.getInternalContour().getCostItems();
            assertEquals(items.size(), costs.getLastRowNum());
            for (int r = 1; r <= items.size(); r++) {
                CostItem item = items.get(r - 1);
                var cell = costs.getRow(r).getCell(amount);
                if (item.getAmount() == null) {
                    assertNull(cell);
                } else {
                    assertEquals(CellType.NUMERIC, cell.getCellType());
                    assertEquals(item.getAmount().doubleValue(), cell.getNumericCellValue(), 0);
                }
            }
        }
    }
}

package org.stic.dataio.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.emf.ecore.EObject;
import org.stic.dataio.Sheet;
import org.stic.model.io.AtomicFiles;

/**
 * Writes the catalogues as one XLSX workbook, a sheet per catalogue, with POI's streaming writer (SXSSF: rows go to
 * a temporary file as they are made, so a 100,000-element model takes little memory). The header row is bold, frozen
 * and filtered; numbers and yes/no are cells of their type, so that Excel sorts and sums them. The file is written
 * atomically.
 */
public final class XlsxWriter {

    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    public static final int WINDOW = 200;

    public void write(List<Sheet> sheets, Path file) throws IOException {
        Poi.quietLogging();
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            workbook.setCompressTempFiles(false);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            // the workbook's default style, given to each data cell (the file is the same): for a cell without a
            // style of its own SXSSF looks up its column's style through XMLBeans as it writes the cell, among the
            // column widths set below; that was a third of the export's time
            CellStyle plain = workbook.getCellStyleAt(0);
            Set<String> names = new HashSet<>();
            for (Sheet sheet : sheets) {
                SXSSFSheet s = workbook.createSheet(sheetName(sheet.name(), names));
                Row header = s.createRow(0);
                List<Sheet.Column> columns = sheet.columns();
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(columns.get(c).header());
                    cell.setCellStyle(bold);
                    s.setColumnWidth(c, Math.min(60, Math.max(12, columns.get(c).header().length() + 4)) * 256);
                }
                s.createFreezePane(0, 1);
                if (!columns.isEmpty()) {
                    s.setAutoFilter(new CellRangeAddress(0, Math.max(0, sheet.elements().size()), 0,
                            columns.size() - 1));
                }
                int r = 1;
                for (EObject element : sheet.elements()) {
                    writeRow(s.createRow(r++), sheet.row(element), plain);
                }
            }
            AtomicFiles.write(file, workbook::write);
        } finally {
            workbook.close(); // deletes the temporary files too
        }
    }

    /** The cells of one row: text, numbers and yes/no as cells of their type, nothing for null. */
    static void writeRow(Row row, Object[] values, CellStyle style) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }

    /** A valid sheet name (31 characters, none of []:*?/\), unique in the workbook ignoring case. */
    static String sheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}

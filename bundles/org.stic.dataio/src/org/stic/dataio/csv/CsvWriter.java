package org.stic.dataio.csv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.ecore.EObject;
import org.stic.dataio.Messages;
import org.stic.dataio.Sheet;
import org.stic.model.edit.Language;
import org.stic.model.io.AtomicFiles;

/**
 * Writes each catalogue as {@code <folder>/<catalogue>.csv} with commons-csv, atomically file by file: UTF-8 with a
 * byte order mark (so that Excel does not take it for the system's code page), separated as a spreadsheet of the
 * language expects: ';' with a decimal comma in Russian, ',' with a decimal point in English.
 */
public final class CsvWriter {

    private final Language language;

    public CsvWriter(Language language) {
        this.language = language;
    }

    /** The separator the language's spreadsheets expect. */
    public char separator() {
        return language == Language.RU ? ';' : ',';
    }

    public List<Path> write(List<Sheet> sheets, Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Sheet sheet : sheets) {
            Path file = folder.resolve(sheet.fileName() + ".csv");
            AtomicFiles.write(file, out -> {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                write(sheet, w);
                w.flush();
            });
            written.add(file);
        }
        return written;
    }

    /** One catalogue as CSV text on {@code out}, which stays open (the caller owns it). */
    @SuppressWarnings("resource")
    public void write(Sheet sheet, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator()).setRecordSeparator("\r\n").get();
        CSVPrinter printer = new CSVPrinter(out, format);
        for (Sheet.Column c : sheet.columns()) {
            printer.print(c.header());
        }
        printer.println();
        String yes = Messages.get(language, "value.yes").split("\\|")[0];
        String no = Messages.get(language, "value.no").split("\\|")[0];
        for (EObject element : sheet.elements()) {
            for (Object value : sheet.row(element)) {
                printer.print(text(value, yes, no));
            }
            printer.println();
        }
        printer.flush();
    }

    private String text(Object value, String yes, String no) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? yes : no;
        }
        if (value instanceof BigDecimal d) {
            String plain = d.stripTrailingZeros().toPlainString();
            return language == Language.RU ? plain.replace('.', ',') : plain;
        }
        return value.toString();
    }
}

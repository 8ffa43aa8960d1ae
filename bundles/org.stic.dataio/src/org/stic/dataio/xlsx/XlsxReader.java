package org.stic.dataio.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.stic.dataio.ImportException;
import org.stic.dataio.Messages;
import org.stic.dataio.Problem;
import org.stic.dataio.ReadOptions;
import org.stic.dataio.Table;
import org.stic.dataio.TableBuilder;
import org.stic.dataio.Tables;
import org.stic.model.edit.Language;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an XLSX workbook into {@link Table}s, streaming: POI opens the package (with its zip-bomb guard,
 * {@link ZipSecureFile}), reads the shared strings and lists the sheets; the sheet XML goes through a SAX handler of
 * ours because POI's own streaming handler does not say which cells hold formulas or which are merged. Formulas are
 * read by the value Excel cached for them (and each is noted); merged cells and error values are errors.
 */
public final class XlsxReader {

    /** A sheet's XML or the shared strings expanding beyond this are refused (a real registry is a few MB). */
    static final long MAX_ENTRY_BYTES = 256L << 20;

    /** An entry expanding more than a hundredfold is a zip bomb: real sheets compress about tenfold. */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** Rows per sheet beyond which a sheet is refused: ten times the largest registry the benchmark imports. */
    static final int MAX_ROWS = 1_000_000;

    private final Language language;

    public XlsxReader(Language language) {
        this.language = language;
    }

    public List<Table> read(Path file, ReadOptions options, Predicate<String> wanted) throws ImportException {
        String name = Tables.displayName(file);
        Tables.checkSize(file, language);
        checkEntries(file, name);
        Poi.quietLogging();
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            List<String> sheetNames = new ArrayList<>();
            XSSFReader.SheetIterator names = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (names.hasNext()) {
                names.next().close();
                sheetNames.add(names.getSheetName());
            }
            if (options.sheet() != null && sheetNames.stream().noneMatch(s -> s.equalsIgnoreCase(options.sheet()))) {
                throw new ImportException(Problem.error(name, 0, 0,
                        Messages.get(language, "xlsx.noSheet", options.sheet(), String.join(", ", sheetNames))));
            }
            Predicate<String> take = options.sheet() != null ? s -> s.equalsIgnoreCase(options.sheet())
                    : sheetNames.size() == 1 ? s -> true : wanted;
            List<Table> tables = new ArrayList<>();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String sheet = sheets.getSheetName();
                    if (take.test(sheet)) {
                        tables.add(readSheet(name, sheet, in, strings, options.mapping().headerless(sheet)));
                    }
                }
            }
            return tables;
        } catch (NotOfficeXmlFileException | InvalidFormatException | EmptyFileException e) {
            throw new ImportException(Problem.error(name, 0, 0, Messages.get(language, "xlsx.notWorkbook")));
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | IOException | SAXException e) {
            throw new ImportException(Problem.error(name, 0, 0, isBomb(e)
                    ? Messages.get(language, "xlsx.bomb", MAX_ENTRY_BYTES >> 20)
                    : Messages.get(language, "xlsx.unreadable", firstLine(e))));
        }
    }

    /**
     * Before POI opens anything: the package must be a zip whose entries, as they declare themselves, stay within
     * the limits. POI checks the same while it inflates, for entries that lie about their size.
     */
    private void checkEntries(Path file, String name) throws ImportException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                long size = e.getSize();
                long compressed = e.getCompressedSize();
                if (size > MAX_ENTRY_BYTES || compressed > 0 && size > 0 && compressed < size * MIN_INFLATE_RATIO
                        && size > 1 << 20) {
                    throw new ImportException(Problem.error(name, 0, 0,
                            Messages.get(language, "xlsx.bomb", MAX_ENTRY_BYTES >> 20)));
                }
            }
        } catch (ZipException e) {
            throw new ImportException(Problem.error(name, 0, 0, Messages.get(language, "xlsx.notWorkbook")));
        } catch (IOException e) {
            throw Tables.unreadable(file, e, language);
        }
    }

    /** What POI's guard says when an entry lies about its size (POI has no exception type of its own for it). */
    private static final java.util.regex.Pattern BOMB = java.util.regex.Pattern.compile(
            "(?i)zip.bomb|max.entry.size|MAX_ENTRY_SIZE");

    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && BOMB.matcher(t.getMessage()).find()) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private Table readSheet(String file, String sheet, InputStream in, ReadOnlySharedStringsTable strings,
            boolean headerless)
            throws IOException, SAXException, ImportException {
        String source = file + "[" + sheet + "]";
        SheetHandler handler = new SheetHandler(source, sheet, strings, headerless);
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(in));
        } catch (TooManyRows e) {
            throw new ImportException(Problem.error(source, 0, 0,
                    Messages.get(language, "xlsx.tooManyRows", language.number(BigDecimal.valueOf(MAX_ROWS)))));
        }
        return handler.table();
    }

    private static final class TooManyRows extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /** Collects rows of cells as text, the formulas met, the merged ranges and the error cells. */
    private final class SheetHandler extends DefaultHandler {

        private final TableBuilder table;
        private final ReadOnlySharedStringsTable strings;
        private int rowCount;

        private List<String> row;
        private int rowNumber;
        private int column;
        private String type;
        private boolean hasFormula;
        private boolean hasValue;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private boolean inValue;
        private boolean inFormula;
        private boolean inInlineText;
        private String cellValue;

        SheetHandler(String source, String sheet, ReadOnlySharedStringsTable strings, boolean headerless) {
            this.table = new TableBuilder(source, sheet, language, headerless);
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                    row = new ArrayList<>();
                    column = 0;
                    if (++rowCount > MAX_ROWS) {
                        throw new TooManyRows();
                    }
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref != null ? columnOf(ref) : column + 1;
                    type = atts.getValue("t");
                    hasFormula = false;
                    hasValue = false;
                    cellValue = null;
                    formula.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "f" -> {
                    inFormula = true;
                    hasFormula = true;
                }
                case "t" -> {
                    if ("inlineStr".equals(type)) {
                        inInlineText = true;
                        if (cellValue == null) {
                            text.setLength(0);
                        }
                    }
                }
                case "mergeCell" -> {
                    String ref = atts.getValue("ref");
                    if (ref != null && ref.contains(":")) {
                        String[] ends = ref.split(":");
                        table.problem(rowOf(ends[0]), columnOf(ends[0]), Messages.get(language, "xlsx.merged", ref));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                text.append(ch, start, length);
            } else if (inFormula) {
                formula.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> {
                    inValue = false;
                    hasValue = true;
                    cellValue = text.toString();
                }
                case "f" -> inFormula = false;
                case "t" -> {
                    if (inInlineText) {
                        inInlineText = false;
                        hasValue = true;
                        cellValue = text.toString();
                    }
                }
                case "c" -> endCell();
                case "row" -> table.row(rowNumber, row.toArray(String[]::new));
                default -> {
                }
            }
        }

        private void endCell() {
            String value = hasValue ? value() : "";
            if (hasFormula) {
                if (!hasValue) {
                    table.problem(rowNumber, column, Messages.get(language, "xlsx.formulaWithoutValue", formula));
                } else {
                    table.note(rowNumber, column, Messages.get(language, "xlsx.formula", formula, value));
                }
            }
            while (row.size() < column - 1) {
                row.add("");
            }
            if (row.size() == column - 1) {
                row.add(value);
            } else if (column >= 1 && column <= row.size()) {
                row.set(column - 1, value);
            }
        }

        private String value() {
            if (type == null || type.equals("n")) {
                return plainNumber(cellValue);
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(cellValue.strip())).getString();
                case "b" -> "1".equals(cellValue.strip()) ? "TRUE" : "FALSE";
                case "e" -> {
                    table.problem(rowNumber, column, Messages.get(language, "xlsx.errorValue", cellValue));
                    yield "";
                }
                default -> cellValue; // str (a formula's text), inlineStr
            };
        }

        Table table() throws ImportException {
            return table.build();
        }
    }

    /** "1.7E9" as "1700000000", "2028.0" as "2028": numbers as people type them. */
    static String plainNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        try {
            BigDecimal d = new BigDecimal(raw.strip()).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** 1-based column of a reference such as "AB12". */
    static int columnOf(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return c;
    }

    static int rowOf(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        return i < ref.length() ? Integer.parseInt(ref.substring(i)) : 0;
    }
}

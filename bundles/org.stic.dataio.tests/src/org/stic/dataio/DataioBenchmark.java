package org.stic.dataio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.Interaction;
import org.stic.InteractionKind;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.ParticipantRole;
import org.stic.SticFactory;
import org.stic.dataio.csv.CsvWriter;
import org.stic.dataio.xlsx.XlsxWriter;
import org.stic.examples.SyntheticModels;
import org.stic.model.edit.Language;
import org.stic.model.io.SticResources;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Figures of issue 23 (run with -Pbenchmark), each beside the library's own work on the same file in the same run:
 * the import of 10,000 participants and 20,000 interactions from CSV beside commons-csv's parse of the same files,
 * and from XLSX beside POI's streaming parse of the same workbook (target: within 2x); the export of a 100,000-element
 * model to XLSX beside SXSSF writing the same cells (target: within 1.5x), with the time of computing the cells
 * alone, and to CSV beside commons-csv printing the same cells. Median CPU and wall milliseconds, and both ratios:
 * on a busy machine the CPU ratio (this thread's time alone) is the steadier one.
 */
class DataioBenchmark {

    private static final int RUNS = 5;

    /**
     * Runs before the timed ones, for each figure alike: the import runs far more code than a parse, and after one
     * run the JIT has not compiled all of it yet (measured: after one warm-up run the import's median was about a
     * third higher than after more, the parse's the same).
     */
    private static final int WARM_UPS = 3;

    @TempDir
    Path dir;

    @Test
    void importBesideTheLibrarysParse() throws Exception {
        Cluster source = registry(10_000, 20_000);
        Catalogues catalogues = new Catalogues(Language.RU, 2026);
        List<Sheet> sheets = List.of(catalogues.participants(source), catalogues.interactions(source));
        Path csv = Files.createDirectories(dir.resolve("csv"));
        new CsvWriter(Language.RU).write(sheets, csv);
        Path xlsx = dir.resolve("registry.xlsx");
        new XlsxWriter().write(sheets, xlsx);
        List<Path> csvFiles = List.of(csv.resolve("participants.csv"), csv.resolve("interactions.csv"));
        System.out.printf("input: CSV %,d + %,d bytes, XLSX %,d bytes%n", Files.size(csvFiles.get(0)),
                Files.size(csvFiles.get(1)), Files.size(xlsx));

        double[] csvImport = median(() -> {
            Cluster model = Fixtures.emptyModel(dir, "csv");
            for (Path f : csvFiles) {
                ImportPlan plan = new Importer(Language.RU).plan(model, f, ReadOptions.DETECT, MappingFile.NONE);
                assertEquals(List.of(), plan.errors());
                plan.apply();
            }
            return model.getParticipants().size() + model.getInteractions().size();
        });
        double[] csvParse = median(() -> {
            int cells = 0;
            for (Path f : csvFiles) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                try (CSVParser parser = CSVParser.parse(new StringReader(text),
                        CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
                    for (CSVRecord r : parser) {
                        for (String v : r.values()) {
                            cells += v.isEmpty() ? 0 : 1;
                        }
                    }
                }
            }
            return cells;
        });
        double[] xlsxImport = median(() -> {
            Cluster model = Fixtures.emptyModel(dir, "xlsx");
            ImportPlan plan = new Importer(Language.RU).plan(model, xlsx, ReadOptions.DETECT, MappingFile.NONE);
            assertEquals(List.of(), plan.errors());
            plan.apply();
            return model.getParticipants().size() + model.getInteractions().size();
        });
        double[] xlsxParse = median(() -> poiStreamingParse(xlsx));
        System.out.printf("%-34s %16s %16s %15s%n", "10k participants + 20k interactions", "import ms",
                "library ms", "ratio");
        line("CSV (commons-csv parse)", csvImport, csvParse);
        line("XLSX (POI streaming parse)", xlsxImport, xlsxParse);
    }

    @Test
    void exportOfA100kModelBesideTheLibrarysWrite() throws Exception {
        Cluster model = SyntheticModels.generate(100_000, 2026);
        SticResources.create(SticResources.newResourceSet(), dir.resolve("big.stic"), model);
        Path ours = dir.resolve("ours.xlsx");
        Path plain = dir.resolve("plain.xlsx");
        // the same cells, computed beforehand (their computation is timed apart), written by SXSSF alone with the
        // export's settings (window, inline strings, uncompressed temporary files); no styles, widths, filter,
        // atomic rename or fsync
        List<Sheet> sheets = new Catalogues(Language.RU, 2026).of(model);
        List<Object[][]> cells = new ArrayList<>();
        for (Sheet s : sheets) {
            cells.add(s.elements().stream().map(s::row).toArray(Object[][]::new));
        }
        Callable<Integer> write = () -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(XlsxWriter.WINDOW);
                    OutputStream out = Files.newOutputStream(plain)) {
                wb.setCompressTempFiles(false);
                for (int i = 0; i < sheets.size(); i++) {
                    SXSSFSheet sheet = wb.createSheet(sheets.get(i).fileName());
                    Row header = sheet.createRow(0);
                    for (int c = 0; c < sheets.get(i).columns().size(); c++) {
                        header.createCell(c).setCellValue(sheets.get(i).columns().get(c).header());
                    }
                    int r = 1;
                    for (Object[] row : cells.get(i)) {
                        Row x = sheet.createRow(r++);
                        for (int c = 0; c < row.length; c++) {
                            Object v = row[c];
                            if (v instanceof BigDecimal d) {
                                x.createCell(c).setCellValue(d.doubleValue());
                            } else if (v instanceof Number n) {
                                x.createCell(c).setCellValue(n.doubleValue());
                            } else if (v instanceof Boolean b) {
                                x.createCell(c).setCellValue(b);
                            } else if (v != null) {
                                x.createCell(c).setCellValue(v.toString());
                            }
                        }
                    }
                }
                wb.write(out);
            }
            return 1;
        };
        // ours and the library's write taken in turn, so that both meet the same load of a shared machine
        double[][] xlsx = inTurn(() -> {
            new Exporter(Language.RU, 2026).export(model, Exporter.Format.XLSX, ours);
            return 1;
        }, write);
        // what the export adds to the library's write: the cells (ids, names, words, the readiness analysis)
        double[] compute = median(() -> {
            int n = 0;
            for (Sheet s : new Catalogues(Language.RU, 2026).of(model)) {
                for (EObject e : s.elements()) {
                    n += s.row(e).length;
                }
            }
            return n;
        });
        // CSV: our export of every catalogue beside commons-csv printing the same cells' text to the same files
        Path csvOurs = dir.resolve("csv-ours");
        Path csvPlain = Files.createDirectories(dir.resolve("csv-plain"));
        double[][] csv = inTurn(() -> {
            new Exporter(Language.RU, 2026).export(model, Exporter.Format.CSV, csvOurs);
            return 1;
        }, () -> {
            for (int i = 0; i < sheets.size(); i++) {
                try (Writer w = Files.newBufferedWriter(csvPlain.resolve(sheets.get(i).fileName() + ".csv"));
                        CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(';')
                                .setRecordSeparator("\r\n").get())) {
                    for (Sheet.Column c : sheets.get(i).columns()) {
                        printer.print(c.header());
                    }
                    printer.println();
                    for (Object[] row : cells.get(i)) {
                        for (Object v : row) {
                            printer.print(v == null ? "" : v instanceof BigDecimal d
                                    ? d.stripTrailingZeros().toPlainString().replace('.', ',') : v.toString());
                        }
                        printer.println();
                    }
                }
            }
            return 1;
        });
        long rows = sheets.stream().mapToLong(s -> s.elements().size()).sum();
        System.out.printf("%-34s %16s %16s %15s%n", "100k model (" + rows + " rows)", "export ms",
                "library ms", "ratio");
        line("XLSX (SXSSF, same cells)", xlsx[0], xlsx[1]);
        line("  of which the cells alone", compute, xlsx[1]);
        line("CSV (commons-csv, same cells)", csv[0], csv[1]);
        System.out.printf("files: XLSX ours %,d bytes, SXSSF alone %,d bytes; CSV ours %,d bytes, commons-csv alone"
                + " %,d bytes%n", Files.size(ours), Files.size(plain), size(csvOurs), size(csvPlain));
    }

    private static long size(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** POI's own streaming read of every sheet: its SAX handler formatting every cell, as its examples do. */
    private static int poiStreamingParse(Path xlsx) throws Exception {
        int[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {
                                }

                                @Override
                                public void endRow(int rowNum) {
                                }

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    cells[0] += value.isEmpty() ? 0 : 1;
                                }
                            }, new DataFormatter(), false));
                    parser.parse(new InputSource(in));
                }
            }
        }
        return cells[0];
    }

    /** A registry: participants with every column filled, interactions between random pairs of them. */
    private static Cluster registry(int participants, int interactions) {
        Cluster cluster = SticFactory.eINSTANCE.createCluster();
        java.util.Random random = new java.util.Random(23);
        ParticipantKind[] kinds = ParticipantKind.values();
        InteractionKind[] interactionKinds = InteractionKind.values();
        for (int i = 0; i < participants; i++) {
            Participant p = SticFactory.eINSTANCE.createParticipant();
            p.setName("Участник кластера № " + i);
            p.setKind(kinds[1 + i % (kinds.length - 1)]);
            p.getRoles().add(ParticipantRole.values()[i % ParticipantRole.values().length]);
            p.setLocation(i % 2 == 0 ? "Калуга" : "Обнинск");
            p.setCitation("Реестр участников, строка " + i);
            cluster.getParticipants().add(p);
        }
        for (int i = 0; i < interactions; i++) {
            Interaction x = SticFactory.eINSTANCE.createInteraction();
            x.setSource(cluster.getParticipants().get(random.nextInt(participants)));
            x.setTarget(cluster.getParticipants().get(random.nextInt(participants)));
            x.setKind(interactionKinds[1 + i % (interactionKinds.length - 1)]);
            x.setDescription("Взаимодействие " + i);
            cluster.getInteractions().add(x);
        }
        SticResources.create(SticResources.newResourceSet(), Path.of("registry.stic"), cluster);
        return cluster;
    }

    /** One line of figures: CPU / wall ms of ours and of the baseline, and the two ratios (CPU / wall). */
    private static void line(String what, double[] ours, double[] baseline) {
        System.out.printf("%-34s %7.0f / %6.0f %7.0f / %6.0f %5.2fx / %5.2fx%n", what, ours[0], ours[1], baseline[0],
                baseline[1], ours[0] / baseline[0], ours[1] / baseline[1]);
    }

    /** The medians of {@code ours} and {@code baseline} as {@link #median} gives them, their runs taken in turn. */
    private static double[][] inTurn(Callable<Integer> ours, Callable<Integer> baseline) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UPS; i++) {
            ours.call();
            baseline.call();
        }
        double[][][] times = new double[2][2][RUNS];
        List<Callable<Integer>> runs = List.of(ours, baseline);
        for (int i = 0; i < RUNS; i++) {
            for (int r = 0; r < 2; r++) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                runs.get(r).call();
                times[r][0][i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                times[r][1][i] = (System.nanoTime() - t) / 1e6;
            }
        }
        double[][] medians = new double[2][2];
        for (int r = 0; r < 2; r++) {
            for (int k = 0; k < 2; k++) {
                Arrays.sort(times[r][k]);
                medians[r][k] = times[r][k][RUNS / 2];
            }
        }
        return medians;
    }

    /** Median {CPU, wall} ms of {@value #RUNS} runs after {@value #WARM_UPS} warm-up runs. */
    private static double[] median(Callable<Integer> run) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UPS; i++) {
            run.call();
        }
        double[] cpu = new double[RUNS];
        double[] wall = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            run.call();
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            wall[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        return new double[] {cpu[RUNS / 2], wall[RUNS / 2]};
    }
}

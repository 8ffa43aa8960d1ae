package org.stic.dataio;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.resource.Resource;
import org.stic.Cluster;
import org.stic.SticFactory;
import org.stic.examples.Examples;
import org.stic.model.io.SticResources;

/** Models and input files the tests share; workbooks are made with POI's own user model, not with our writer. */
final class Fixtures {

    /** The Kaluga participants as a registry saved by Excel on a Russian Windows: Windows-1251, ';', Russian headers. */
    static final Path KALUGA_CSV_1251 = Path.of("data/kaluga-participants-cp1251.csv");

    private Fixtures() {
    }

    /** A new, empty cluster in a model file {@code dir/name} (not written yet). */
    static Cluster emptyModel(Path dir, String name) {
        Cluster cluster = SticFactory.eINSTANCE.createCluster();
        cluster.setName(name);
        SticResources.create(SticResources.newResourceSet(), dir.resolve(name + ".stic"), cluster);
        return cluster;
    }

    /** A copy of the Kaluga example in {@code dir}, loaded. */
    static Cluster kaluga(Path dir) throws Exception {
        Path file = dir.resolve("kaluga.stic");
        Files.copy(Examples.path(Examples.KALUGA_PHARMA), file);
        return SticResources.load(file);
    }

    static String id(org.eclipse.emf.ecore.EObject e) {
        Resource r = e.eResource();
        return ((org.eclipse.emf.ecore.xmi.XMLResource) r).getID(e);
    }

    /** A workbook with one sheet of {@code rows} (the first is the header), written by POI's XSSF user model. */
    static Path workbook(Path file, String sheet, List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet(sheet);
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}

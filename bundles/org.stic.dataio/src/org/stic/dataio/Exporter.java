package org.stic.dataio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.stic.Cluster;
import org.stic.dataio.csv.CsvWriter;
import org.stic.dataio.xlsx.XlsxWriter;
import org.stic.model.edit.Language;

/** Exports every catalogue of a cluster to CSV files in a folder or to one XLSX workbook. */
public final class Exporter {

    public enum Format {
        CSV, XLSX
    }

    private final Language language;
    private final int year;

    /** {@code year}: the year the readiness of each need is given for. */
    public Exporter(Language language, int year) {
        this.language = language;
        this.year = year;
    }

    /**
     * Writes the catalogues of {@code cluster} to {@code out}: a workbook file for XLSX, a folder of CSV files for
     * CSV (made when it does not exist; its parent must). Returns the files written.
     */
    public List<Path> export(Cluster cluster, Format format, Path out) throws IOException {
        List<Sheet> sheets = new Catalogues(language, year).of(cluster);
        if (format == Format.XLSX) {
            new XlsxWriter().write(sheets, out);
            return List.of(out);
        }
        if (!Files.isDirectory(out)) {
            Files.createDirectory(out);
        }
        return new CsvWriter(language).write(sheets, out);
    }
}

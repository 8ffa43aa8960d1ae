package org.stic.dataio;

import java.nio.charset.Charset;

/**
 * How to read an input file; every null is detected. {@code encoding} and {@code separator} concern CSV (UTF-8 or
 * Windows-1251; ',' or ';' or a tab), {@code sheet} a workbook (by default every sheet named like a catalogue that
 * can be imported, those a section of the mapping file names, or the only sheet); {@code mapping} says which tables
 * have no header row.
 */
public record ReadOptions(Charset encoding, Character separator, String sheet, MappingFile mapping) {

    public static final ReadOptions DETECT = new ReadOptions(null, null, null);

    public ReadOptions(Charset encoding, Character separator, String sheet) {
        this(encoding, separator, sheet, MappingFile.NONE);
    }

    /** These options with {@code mapping}'s tables without header rows and its sheets. */
    public ReadOptions with(MappingFile mapping) {
        return new ReadOptions(encoding, separator, sheet, mapping);
    }

    /** Files larger than this are refused before reading: registries of participants are far smaller. */
    public static final long MAX_FILE_BYTES = 32L << 20;
}

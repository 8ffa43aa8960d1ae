package org.stic.dataio;

import java.nio.charset.Charset;

/**
 * How to read an input file; every null is detected. {@code encoding} and {@code separator} concern CSV (UTF-8 or
 * Windows-1251; ',' or ';' or a tab), {@code sheet} a workbook (by default every sheet named like a catalogue that
 * can be imported, or the only sheet).
 */
public record ReadOptions(Charset encoding, Character separator, String sheet) {

    public static final ReadOptions DETECT = new ReadOptions(null, null, null);

    /** Files larger than this are refused before reading: registries of participants are far smaller. */
    public static final long MAX_FILE_BYTES = 32L << 20;
}

package org.stic.dataio.xlsx;

/** What every use of POI needs first. */
final class Poi {

    private Poi() {
    }

    /**
     * POI logs through the Log4j API, which prints a warning on the console when it finds no logging implementation
     * (none is shipped): its own simple logger, at its default level (errors only), is chosen unless the user chose.
     */
    static void quietLogging() {
        if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
    }
}

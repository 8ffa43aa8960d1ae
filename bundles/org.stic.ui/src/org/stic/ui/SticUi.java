package org.stic.ui;

/** Identifiers of the STIC Workbench application that other bundles and tests refer to. */
public final class SticUi {

    public static final String PLUGIN_ID = "org.stic.ui";
    public static final String APPLICATION_ID = "org.stic.ui.application";
    public static final String PRODUCT_ID = "org.stic.ui.product";
    /** Title of every workbench window. */
    public static final String WINDOW_TITLE = "STIC Workbench";

    private SticUi() {
    }
}

package org.stic.ui.help;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.stic.model.edit.Language;
import org.stic.ui.Messages;

/**
 * Help > Getting Started: the guide to a first hour with the workbench (the Kaluga example: open, diagram, validate,
 * readiness, report, command line), {@code help/getting-started.html} or its Russian {@code getting-started_ru.html},
 * in the workbench's language, opened in the desktop's browser. The product has no help system (Eclipse's help UI
 * and its web server are not in the target) and no embedded browser engine on every desktop, so the page is a plain
 * HTML file, the same one README links to.
 */
public class GettingStartedHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Path page;
        try {
            page = page(Language.current());
        } catch (IOException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.get("gettingStarted.title"),
                    Messages.get("gettingStarted.missing", e.getMessage()));
            return null;
        }
        if (!Program.launch(page.toUri().toString())) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.get("gettingStarted.title"),
                    Messages.get("gettingStarted.noBrowser", page));
        }
        return null;
    }

    /** The guide in {@code language} as a file (extracted from the bundle when it is a jar). */
    public static Path page(Language language) throws IOException {
        String entry = "help/getting-started" + (language == Language.EN ? "" : "_" + language.code()) + ".html";
        Bundle bundle = FrameworkUtil.getBundle(GettingStartedHandler.class);
        URL url = bundle == null ? null : bundle.getEntry(entry);
        if (url == null) {
            throw new IOException(entry);
        }
        try {
            // the whole folder, so that the page's pictures come along from a jar
            FileLocator.toFileURL(bundle.getEntry("help/"));
            return Path.of(FileLocator.toFileURL(url).toURI());
        } catch (URISyntaxException e) {
            throw new IOException(entry + ": " + e.getMessage(), e);
        }
    }
}

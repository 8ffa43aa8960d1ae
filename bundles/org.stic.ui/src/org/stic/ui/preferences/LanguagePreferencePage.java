package org.stic.ui.preferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.stic.model.edit.Language;
import org.stic.model.io.AtomicFiles;
import org.stic.ui.Messages;

/**
 * The workbench's language, applied on restart as Eclipse products do: the choice is a file the start script reads
 * ({@value #FILE_PROPERTY}, set by {@code stic}; else {@code ~/.stic/language}) and turns into {@code -nl}, since
 * the platform reads its language once, at start-up. Empty: the system's language.
 */
public class LanguagePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** System property naming the file that holds the choice ("ru", "en" or nothing). */
    public static final String FILE_PROPERTY = "stic.languageFile";

    private Button system;
    private Button english;
    private Button russian;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.get("language.description"));
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(GridLayoutFactory.fillDefaults().create());
        system = radio(area, Messages.get("language.system", Locale.getDefault(Locale.Category.DISPLAY)
                .getDisplayLanguage(Locale.getDefault())));
        // each language is named in itself, as language pickers do
        english = radio(area, "English");
        russian = radio(area, "Русский");
        show(chosen());
        return area;
    }

    private static Button radio(Composite parent, String text) {
        Button b = new Button(parent, SWT.RADIO);
        b.setText(text);
        return b;
    }

    private void show(Language language) {
        system.setSelection(language == null);
        english.setSelection(language == Language.EN);
        russian.setSelection(language == Language.RU);
    }

    @Override
    protected void performDefaults() {
        show(null);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        Language language = russian.getSelection() ? Language.RU : english.getSelection() ? Language.EN : null;
        if (language == chosen()) {
            return true;
        }
        try {
            Files.createDirectories(file().getParent());
            AtomicFiles.writeString(file(), language == null ? "" : language.code() + "\n");
        } catch (IOException e) {
            MessageDialog.openError(getShell(), Messages.get("language.title"),
                    Messages.get("language.cannotSave", file(), e.getMessage()));
            return false;
        }
        if (MessageDialog.openQuestion(getShell(), Messages.get("language.title"), Messages.get("language.restart"))) {
            getShell().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().restart());
        }
        return true;
    }

    /** The language chosen so far; null for the system's. */
    public static Language chosen() {
        try {
            Path file = file();
            return Files.isRegularFile(file) ? Language.forCode(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    static Path file() {
        String configured = System.getProperty(FILE_PROPERTY);
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".stic", "language");
    }
}

package org.stic.ui.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.FrameworkUtil;
import org.stic.model.io.TextFileException;
import org.stic.validation.RuleSettings;

/**
 * The workspace's rule settings (edited on the STIC Validation Rules preference page), kept in the validator's own
 * file format in this bundle's state folder; a model's {@code <model>.stic.rules} file beside it overrides them.
 */
public final class WorkspaceRuleSettings {

    private WorkspaceRuleSettings() {
    }

    /** Where the workspace's settings live: {@code .metadata/.plugins/org.stic.ui/workspace.rules}. */
    public static Path file() {
        return Platform.getStateLocation(FrameworkUtil.getBundle(WorkspaceRuleSettings.class)).toFile().toPath()
                .resolve("workspace" + RuleSettings.FILE_SUFFIX);
    }

    /** The workspace's settings; the defaults when the file cannot be read (logged). */
    public static RuleSettings load() {
        try {
            return RuleSettings.load(file());
        } catch (IOException e) {
            ILog.of(WorkspaceRuleSettings.class).log(Status.error("Cannot read the rule settings " + file(), e));
            return RuleSettings.defaults();
        }
    }

    /** The settings that apply to a model: its own file layered over the workspace's. */
    public static RuleSettings forModel(Path model) {
        return forModel(model, new ArrayList<>());
    }

    /**
     * The same, adding to {@code problems} why the model's own file could not be read (then the workspace's settings
     * apply alone), as {@code "FILE:line:column: sentence"}.
     */
    public static RuleSettings forModel(Path model, List<String> problems) {
        try {
            return RuleSettings.forModel(model, load());
        } catch (IOException e) {
            problems.add(e instanceof TextFileException ? e.getMessage()
                    : RuleSettings.fileFor(model) + ":0:0: the rule settings cannot be read: " + e.getMessage());
            return load();
        }
    }

    public static void save(RuleSettings settings) throws IOException {
        settings.save(file());
    }
}

package org.stic.ui.rules;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Try it at once" (Ctrl+Alt+R, from the rule editor and the extension metamodel editor): validates the models of the
 * project with its rule and extension files as the open editors hold them, unsaved, and shows the findings per model
 * in the {@link TrialView}, so that writing a rule is a short loop: type, try, read, fix. Nothing is written: neither
 * the editors' texts nor the markers of the saved files change.
 */
public final class TryItAtOnce extends AbstractHandler {

    public static final String COMMAND = "org.stic.ui.rules.tryItAtOnce";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        UnsavedText source = editor == null ? null : Adapters.adapt(editor, UnsavedText.class);
        if (source != null && source.projectFile() != null) {
            run(editor.getSite().getPage(), source.projectFile());
        }
        return null;
    }

    /**
     * Tries the project of {@code projectFile} (a rule, extension or settings file) with the texts of every open
     * editor of the page that offers one ({@link UnsavedText}); shows and returns the view, or null if it cannot
     * be shown.
     */
    public static TrialView run(IWorkbenchPage page, Path projectFile) {
        return run(page, projectFile, unsavedTexts(page));
    }

    /** Tries the project of {@code projectFile} with these texts in place of their files (by path). */
    public static TrialView run(IWorkbenchPage page, Path projectFile, Map<Path, String> unsaved) {
        Trial[] trial = new Trial[1];
        BusyIndicator.showWhile(page.getWorkbenchWindow().getShell().getDisplay(),
                () -> trial[0] = Trial.of(projectFile, unsaved));
        try {
            TrialView view = (TrialView) page.showView(TrialView.ID);
            view.show(trial[0]);
            return view;
        } catch (PartInitException e) {
            ILog.of(TryItAtOnce.class).log(e.getStatus());
            return null;
        }
    }

    /** The texts of the page's open editors that offer theirs and hold unsaved changes, by file. */
    public static Map<Path, String> unsavedTexts(IWorkbenchPage page) {
        Map<Path, String> texts = new HashMap<>();
        for (IEditorReference ref : page.getEditorReferences()) {
            IEditorPart part = ref.getEditor(false);
            UnsavedText source = part == null || !part.isDirty() ? null : Adapters.adapt(part, UnsavedText.class);
            if (source != null && source.projectFile() != null) {
                texts.put(source.projectFile().toAbsolutePath().normalize(), source.unsavedText());
            }
        }
        return texts;
    }
}

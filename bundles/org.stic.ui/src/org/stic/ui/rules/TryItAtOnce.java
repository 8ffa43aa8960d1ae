package org.stic.ui.rules;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.stic.ui.Messages;

/**
 * "Try it at once" (Ctrl+Alt+R, from the rule editor and the extension metamodel editor): validates the models of the
 * project with its rule and extension files as the open editors hold them, unsaved, and shows the findings per model
 * in the {@link TrialView}, so that writing a rule is a short loop: type, try, read, fix. Nothing is written: neither
 * the editors' texts nor the markers of the saved files change.
 * <p>
 * The UI thread only takes the editors' unsaved texts and models ({@link Trial#capture}); the trial itself runs as a
 * user job with progress, cancellable between models, and a new trial cancels the one still running. The view shows
 * the findings when the job is done.
 */
public final class TryItAtOnce extends AbstractHandler {

    public static final String COMMAND = "org.stic.ui.rules.tryItAtOnce";
    /** The family of the trial jobs. */
    public static final Object FAMILY = TryItAtOnce.class;

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
     * editor of the page that offers one ({@link UnsavedText}); returns the scheduled job, which shows the
     * {@link TrialView} with the findings when it is done. UI thread.
     */
    public static Job run(IWorkbenchPage page, Path projectFile) {
        return run(page, projectFile, unsavedTexts(page));
    }

    /** Tries the project of {@code projectFile} with these texts in place of their files (by path). UI thread. */
    public static Job run(IWorkbenchPage page, Path projectFile, Map<Path, String> unsaved) {
        Trial.Request request = Trial.capture(projectFile, unsaved);
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        Job.getJobManager().cancel(FAMILY);
        Job job = new Job(Messages.get("trial.job", projectFile.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Trial trial = Trial.run(request, monitor);
                    display.asyncExec(() -> show(page, trial));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void show(IWorkbenchPage page, Trial trial) {
        if (page.getWorkbenchWindow().getShell() == null) {
            return; // the window closed meanwhile
        }
        try {
            ((TrialView) page.showView(TrialView.ID)).show(trial);
        } catch (PartInitException e) {
            ILog.of(TryItAtOnce.class).log(e.getStatus());
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

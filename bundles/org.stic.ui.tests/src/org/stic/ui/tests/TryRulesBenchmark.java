package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stic.extensions.ModelFindings;
import org.stic.extensions.ProjectSettings;
import org.stic.extensions.SticProject;
import org.stic.examples.SyntheticModels;
import org.stic.model.edit.Language;
import org.stic.model.io.SticResources;
import org.stic.tests.support.Timing;
import org.stic.ui.rules.TrialView;
import org.stic.ui.rules.TryItAtOnce;
import org.stic.validation.RuleSettings;

/**
 * What Edit > Try Rules Now costs the user on a project holding the extension example and a synthetic model of 1,000
 * or 10,000 elements, in the real workbench: the time until the findings are in the Rule Trial view, and the longest
 * time the UI thread could not answer (measured by a 5 ms timer on the event loop), for the trial run as a background
 * job (now) and for the same trial awaited on the UI thread (as the busy cursor did before); for the job also the
 * UI thread's share of the command (taking the editors' unsaved state, scheduling), the job alone, and the rows
 * listed. The baseline of the same run: the project built and its models read and validated headless, no workbench
 * involved. Prints medians in ms; no timed assertion. Run with {@code -Pbenchmark}.
 */
class TryRulesBenchmark {

    @RegisterExtension
    final CleanWorkbench workbench = CleanWorkbench.withExtensionExample();
    private final IWorkbenchPage page = workbench.page();
    private final Display display = page.getWorkbenchWindow().getShell().getDisplay();

    @Test
    void trialInTheBackgroundAgainstTheTrialOnTheUiThread() throws Exception {
        IProject project = workbench.project();
        Path root = project.getLocation().toFile().toPath();
        Path rules = root.resolve("rules/methodology.ocl");
        System.out.printf("%-9s %14s %16s %16s %16s %16s %14s %14s %8s%n", "elements", "headless (ms)",
                "UI thread: done", "UI thread: stall", "job: done (ms)", "job: stall (ms)", "command (ms)",
                "job alone (ms)", "rows");
        for (int n : new int[] {1_000, 10_000}) {
            Resource model = SticResources.create(SticResources.newResourceSet(),
                    root.resolve("models/synthetic.stic"), SyntheticModels.generate(n, 7));
            SticResources.save(model);
            project.refreshLocal(IResource.DEPTH_INFINITE, null);
            List<Path> models = List.of(root.resolve("models/technopark-cluster.stic"), root.resolve("models/synthetic.stic"));

            int[] findings = new int[1];
            double headless = Timing.median(1, 3, () -> findings[0] = headless(root, models));
            double[] blockedStall = new double[3];
            double blocked = median(() -> {
                Job job = TryItAtOnce.run(page, rules);
                job.join(); // the UI thread waits, as under the busy cursor
                UiTestSupport.spin(3);
                return job;
            }, blockedStall);
            double[] jobStall = new double[3];
            double[] command = new double[3];
            double[] jobAlone = new double[3];
            int[] run = {-1};
            double background = median(() -> {
                long[] running = new long[2];
                JobChangeAdapter timing = new JobChangeAdapter() {
                    @Override
                    public void running(IJobChangeEvent event) {
                        if (event.getJob().belongsTo(TryItAtOnce.FAMILY)) {
                            running[0] = System.nanoTime();
                        }
                    }

                    @Override
                    public void done(IJobChangeEvent event) {
                        if (event.getJob().belongsTo(TryItAtOnce.FAMILY)) {
                            running[1] = System.nanoTime();
                        }
                    }
                };
                Job.getJobManager().addJobChangeListener(timing);
                long t = System.nanoTime();
                Job job = TryItAtOnce.run(page, rules);
                double commandMs = (System.nanoTime() - t) / 1e6;
                UiTestSupport.spinUntil("the trial", () -> job.getResult() != null, 600_000);
                UiTestSupport.spin(3);
                Job.getJobManager().removeJobChangeListener(timing);
                if (run[0] >= 0) {
                    command[run[0]] = commandMs;
                    jobAlone[run[0]] = (running[1] - running[0]) / 1e6;
                }
                run[0]++;
                return job;
            }, jobStall);
            TrialView view = (TrialView) page.findView(TrialView.ID);
            assertTrue(view.summary().contains("2 models"), view.summary());
            assertTrue(view.texts().size() >= findings[0], view.texts().size() + " rows, " + findings[0] + " findings");
            System.out.printf("%-9d %14.0f %16.0f %16.0f %16.0f %16.0f %14.0f %14.0f %8d%n", n, headless, blocked,
                    sorted(blockedStall), background, sorted(jobStall), sorted(command), sorted(jobAlone),
                    view.texts().size());
        }
    }

    /** The project built from its files and each model read and validated, as a command-line run would. */
    private static int headless(Path root, List<Path> models) {
        SticProject project = SticProject.of(ProjectSettings.read(root.resolve(ProjectSettings.FILE_NAME)));
        int findings = 0;
        for (Path m : models) {
            try {
                Resource r = project.load(m);
                findings += ModelFindings.of(project, r.getContents().get(0), RuleSettings.defaults(), Language.current())
                        .size();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return findings;
    }

    private interface Trial {
        Job run() throws Exception;
    }

    /**
     * The median of three timed trials after one untimed, from the command to the findings shown; {@code stalls}
     * gets each timed trial's longest gap between two ticks of a 5 ms timer on the event loop.
     */
    private double median(Trial trial, double[] stalls) throws Exception {
        double[] ms = new double[3];
        for (int i = -1; i < 3; i++) {
            long[] last = {System.nanoTime()};
            double[] stall = {0};
            boolean[] ticking = {true};
            Runnable tick = new Runnable() {
                @Override
                public void run() {
                    long now = System.nanoTime();
                    stall[0] = Math.max(stall[0], (now - last[0]) / 1e6);
                    last[0] = now;
                    if (ticking[0]) {
                        display.timerExec(5, this);
                    }
                }
            };
            display.timerExec(5, tick);
            UiTestSupport.spin(2);
            last[0] = System.nanoTime();
            stall[0] = 0;
            long t = System.nanoTime();
            Job job = trial.run();
            double elapsed = (System.nanoTime() - t) / 1e6;
            ticking[0] = false;
            assertEquals(IStatus.OK, job.getResult().getSeverity());
            if (i >= 0) {
                ms[i] = elapsed;
                stalls[i] = stall[0];
            }
        }
        return sorted(ms);
    }

    private static double sorted(double[] values) {
        double[] copy = values.clone();
        java.util.Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}

package org.stic.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.Saveable;
import org.stic.CostItem;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.Partnership;
import org.stic.RevenueStream;
import org.stic.SegmentNeed;
import org.stic.ValueProposition;
import org.stic.analysis.AnalysisCache;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.Comparison;
import org.stic.analysis.Scenario;
import org.stic.analysis.ScenarioChange;
import org.stic.analysis.ScenarioFile;
import org.stic.diagram.WhatIfOverlay;
import org.stic.diagram.scene.Overlay;
import org.stic.diagram.ui.Messages;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;
import org.stic.ui.session.ModelSession;

/**
 * The diagram's what-if mode: elements switched off (and on again) form a scenario of the analysis
 * ({@link ScenarioFile}: {@code <model>.<name>.stic-scenario}, each switched-off element a {@code remove} line),
 * analysed against the model at once; the diagram greys what is off and draws in red what loses readiness
 * ({@link WhatIfOverlay}), and a banner says the diagram shows a scenario and what it changes. The model is never
 * changed: the scenario has its own command stack (Undo and Redo act on it while the mode is on) and its own dirty
 * state; Save writes the scenario file, and leaving the mode with unsaved changes asks first.
 */
final class WhatIfMode {

    /** How many elements the banner names in each of its lists (then how many more). */
    private static final int MAX_NAMES = 5;
    /** The scenario's name when none was opened: the file {@code <model>.what-if.stic-scenario}. */
    static final String DEFAULT_NAME = "what-if";

    private final DiagramEditor editor;
    private final ModelSession session;
    private final BasicCommandStack stack = new BasicCommandStack();
    private final ScenarioSaveable saveable = new ScenarioSaveable();
    /** Switched off, in the order the user did it. */
    private final Set<EObject> off = new LinkedHashSet<>();
    /** Changes of an opened file that the diagram does not show (status, capacity ...): kept and written back. */
    private List<ScenarioChange> others = List.of();
    private boolean active;
    private String name = DEFAULT_NAME;
    private Comparison comparison;
    private WhatIfOverlay overlay;

    private Composite banner;
    /**
     * The banner's text: drawn by SWT itself (a read-only {@link StyledText}), not a native label, so that a new text
     * of the same height is only repainted; a native label would have the window system lay the whole window out again
     * at every step.
     */
    private StyledText bannerText;

    WhatIfMode(DiagramEditor editor, ModelSession session) {
        this.editor = editor;
        this.session = session;
        stack.addCommandStackListener(e -> changed());
    }

    /** The banner above the diagram, shown while the mode is on. */
    void createBanner(Composite parent) {
        banner = new Composite(parent, SWT.NONE);
        banner.setLayout(GridLayoutFactory.swtDefaults().numColumns(4).margins(6, 3).create());
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(banner);
        // the palette's bubble colours: a light amber bar with dark text, whatever the theme
        banner.setBackground(new Color(0xFF, 0xF4, 0xE5));
        bannerText = new StyledText(banner, SWT.WRAP | SWT.READ_ONLY);
        bannerText.setEditable(false);
        bannerText.setCaret(null);
        bannerText.setBackground(banner.getBackground());
        bannerText.setForeground(new Color(0x1A, 0x1A, 0x1A));
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(bannerText);
        button(Messages.get("whatIf.open"), this::openChosen);
        button(Messages.get("whatIf.save"), this::save);
        button(Messages.get("whatIf.leave"), this::leave);
        banner.setVisible(false);
    }

    private void button(String text, Runnable run) {
        Button b = new Button(banner, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> run.run());
    }

    boolean isActive() {
        return active;
    }

    /** Turns the mode on with the scenario as it was (an empty one the first time). */
    void enter() {
        if (active) {
            return;
        }
        active = true;
        editor.whatIfChanged();
        update();
    }

    /**
     * Turns the mode off; unsaved scenario changes are first offered to save (Save, Discard, Cancel). Returns false
     * when the user cancelled and the mode stays on.
     */
    boolean leave() {
        if (!active) {
            return true;
        }
        if (isDirty()) {
            int answer = new MessageDialog(editor.getSite().getShell(), Messages.get("whatIf.leave.title"), null,
                    Messages.get("whatIf.leave.question", name, file().getFileName()), MessageDialog.QUESTION, 0,
                    Messages.get("whatIf.leave.save"), Messages.get("whatIf.leave.discard"),
                    Messages.get("whatIf.leave.cancel")).open();
            if (answer == 0) {
                if (!save()) {
                    return false;
                }
            } else if (answer == 1) {
                discard();
            } else {
                return false;
            }
        }
        active = false;
        editor.whatIfChanged();
        update();
        return true;
    }

    /** Drops the unsaved changes: back to the scenario as last saved or opened. */
    private void discard() {
        while (stack.isSaveNeeded() && stack.canUndo()) {
            stack.undo();
        }
        stack.flush();
    }

    /** The scenario's own command stack: Undo and Redo while the mode is on. */
    BasicCommandStack commandStack() {
        return stack;
    }

    boolean isDirty() {
        return active && stack.isSaveNeeded();
    }

    Saveable saveable() {
        return saveable;
    }

    String name() {
        return name;
    }

    /** {@code <model>.<name>.stic-scenario} beside the model. */
    Path file() {
        return ScenarioFile.fileFor(session.path(), name);
    }

    Set<EObject> switchedOff() {
        return Set.copyOf(off);
    }

    /** What the scenario changes against the baseline (null while the mode is off or nothing is analysed yet). */
    Comparison comparison() {
        return comparison;
    }

    WhatIfOverlay overlay() {
        return overlay;
    }

    /** Elements a scenario can remove (the analysis' {@code remove} line). */
    static boolean switchable(EObject e) {
        return e instanceof Participant || e instanceof Partnership || e instanceof KeyResource
                || e instanceof KeyAction || e instanceof ValueProposition || e instanceof SegmentNeed
                || e instanceof RevenueStream || e instanceof CostItem;
    }

    /** Switches elements off (true) or on, as one undoable step of the scenario. */
    void switchElements(List<? extends EObject> elements, boolean switchOff) {
        List<EObject> changing = new ArrayList<>();
        for (EObject e : elements) {
            if (switchable(e) && off.contains(e) != switchOff) {
                changing.add(e);
            }
        }
        if (active && !changing.isEmpty()) {
            stack.execute(new Switch(changing, switchOff));
        }
    }

    /** A step of the scenario: switching elements off or on; undo switches them back. */
    private final class Switch extends AbstractCommand {
        private final List<EObject> elements;
        private final boolean switchOff;

        Switch(List<EObject> elements, boolean switchOff) {
            super(Messages.get(switchOff ? "command.switchOff" : "command.switchOn"));
            this.elements = elements;
            this.switchOff = switchOff;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            set(switchOff);
        }

        @Override
        public void undo() {
            set(!switchOff);
        }

        @Override
        public void redo() {
            execute();
        }

        private void set(boolean on) {
            if (on) {
                off.addAll(elements);
            } else {
                elements.forEach(off::remove);
            }
        }
    }

    private void changed() {
        update();
        editor.whatIfDirtyChanged();
    }

    /** The scenario as the analysis reads it: the switched-off elements still in the model, then the others. */
    Scenario scenario() {
        Resource resource = editor.getResource();
        List<ScenarioChange> changes = new ArrayList<>();
        for (EObject e : off) {
            if (e.eResource() == resource) {
                changes.add(new ScenarioChange.Remove(e));
            }
        }
        changes.addAll(others);
        return new Scenario(name, changes);
    }

    /**
     * The analysis of the model as it is (the scenario's baseline), null when the model could not be loaded: the
     * session's, kept once per model state and shared with the Readiness view and the diagram's badges.
     */
    AnalysisResult baseline() {
        AnalysisCache analysis = session.analysis();
        return analysis == null ? null : analysis.result(AnalysisOptions.thisYear());
    }

    /** What to draw over the scene: the scenario's overlay while the mode is on, else nothing. */
    List<Overlay> overlays() {
        AnalysisResult baseline = active ? baseline() : null;
        if (baseline == null) {
            overlay = null;
            comparison = null;
            return List.of();
        }
        AnalysisResult under = session.analysis().under(baseline.options(), scenario());
        comparison = Comparison.of(baseline, under);
        overlay = WhatIfOverlay.of(baseline, under);
        return List.of(overlay);
    }

    /** Analyses the scenario again and shows it: the diagram's colours and the banner. */
    void update() {
        editor.overlaysChanged();
        refreshBanner();
    }

    /** The banner for the scenario as last analysed. */
    void refreshBanner() {
        if (banner == null || banner.isDisposed()) {
            return;
        }
        String text = active ? bannerText() : "";
        if (text.equals(bannerText.getText()) && banner.getVisible() == active) {
            return;
        }
        bannerText.setText(text);
        GridData data = (GridData) banner.getLayoutData();
        if (active && !data.exclude && banner.getVisible() && !textHeightChanged()) {
            return; // the text wraps itself again; the diagram below keeps its size and its picture
        }
        if (!active) {
            ((GridData) bannerText.getLayoutData()).heightHint = SWT.DEFAULT;
        }
        data.exclude = !active;
        banner.setVisible(active);
        banner.getParent().layout(true, true);
        if (active && textHeightChanged()) {
            banner.getParent().layout(true, true); // wrapped at the width it was given, the text needs more lines
        }
    }

    /**
     * Gives the banner's text the height it needs at its width, and never less than before while the mode is on, so
     * that the banner keeps its height from one step to the next (a shorter text leaves a line free); returns whether
     * that height changed.
     */
    private boolean textHeightChanged() {
        GridData data = (GridData) bannerText.getLayoutData();
        int width = bannerText.getSize().x;
        int needed = width > 0 ? bannerText.computeSize(width, SWT.DEFAULT).y : SWT.DEFAULT;
        if (needed <= data.heightHint) {
            return false;
        }
        data.heightHint = needed;
        return true;
    }

    /**
     * "What-if scenario «what-if»: 1 element switched off (X). Against the baseline: 2 needs lose readiness: ...",
     * naming at most {@link #MAX_NAMES} elements a list (then "and 12 more"): a step that costs a hundred needs keeps
     * a banner of a few lines; the diagram's red shows them all.
     */
    String bannerText() {
        if (comparison == null || off.isEmpty() && others.isEmpty()) {
            return Messages.get("whatIf.banner.empty", name);
        }
        List<String> offNames = off.stream().filter(e -> e.eResource() == editor.getResource()).map(this::label)
                .toList();
        List<String> lost = comparison.lost().stream().map(this::label).toList();
        List<String> gained = comparison.gained().stream().map(this::label).toList();
        String against = lost.isEmpty() && gained.isEmpty() ? Messages.get("whatIf.banner.noChange")
                : (lost.isEmpty() ? "" : Messages.get("whatIf.banner.lost", lost.size(), first(lost)))
                        + (!lost.isEmpty() && !gained.isEmpty() ? " " : "")
                        + (gained.isEmpty() ? "" : Messages.get("whatIf.banner.gained", gained.size(),
                                first(gained)));
        return Messages.get("whatIf.banner", name, offNames.size(), first(offNames), against)
                + (others.isEmpty() ? "" : " " + Messages.get("whatIf.banner.others", others.size()))
                + (isDirty() ? " " + Messages.get("whatIf.banner.unsaved") : "");
    }

    /** The first {@link #MAX_NAMES} names, then how many more there are. */
    private static String first(List<String> names) {
        if (names.size() <= MAX_NAMES) {
            return String.join("; ", names);
        }
        return String.join("; ", names.subList(0, MAX_NAMES)) + " "
                + Messages.get("whatIf.banner.more", names.size() - MAX_NAMES);
    }

    private String label(EObject e) {
        return Vocabulary.current().label(e);
    }

    String bannerShown() {
        return bannerText == null || bannerText.isDisposed() ? "" : bannerText.getText();
    }

    // ---- files

    /** Asks for a scenario file of this model and opens it. */
    private void openChosen() {
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.OPEN);
        dialog.setText(Messages.get("whatIf.open.title"));
        dialog.setFilterExtensions(new String[] { "*" + ScenarioFile.SUFFIX });
        dialog.setFilterPath(session.path().getParent().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            open(Path.of(chosen));
        }
    }

    /**
     * Opens a scenario file of this model (the mode comes on): its removed elements are switched off, its other
     * changes kept as they are. Unsaved changes of the scenario shown are offered to save first. A file that cannot
     * be read is said with its line and column, and nothing changes.
     */
    boolean open(Path scenarioFile) {
        Scenario read;
        try {
            read = ScenarioFile.read(scenarioFile, editor.getResource(), session.path(), Language.current());
        } catch (IOException e) {
            ErrorDialog.openError(editor.getSite().getShell(), Messages.get("whatIf.open.failed"), null,
                    Status.error(String.valueOf(e.getMessage()), e));
            return false;
        }
        if (active && !leave()) {
            return false;
        }
        off.clear();
        List<ScenarioChange> rest = new ArrayList<>();
        for (ScenarioChange c : read.changes()) {
            if (c instanceof ScenarioChange.Remove r) {
                off.add(r.element());
            } else {
                rest.add(c);
            }
        }
        others = List.copyOf(rest);
        name = read.name();
        stack.flush();
        enter();
        return true;
    }

    /** Writes the scenario file (atomically, through {@link ScenarioFile}); false when it could not be written. */
    boolean save() {
        Path target = file();
        try {
            ScenarioFile.write(target, scenario(), editor.getResource(), Language.current());
            stack.saveIsDone();
            editor.getFile().getParent().refreshLocal(IResource.DEPTH_ONE, null);
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(editor.getSite().getShell(), Messages.get("whatIf.save.failed"),
                    Messages.get("export.couldNotWrite", target), Status.error(String.valueOf(e.getMessage()), e));
            return false;
        }
        changed();
        return true;
    }

    /** The scenario in the workbench's Save and its question on closing. */
    private final class ScenarioSaveable extends Saveable {
        @Override
        public String getName() {
            return Messages.get("whatIf.saveable", file().getFileName());
        }

        @Override
        public String getToolTipText() {
            return file().toString();
        }

        @Override
        public ImageDescriptor getImageDescriptor() {
            return null;
        }

        @Override
        public void doSave(IProgressMonitor monitor) {
            save();
        }

        @Override
        public boolean isDirty() {
            return WhatIfMode.this.isDirty();
        }

        @Override
        public boolean equals(Object object) {
            return object == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}

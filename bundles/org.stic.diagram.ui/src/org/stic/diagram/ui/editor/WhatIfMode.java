package org.stic.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;

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
import org.stic.ui.analysis.ShownScenario;
import org.stic.ui.session.ModelSession;

/**
 * The diagram's what-if mode: the changes the user makes on the diagram (elements switched off and on, a status, a
 * capacity, a demand, an amount, a supporting resource added: every change kind of docs/analysis.md) form a scenario
 * of the analysis ({@link ScenarioFile}: {@code <model>.<name>.stic-scenario}), analysed against the model at once;
 * the diagram greys what is off, outlines what is changed, draws in red what loses readiness and in green what
 * becomes ready ({@link WhatIfOverlay}), and a banner says the diagram shows a scenario and what it changes. The
 * model is never changed: the scenario has its own command stack (Undo and Redo act on it while the mode is on) and
 * its own dirty state; Save writes the scenario file, and leaving the mode with unsaved changes asks first. The
 * analysis views show the scenario while the mode is on ({@link ShownScenario}).
 */
final class WhatIfMode implements ShownScenario {

    /** The scenario's name when none was opened: the file {@code <model>.what-if.stic-scenario}. */
    static final String DEFAULT_NAME = "what-if";
    /**
     * The banner's text is this many lines high whatever the scenario: a longer one scrolls in it, and a step of the
     * scenario never lays the editor out again (nor makes the diagram repaint all of its canvas).
     */
    private static final int BANNER_LINES = 4;

    private final DiagramEditor editor;
    private final ModelSession session;
    private final BasicCommandStack stack = new BasicCommandStack();
    private final ScenarioSaveable saveable = new ScenarioSaveable();
    /** The scenario's changes by what they change ({@link #key}), in the order the user made them. */
    private final Map<List<Object>, ScenarioChange> changes = new LinkedHashMap<>();
    /** The analysis views that show the scenario. */
    private final ListenerList<Runnable> listeners = new ListenerList<>();
    private boolean active;
    private String name = DEFAULT_NAME;
    private Comparison comparison;
    private WhatIfOverlay overlay;

    private Composite banner;
    /**
     * The banner's text: read-only, selectable, {@link #BANNER_LINES} lines high (a longer text scrolls); drawn by SWT
     * itself (a {@link StyledText}), not a native text, so that a new text is only repainted: a native one would have
     * the window system lay the whole window out again at every step.
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
        bannerText = new StyledText(banner, SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        bannerText.setEditable(false);
        bannerText.setCaret(null);
        bannerText.setBackground(banner.getBackground());
        bannerText.setForeground(new Color(0x1A, 0x1A, 0x1A));
        int height = bannerText.computeTrim(0, 0, 0, bannerText.getLineHeight() * BANNER_LINES).height;
        GridDataFactory.fillDefaults().grab(true, false).hint(300, height).applyTo(bannerText);
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
        changed();
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
        changed();
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

    /** The elements the scenario switches off, in the order the user did it. */
    Set<EObject> switchedOff() {
        Set<EObject> off = new LinkedHashSet<>();
        for (ScenarioChange c : changes.values()) {
            if (c instanceof ScenarioChange.Remove r) {
                off.add(r.element());
            }
        }
        return off;
    }

    /** The scenario's change of this kind ({@link ScenarioChange#verb()}) of the element, or null. */
    ScenarioChange change(String verb, EObject element) {
        return changes.get(List.of(verb, element));
    }

    /** The scenario's changes of these elements (for add-resource: of these actions), in the order made. */
    List<ScenarioChange> changesOf(Collection<? extends EObject> elements) {
        return changes.values().stream().filter(c -> elements.contains(c.element())).toList();
    }

    /** What a change changes: its kind and element, and for add-resource the resource; one change per key. */
    static List<Object> key(ScenarioChange change) {
        return change instanceof ScenarioChange.AddResource a ? List.of(a.verb(), a.element(), a.resource())
                : List.of(change.verb(), change.element());
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
        List<ScenarioChange> set = new ArrayList<>();
        List<List<Object>> drop = new ArrayList<>();
        for (EObject e : elements) {
            if (switchable(e)) {
                ScenarioChange remove = new ScenarioChange.Remove(e);
                if (switchOff) {
                    set.add(remove);
                } else {
                    drop.add(key(remove));
                }
            }
        }
        edit(Messages.get(switchOff ? "command.switchOff" : "command.switchOn"), set, drop);
    }

    /**
     * One undoable step of the scenario (nothing when it changes nothing or the mode is off): the changes in
     * {@code set} become part of it, each replacing the scenario's change of the same kind of the same element, and
     * the changes with the keys in {@code drop} leave it.
     */
    void edit(String label, Collection<ScenarioChange> set, Collection<List<Object>> drop) {
        Map<List<Object>, ScenarioChange> after = new LinkedHashMap<>();
        drop.forEach(k -> after.put(k, null));
        set.forEach(c -> after.put(key(c), c));
        Map<List<Object>, ScenarioChange> before = new LinkedHashMap<>();
        after.keySet().forEach(k -> before.put(k, changes.get(k)));
        if (active && !before.equals(after)) {
            stack.execute(new Step(label, before, after));
        }
    }

    /** A step of the scenario: the changes it makes by key (null: the key's change leaves), and those it replaced. */
    private final class Step extends AbstractCommand {
        private final Map<List<Object>, ScenarioChange> before;
        private final Map<List<Object>, ScenarioChange> after;

        Step(String label, Map<List<Object>, ScenarioChange> before, Map<List<Object>, ScenarioChange> after) {
            super(label);
            this.before = before;
            this.after = after;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            apply(after);
        }

        @Override
        public void undo() {
            apply(before);
        }

        @Override
        public void redo() {
            execute();
        }

        private void apply(Map<List<Object>, ScenarioChange> state) {
            state.forEach((k, c) -> {
                if (c == null) {
                    changes.remove(k);
                } else {
                    changes.put(k, c);
                }
            });
        }
    }

    private void changed() {
        update();
        editor.whatIfDirtyChanged();
        for (Runnable l : listeners) {
            l.run();
        }
    }

    /**
     * The scenario as the analysis reads it: its changes that still apply to the model (an element deleted from the
     * model since, or a resource the model now links to the action, drops out of the scenario until undone).
     */
    Scenario scenario() {
        Resource resource = editor.getResource();
        List<ScenarioChange> list = new ArrayList<>();
        for (ScenarioChange c : changes.values()) {
            if (c.element().eResource() == resource && !(c instanceof ScenarioChange.AddResource a
                    && (a.resource().eResource() != resource
                            || a.element().getSupportingResources().contains(a.resource())))) {
                list.add(c);
            }
        }
        return new Scenario(name, list);
    }

    // ---- the analysis views

    @Override
    public Scenario shownScenario() {
        return active ? scenario() : null;
    }

    @Override
    public void addScenarioListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeScenarioListener(Runnable listener) {
        listeners.remove(listener);
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
        bannerText.setToolTipText(text);
        GridData data = (GridData) banner.getLayoutData();
        if (active && !data.exclude && banner.getVisible()) {
            return; // as high as before: the text wraps itself again, the diagram keeps its size and its picture
        }
        data.exclude = !active;
        banner.setVisible(active);
        banner.getParent().layout(true, true);
    }

    /**
     * The scenario's name and what changes against the baseline (the needs that lose or gain readiness, each
     * currency's balance that changes in the analysis year), then a line per change of the scenario ("• Switched
     * off 1: X", "• Y: capacity 20 services/year → 10 services/year"): the most important first, since a long
     * scenario scrolls in the banner.
     */
    String bannerText() {
        Scenario scenario = scenario();
        if (comparison == null || scenario.changes().isEmpty()) {
            return Messages.get("whatIf.banner.empty", name);
        }
        ScenarioWords words = new ScenarioWords(Language.current());
        List<String> lost = comparison.lost().stream().map(this::label).toList();
        List<String> gained = comparison.gained().stream().map(this::label).toList();
        List<String> against = new ArrayList<>();
        if (!lost.isEmpty()) {
            against.add(Messages.get("whatIf.banner.lost", lost.size(), String.join("; ", lost)));
        }
        if (!gained.isEmpty()) {
            against.add(Messages.get("whatIf.banner.gained", gained.size(), String.join("; ", gained)));
        }
        if (against.isEmpty()) {
            against.add(Messages.get("whatIf.banner.noChange"));
        }
        comparison.money().forEach(m -> against.add(words.balance(comparison.baseline().options().year(), m)));
        StringBuilder text = new StringBuilder(Messages.get("whatIf.banner", name, String.join(" ", against)));
        if (isDirty()) {
            text.append(' ').append(Messages.get("whatIf.banner.unsaved"));
        }
        text.append('\n').append(Messages.get("whatIf.banner.changes", scenario.changes().size()));
        List<String> off = scenario.changes().stream().filter(ScenarioChange.Remove.class::isInstance)
                .map(c -> label(c.element())).toList();
        if (!off.isEmpty()) {
            text.append("\n\u2022 ").append(Messages.get("whatIf.banner.switchedOff", off.size(),
                    String.join("; ", off)));
        }
        scenario.changes().stream().filter(c -> !(c instanceof ScenarioChange.Remove))
                .forEach(c -> text.append("\n\u2022 ").append(words.change(c)));
        return text.toString();
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
     * Opens a scenario file of this model (the mode comes on) with all its changes. Unsaved changes of the scenario shown are offered to save first. A file that cannot
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
        changes.clear();
        read.changes().forEach(c -> changes.put(key(c), c));
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

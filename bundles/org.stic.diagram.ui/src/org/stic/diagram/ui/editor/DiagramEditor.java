package org.stic.diagram.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.stic.Cluster;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.Scenario;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.CriticalityOverlay;
import org.stic.diagram.Decoration;
import org.stic.diagram.DiagramState;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.render.SceneDamage;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Overlay;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.Messages;
import org.stic.model.edit.Language;
import org.stic.ui.emf.CommandStackAction;
import org.stic.ui.emf.EditingDomains;
import org.stic.ui.project.SticProjects;
import org.stic.ui.analysis.ElementHighlighting;
import org.stic.ui.analysis.ShownScenario;
import org.stic.ui.session.ModelSession;

/**
 * The diagram editor of a {@code .stic} model: one view of the model (both contours, internal, external, network)
 * drawn by the diagram engine on an SWT canvas. It edits the model in the file's {@link ModelSession}, shared with
 * the model editor: one command stack for model edits and diagram changes (moves, resizes, arrange, collapse) made
 * in either editor, one dirty state, and Save in either writes the model and the diagram state
 * ({@code <model>.stic.diagram}: manual bounds, collapsed regions, the view shown), which the session keeps while
 * any editor of the file is open.
 * <p>
 * The part puts together the pieces that each keep one job: the {@link EditorScene} (what is shown), the
 * {@link DiagramViewer} (canvas, selection) with the {@link SelectionTool} and the palette's {@link DiagramTools},
 * {@link DiagramEditing} (clipboard, delete, hide), {@link SelectionSync} (the selection in the workbench and the
 * model editor's tree), {@link DiagramExport}, {@link DiagramFiles} (save, files changed on disk, what could not be
 * read) and {@link DiagramMenus} (tool bar, context menu).
 */
public class DiagramEditor extends EditorPart
        implements ISelectionProvider, DiagramViewer.Host, IEditingDomainProvider, ISaveablesSource {

    public static final String ID = "org.stic.diagram.ui.editor";

    private final ComposedAdapterFactory adapterFactory = EditingDomains.adapterFactory();
    /** Changed rule files: the decorations are the new rules' findings. */
    private final SticProjects.Listener projectListener = changed -> this.scene.scheduleRebuild();
    private final CommandStackListener stackListener = e -> stackChanged();

    private final ModelSession.Listener sessionListener = new ModelSession.Listener() {
        @Override
        public void reloaded() {
            loadModel();
            scene.rebuild();
        }

        @Override
        public void saved() {
            firePropertyChange(PROP_DIRTY);
        }

        @Override
        public void moved() {
            file = session.file();
            setInputWithNotify(new FileEditorInput(file));
            setPartName(Messages.get("editor.partName", file.getName()));
        }

        @Override
        public void removed() {
            if (!isDirty()) {
                getSite().getPage().closeEditor(DiagramEditor.this, false);
            }
        }
    };

    private IFile file;
    private ModelSession session;
    private LayoutCompanion layout;
    private EditorScene scene;
    private DiagramFiles files;
    private WhatIfMode whatIf;
    private ScenarioEditing scenarioEditing;
    /** The criticality overlay is shown. */
    private boolean criticality;
    /** The scenario's dirty state as the workbench last heard it. */
    private boolean scenarioDirtyTold;
    private final SelectionSync selectionSync = new SelectionSync(this);
    private final DiagramExport export = new DiagramExport(this);
    private final DiagramMenus menus = new DiagramMenus(this);
    private final DiagramEditing editing = new DiagramEditing(this);
    private final DiagramFind find = new DiagramFind(this);
    /** Edit > Find/Replace (Ctrl+F): the find bar. */
    private final Action findAction = new Action() {
        @Override
        public void run() {
            find.open();
        }
    };

    private DiagramViewer viewer;
    private DiagramTools tools;
    private final Action selectAll = new Action() {
        @Override
        public void run() {
            setSelection(new StructuredSelection(viewer.getScene().nodes().stream().map(SceneNode::element).toList()));
            selectionSync.fireSelection();
        }
    };
    private final CommandStackAction undo = CommandStackAction.undo();
    private final CommandStackAction redo = CommandStackAction.redo();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException(Messages.get("editor.workspaceOnly", input.getName()));
        }
        setSite(site);
        setInputWithNotify(input);
        file = fileInput.getFile();
        setPartName(Messages.get("editor.partName", file.getName()));
        session = ModelSession.acquire(file);
        session.addListener(sessionListener);
        session.commandStack().addCommandStackListener(stackListener);
        layout = session.companion(LayoutCompanion.class, LayoutCompanion::new);
        scene = new EditorScene(this, session, layout, session.path());
        files = new DiagramFiles(this, session, layout);
        whatIf = new WhatIfMode(this, session);
        scenarioEditing = new ScenarioEditing(this, whatIf);
        site.setSelectionProvider(this);
        undo.setEditingDomain(session.domain());
        redo.setEditingDomain(session.domain());
        SticProjects.addListener(projectListener);
    }

    /**
     * Makes this editor's actions the workbench's Undo, Redo, Copy, Paste, Delete and Select All (the action bars
     * are shared by all diagram editors: the contributor calls this for the active one).
     */
    void contributeTo(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
        bars.setGlobalActionHandler(ActionFactory.FIND.getId(), findAction);
        editing.contributeTo(bars);
        bars.updateActionBars();
    }

    void fillUndoRedo(IMenuManager menu) {
        menu.add(undo);
        menu.add(redo);
    }

    /** The model file shown. */
    public IFile getFile() {
        return file;
    }

    /** The diagram file beside the model. */
    public Path getDiagramFile() {
        return layout.file();
    }

    private void loadModel() {
        scene.loadModel();
        files.readProblem();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 0).create());
        menus.createToolBar(body);
        whatIf.createBanner(body);
        find.createBar(body);
        Composite middle = new Composite(body, SWT.NONE);
        middle.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).create());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(middle);
        viewer = new DiagramViewer(middle, this);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        tools = new DiagramTools(this, middle);
        GridDataFactory.fillDefaults().grab(false, true).applyTo(tools.palette().getControl());
        files.createStatusBar(body);
        menus.hookContextMenu();
        loadModel();
        scene.rebuild();
        selectionSync.listen();
    }

    // ---- the pieces

    EditorScene scene() {
        return scene;
    }

    DiagramFiles files() {
        return files;
    }

    DiagramExport export() {
        return export;
    }

    WhatIfMode whatIf() {
        return whatIf;
    }

    /** The context menu's scenario items and their dialogs. */
    ScenarioEditing scenarioEditing() {
        return scenarioEditing;
    }

    /** Find on the diagram (Ctrl+F). */
    public void find(String text) {
        find.open();
        find.setText(text);
    }

    /** Goes to Find's next (1) or previous (-1) match. */
    public void findNext(int direction) {
        find.step(direction);
    }

    /** Find's matches in diagram order, and the one shown. */
    public List<EObject> findMatches() {
        return find.matches();
    }

    public EObject findCurrent() {
        return find.current();
    }

    // ---- what is drawn over the scene: the what-if scenario, the criticality of elements

    /** Draws a scene just built with the overlays on (of the model as it is now). */
    void decorate(Scene scene) {
        scene.setOverlays(overlays());
        whatIf.refreshBanner();
    }

    private List<Overlay> overlays() {
        List<Overlay> list = new ArrayList<>(whatIf.overlays());
        AnalysisResult baseline = criticality ? whatIf.baseline() : null;
        if (baseline != null) {
            list.add(CriticalityOverlay.of(baseline));
        }
        return list;
    }

    /** A new scene is shown (model change, view switched): Find looks again. */
    void sceneShown() {
        menus.sceneShown();
        if (find.isOpen()) {
            find.search();
        }
    }

    /**
     * The overlays changed (a scenario step, a toggle): analysed again, and only the nodes and links whose colours
     * changed (and the legend) repainted, no new layout.
     */
    void overlaysChanged() {
        if (viewer != null && viewer.getScene() != null && !viewer.getControl().isDisposed()) {
            Scene scene = viewer.getScene();
            List<Overlay> before = scene.overlays();
            scene.setOverlays(overlays());
            viewer.redraw(SceneDamage.ofOverlays(scene, before, scene.overlays()));
        }
    }

    /** Whether the criticality overlay shades participants, partnerships, resources and actions. */
    public boolean isCriticalityShown() {
        return criticality;
    }

    public void showCriticality(boolean show) {
        criticality = show;
        menus.criticalityShown(show);
        overlaysChanged();
    }

    /** Whether the diagram is in what-if mode. */
    public boolean isWhatIf() {
        return whatIf.isActive();
    }

    /** Turns what-if mode on; off asks first when the scenario has unsaved changes (false: the user cancelled). */
    public boolean setWhatIf(boolean on) {
        if (on) {
            whatIf.enter();
            return true;
        }
        return whatIf.leave();
    }

    /** Opens a scenario file of this model in what-if mode; false when it could not be read or the user cancelled. */
    public boolean openScenario(Path scenarioFile) {
        return whatIf.open(scenarioFile);
    }

    /** The elements the scenario switches off. */
    public Set<EObject> switchedOff() {
        return whatIf.switchedOff();
    }

    /** The what-if scenario as the analysis reads it (its name and changes), whether or not the mode is on. */
    public Scenario scenario() {
        return whatIf.scenario();
    }

    /** The what-if banner's text as shown ("" while the mode is off). */
    public String whatIfBanner() {
        return whatIf.bannerShown();
    }

    /** The mode came on or went off: Undo and Redo act on the scenario while it is on. */
    void whatIfChanged() {
        CommandStack stack = whatIf.isActive() ? whatIf.commandStack() : session.commandStack();
        undo.setCommandStack(stack);
        redo.setCommandStack(stack);
        menus.whatIfShown(whatIf.isActive());
        scenarioDirtyTold = whatIf.isDirty();
        firePropertyChange(PROP_DIRTY);
    }

    /**
     * The scenario changed: the workbench hears of the dirty state only when it changed, not at every step (it
     * updates the tab, Save and the saveables each time, which a what-if step would wait for).
     */
    void whatIfDirtyChanged() {
        if (whatIf.isDirty() != scenarioDirtyTold) {
            scenarioDirtyTold = whatIf.isDirty();
            firePropertyChange(PROP_DIRTY);
        }
    }

    DiagramEditing getEditing() {
        return editing;
    }

    public DiagramViewer getViewer() {
        return viewer;
    }

    /** The palette's tools on this diagram. */
    public DiagramTools getTools() {
        return tools;
    }

    /** The model shown (null when it could not be loaded). */
    public Cluster getCluster() {
        return scene.cluster();
    }

    /** The session's model resource as last seen. */
    Resource getResource() {
        return scene.resource();
    }

    // ---- the view shown and its diagram state

    /** The view shown; switching keeps the diagram state of every view. */
    public View getView() {
        return scene.view();
    }

    public void showView(View newView) {
        if (newView == scene.view()) {
            return;
        }
        scene.showView(newView);
        menus.viewShown(newView);
        tools.viewShown();
    }

    /** The diagram state as edited (unsaved changes included). */
    public DiagramState getState() {
        return layout.state().copy();
    }

    /**
     * A command that places an element by hand in the view shown (null bounds: back to the automatic layout), to
     * execute on {@link #getEditingDomain()}'s stack, alone or in a compound after the command that creates the
     * element: the element's id is taken when the command executes.
     */
    public Command boundsCommand(EObject element, Bounds bounds) {
        return scene.boundsCommand(element, bounds);
    }

    /** Manual bounds of the current view by element, as the diagram file will hold them. */
    public Map<EObject, Bounds> manualBounds() {
        return scene.manualBounds();
    }

    /** Hides elements from the view shown; the model keeps them (Delete from Model removes them). */
    public void hide(List<? extends EObject> elements) {
        scene.hide(elements);
    }

    /** The elements of the model that the view shown hides. */
    public Set<EObject> hiddenElements() {
        return scene.hiddenElements();
    }

    /** Draws every hidden element of the view shown again. */
    public void showHidden() {
        scene.showHidden();
    }

    public void arrangeAll() {
        scene.arrangeAll();
    }

    public void arrangeSelection() {
        scene.arrangeSelection(viewer.selectedNodes());
    }

    /** Exports the view as shown (manual layout included); the format follows the file's extension if it has one. */
    public List<String> exportTo(Path target, ExportFormat fallback) {
        return export.exportTo(target, fallback);
    }

    /** Selects these elements when the diagram next shows them (after the rebuild that a model change brings). */
    void selectWhenShown(List<?> elements) {
        scene.selectWhenShown(elements);
    }

    // ---- DiagramViewer.Host

    @Override
    public Bounds preview(Map<EObject, Bounds> bounds) {
        return scene.preview(bounds);
    }

    @Override
    public void commit(String label, Map<EObject, Bounds> bounds) {
        scene.commit(label, bounds);
    }

    @Override
    public void toggleCollapsed(ContourRegion region) {
        scene.toggleCollapsed(region);
    }

    @Override
    public void toggleCollapsed(NodeType block) {
        scene.toggleCollapsed(block);
    }

    /** Whether a block of the canvas is collapsed to its title. */
    public boolean isCollapsed(NodeType block) {
        return scene.isCollapsed(block);
    }

    /** Whether the canvas draws its links between blocks as lines (else as the numbers of the linked cards). */
    public boolean isCanvasLinks() {
        return scene.canvasLinks();
    }

    /** Draws the canvas's links between blocks as lines or numbers, one undoable change kept in the diagram file. */
    public void setCanvasLinks(boolean lines) {
        scene.setCanvasLinks(lines);
    }

    @Override
    public void selectionChanged() {
        editing.update();
        selectionSync.fireSelection();
        selectionSync.selectInModelEditor();
    }

    @Override
    public void zoomChanged() {
        menus.zoomChanged();
    }

    @Override
    public String tooltip(EObject element) {
        SceneNode node = viewer.getScene().node(element);
        StringBuilder sb = new StringBuilder();
        sb.append(node == null ? element.eClass().getName() : node.label());
        if (node != null) {
            sb.append(" (").append(node.type().label()).append(')');
        }
        EStructuralFeature doc = element.eClass().getEStructuralFeature("description");
        Object text = doc == null ? null : element.eGet(doc);
        if (text instanceof String s && !s.isBlank()) {
            sb.append("\n\n").append(s.strip());
        }
        for (Decoration d : node == null ? List.<Decoration>of() : node.decorations()) {
            sb.append("\n\n").append(org.stic.diagram.Messages.get(Language.current(),
                    "severity." + d.severity().toLowerCase(Locale.ROOT))).append(' ')
                    .append(d.ruleId() == null ? "" : d.ruleId()).append(": ").append(d.message());
        }
        return sb.toString();
    }

    // ---- selection: the workbench's and the model editor's

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        selectionSync.addSelectionChangedListener(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        selectionSync.removeSelectionChangedListener(listener);
    }

    /** The selected nodes' elements; for a selected link, the element that holds it (or the Interaction). */
    @Override
    public ISelection getSelection() {
        return selectionSync.getSelection();
    }

    @Override
    public void setSelection(ISelection selection) {
        selectionSync.setSelection(selection);
        editing.update();
    }

    // ---- undo, dirty, save: the session's

    /** The command stack shared with the model editor (model edits and diagram changes). */
    public BasicCommandStack getCommandStack() {
        return session.commandStack();
    }

    /** The model's editing domain, shared with the model editor: execute model and diagram commands on its stack. */
    @Override
    public EditingDomain getEditingDomain() {
        return session.domain();
    }

    private void stackChanged() {
        firePropertyChange(PROP_DIRTY);
        editing.update();
    }

    /** The editing session of the model file, shared with the model editor. */
    public ModelSession getSession() {
        return session;
    }

    /** The model's (and diagram's) unsaved changes, or in what-if mode the scenario's. */
    @Override
    public boolean isDirty() {
        return session.isDirty() || whatIf.isDirty();
    }

    /**
     * Writes the model and the diagram file, whichever editor made the changes; in what-if mode the scenario file,
     * and the model only if it has changes of its own.
     */
    @Override
    public void doSave(IProgressMonitor monitor) {
        if (whatIf.isDirty()) {
            whatIf.save();
        }
        if (!whatIf.isActive() || session.isDirty()) {
            files.save();
        }
    }

    /** The session's (one for every editor of the file), and this editor's scenario. */
    @Override
    public Saveable[] getSaveables() {
        return new Saveable[] { session.saveables()[0], whatIf.saveable() };
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void doSaveAs() {
        // Save As is the model editor's: the diagram file follows the model
    }

    @Override
    public void setFocus() {
        editing.update(); // the clipboard may have been filled elsewhere
        viewer.getControl().setFocus();
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == EditingDomain.class) {
            return type.cast(session.domain());
        }
        if (type == ShownScenario.class) {
            return type.cast(whatIf); // the Readiness view shows the scenario while what-if mode is on
        }
        if (type == ElementHighlighting.class) {
            // the analysis views' emphasis: the band Find draws around its matches, the first one scrolled into view
            ElementHighlighting highlighting = elements -> {
                List<EObject> shown = elements.stream()
                        .filter(e -> viewer.getScene() != null && viewer.getScene().node(e) != null)
                        .map(EObject.class::cast).toList();
                viewer.setHighlighted(shown, null);
                if (!shown.isEmpty()) {
                    viewer.reveal(viewer.getScene().node(shown.get(0)).bounds());
                }
            };
            return type.cast(highlighting);
        }
        if (type == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(o -> o instanceof EObject e ? new ElementPropertySource(e, adapterFactory)
                    : null);
            return type.cast(page);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        SticProjects.removeListener(projectListener);
        undo.setEditingDomain(null);
        redo.setEditingDomain(null);
        if (session != null) { // null when init refused the input
            files.dispose();
            selectionSync.dispose();
            scene.dispose();
            session.commandStack().removeCommandStackListener(stackListener);
            session.removeListener(sessionListener);
            session.release();
        }
        adapterFactory.dispose();
        super.dispose();
    }
}

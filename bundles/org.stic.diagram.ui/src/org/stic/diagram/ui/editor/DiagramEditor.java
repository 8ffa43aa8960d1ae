package org.stic.diagram.ui.editor;

import org.stic.diagram.ui.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.stic.model.edit.Language;
import org.stic.Cluster;
import org.stic.Interaction;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.Decoration;
import org.stic.diagram.DiagramExporter;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.DiagramState;
import org.stic.diagram.EdgeType;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.Link;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.scene.SceneNode;
import org.stic.ui.emf.CommandStackAction;
import org.stic.ui.emf.EditingDomains;
import org.stic.ui.project.SticProjects;
import org.stic.ui.analysis.ElementHighlighting;
import org.stic.ui.session.ModelSession;

/**
 * The diagram editor of a {@code .stic} model: one view of the model (both contours, internal, external, network)
 * drawn by the diagram engine on an SWT canvas. It edits the model in the file's {@link ModelSession}, shared with
 * the model editor: one command stack for model edits and diagram changes (moves, resizes, arrange, collapse) made
 * in either editor, one dirty state, and Save in either writes the model and the diagram state
 * ({@code <model>.stic.diagram}: manual bounds, collapsed regions, the view shown), which the session keeps while
 * any editor of the file is open.
 */
public class DiagramEditor extends EditorPart
        implements ISelectionProvider, DiagramViewer.Host, IEditingDomainProvider, ISaveablesSource {

    public static final String ID = "org.stic.diagram.ui.editor";
    private static final String[] ZOOMS = { "25%", "50%", "75%", "100%", "150%", "200%", "400%",
            Messages.get("zoom.fit") };

    private final ComposedAdapterFactory adapterFactory = EditingDomains.adapterFactory();
    private final List<ISelectionChangedListener> listeners = new ArrayList<>();
    private final IResourceChangeListener workspaceListener = this::workspaceChanged;
    /** Changed rule files: the decorations are the new rules' findings. */
    private final SticProjects.Listener projectListener = changed -> scheduleRebuild();
    private final ISelectionListener pageSelectionListener = this::pageSelectionChanged;
    private final CommandStackListener stackListener = e -> stackChanged();
    private final EContentAdapter modelListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (!n.isTouch()) {
                scheduleRebuild();
            }
        }
    };

    private final LayoutCompanion.Listener layoutListener = this::applyState;
    private final ModelSession.Listener sessionListener = new ModelSession.Listener() {
        @Override
        public void reloaded() {
            loadModel();
            rebuild();
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
    /** The session's model resource as last seen (it changes when the file is reloaded). */
    private Resource resource;
    private String loadProblem;
    private View view = View.BOTH;
    private List<Decoration> decorations = List.of();
    private ArrangedScene arranged;
    private boolean rebuildPending;
    private boolean syncingSelection;

    private DiagramViewer viewer;
    private DiagramTools tools;
    private Combo viewCombo;
    private Combo zoomCombo;
    private Composite statusBar;
    private Label status;
    /** Shown while the diagram file could not be read: the user's explicit choice to replace it. */
    private Button replaceDiagramFile;
    private final DiagramEditing editing = new DiagramEditing(this);
    /** Elements to select once the diagram shows them (what a paste created). */
    private List<?> selectWhenShown = List.of();
    private final Action selectAll = new Action() {
        @Override
        public void run() {
            setSelection(new StructuredSelection(viewer.getScene().nodes().stream().map(SceneNode::element).toList()));
            fireSelection();
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
        layout.addListener(layoutListener);
        view = layout.state().shownView();
        site.setSelectionProvider(this);
        undo.setEditingDomain(session.domain());
        redo.setEditingDomain(session.domain());
        ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
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
        editing.contributeTo(bars);
        bars.updateActionBars();
    }

    /** The model file shown. */
    public IFile getFile() {
        return file;
    }

    /** The diagram file beside the model. */
    public Path getDiagramFile() {
        return layout.file();
    }

    private Path modelPath() {
        return file.getLocation().toFile().toPath();
    }

    /** Takes the session's model (again: a reload replaces it) and listens to it. */
    private void loadModel() {
        if (resource != null) {
            resource.eAdapters().remove(modelListener);
        }
        resource = session.resource();
        loadProblem = session.loadError() != null ? session.loadError().getMessage() : layout.problem();
        if (resource != null) {
            resource.eAdapters().add(modelListener);
        }
    }

    private Cluster cluster() {
        return resource == null || resource.getContents().isEmpty() ? null : (Cluster) resource.getContents().get(0);
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 0).create());
        createToolBar(body);
        Composite middle = new Composite(body, SWT.NONE);
        middle.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).create());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(middle);
        viewer = new DiagramViewer(middle, this);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        tools = new DiagramTools(this, middle);
        GridDataFactory.fillDefaults().grab(false, true).applyTo(tools.palette().getControl());
        statusBar = new Composite(body, SWT.NONE);
        statusBar.setLayout(GridLayoutFactory.swtDefaults().numColumns(2).margins(4, 2).create());
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(statusBar);
        status = new Label(statusBar, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        replaceDiagramFile = new Button(statusBar, SWT.PUSH);
        replaceDiagramFile.setText(Messages.get("diagramFile.replace"));
        GridDataFactory.swtDefaults().exclude(true).applyTo(replaceDiagramFile);
        replaceDiagramFile.addListener(SWT.Selection, e -> replaceUnreadableDiagramFile());
        hookContextMenu();
        loadModel();
        rebuild();
        getSite().getPage().addPostSelectionListener(pageSelectionListener);
    }

    private void createToolBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(GridLayoutFactory.swtDefaults().numColumns(5).margins(4, 2).create());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.get("toolbar.view"));
        viewCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (View v : View.values()) {
            viewCombo.add(v.title());
        }
        viewCombo.select(view.ordinal());
        viewCombo.addListener(SWT.Selection, e -> showView(View.values()[viewCombo.getSelectionIndex()]));
        new Label(bar, SWT.NONE).setText(Messages.get("toolbar.zoom"));
        zoomCombo = new Combo(bar, SWT.DROP_DOWN);
        zoomCombo.setItems(ZOOMS);
        zoomCombo.setText("100%");
        zoomCombo.addListener(SWT.Selection, e -> zoomTo(zoomCombo.getText()));
        zoomCombo.addListener(SWT.DefaultSelection, e -> zoomTo(zoomCombo.getText()));
        GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(zoomCombo);
        ToolBar tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        item(tools, Messages.get("zoom.fit"), Messages.get("toolbar.fit.tip"), () -> viewer.fit());
        item(tools, Messages.get("toolbar.arrangeAll"), Messages.get("toolbar.arrangeAll.tip"), this::arrangeAll);
        item(tools, Messages.get("toolbar.arrangeSelection"), Messages.get("toolbar.arrangeSelection.tip"),
                this::arrangeSelection);
        item(tools, Messages.get("toolbar.export"), Messages.get("toolbar.export.tip"), this::export);
    }

    private static void item(ToolBar bar, String text, String tip, Runnable run) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> run.run());
    }

    private void hookContextMenu() {
        MenuManager menu = new MenuManager("#PopUp");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, this);
    }

    private void fillContextMenu(IMenuManager menu) {
        menu.add(undo);
        menu.add(redo);
        menu.add(new Separator());
        editing.fillContextMenu(menu);
        tools.fillContextMenu(menu);
        menu.add(new Separator());
        menu.add(action(Messages.get("menu.arrangeAll"), this::arrangeAll, true));
        menu.add(action(Messages.get("menu.arrangeSelection"), this::arrangeSelection,
                viewer.getSelection().size() > 1));
        menu.add(action(Messages.get("menu.fit"), viewer::fit, true));
        for (ContourRegion r : ContourRegion.values()) {
            if (view.shows(r)) {
                boolean collapsed = layout.state().collapsed(view).contains(r);
                menu.add(action(Messages.get(collapsed ? "menu.expand" : "menu.collapse", r.label()),
                        () -> toggleCollapsed(r), true));
            }
        }
        menu.add(new Separator());
        menu.add(action(Messages.get("menu.export"), this::export, true));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private static IAction action(String text, Runnable run, boolean enabled) {
        Action a = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setEnabled(enabled);
        return a;
    }

    // ---- the scene

    /** Rebuilds the scene from the model (ELK layout), then applies the manual state. */
    private void rebuild() {
        rebuildPending = false;
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Cluster cluster = cluster();
        showStatus(loadProblem);
        if (cluster == null) {
            return;
        }
        decorations = LiveFindings.of(cluster, modelPath());
        Scene scene = SceneBuilder.build(cluster, view, decorations, layout.state().collapsed(view),
                layout.state().resolveHidden(view, resource));
        DiagramLayout.layout(scene);
        arranged = new ArrangedScene(scene);
        arranged.arrange(layout.state().resolve(view, resource));
        boolean first = viewer.getScene() == null;
        List<EObject> selected = viewer.getSelection();
        Link link = viewer.getSelectedLink();
        viewer.setScene(scene);
        if (first) {
            viewer.fit();
        }
        List<EObject> shown = new ArrayList<>();
        for (Object o : selectWhenShown) {
            if (o instanceof EObject e && scene.node(e) != null) {
                shown.add(e);
            }
        }
        selectWhenShown = List.of();
        if (!shown.isEmpty()) {
            viewer.setSelection(shown, true);
        }
        if (viewer.getSelection().equals(selected) && Objects.equals(viewer.getSelectedLink(), link)) {
            editing.update();
        } else {
            selectionChanged(); // deleted elements or links left it, pasted ones came in: the workbench hears of it
        }
    }

    private void scheduleRebuild() {
        if (!rebuildPending && viewer != null && !viewer.getControl().isDisposed()) {
            rebuildPending = true;
            viewer.getControl().getDisplay().asyncExec(this::rebuild);
        }
    }

    private void showStatus(String text) {
        boolean show = text != null;
        status.setText(show ? text : "");
        boolean replaceable = show && session.loadError() == null && layout.isUnreadable();
        ((org.eclipse.swt.layout.GridData) replaceDiagramFile.getLayoutData()).exclude = !replaceable;
        replaceDiagramFile.setVisible(replaceable);
        ((org.eclipse.swt.layout.GridData) statusBar.getLayoutData()).exclude = !show;
        statusBar.setVisible(show);
        statusBar.getParent().layout(true, true);
    }

    /**
     * The user's explicit choice to give up the diagram file that could not be read: asked once more, then the model
     * and diagram are saved, the old file copied aside first.
     */
    private void replaceUnreadableDiagramFile() {
        Path file = layout.file();
        if (!MessageDialog.openQuestion(getSite().getShell(), Messages.get("diagramFile.replace.title"),
                Messages.get("diagramFile.replace.question", file.getFileName()))) {
            return;
        }
        layout.replaceUnreadable();
        session.saveShowingErrors(getSite().getShell());
        if (!layout.isUnreadable()) {
            loadProblem = Messages.get("diagramFile.replaced", file.getFileName(), layout.backup().getFileName());
            showStatus(loadProblem);
        }
    }

    /** The view shown; switching keeps the diagram state of every view. */
    public View getView() {
        return view;
    }

    public void showView(View newView) {
        if (newView == view) {
            return;
        }
        view = newView;
        layout.state().setShownView(view);
        viewCombo.select(view.ordinal());
        rebuild();
        viewer.fit();
        tools.viewShown();
    }

    public DiagramViewer getViewer() {
        return viewer;
    }

    /** The model shown (null when it could not be loaded). */
    public Cluster getCluster() {
        return cluster();
    }

    /** The palette's tools on this diagram. */
    public DiagramTools getTools() {
        return tools;
    }

    /** The diagram state as edited (unsaved changes included). */
    public DiagramState getState() {
        return layout.state().copy();
    }

    /** Shows a new state (a command, its undo, a reload): re-layout only when what ELK sees changed. */
    private void applyState(DiagramState before, DiagramState next) {
        next.setShownView(view);
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        boolean relayout = !next.collapsed(view).equals(before.collapsed(view))
                || !next.hidden(view).equals(before.hidden(view));
        if (relayout || arranged == null) {
            rebuild();
        } else {
            Scene scene = arranged.scene();
            double w = scene.width();
            double h = scene.height();
            Bounds damage = arranged.arrange(next.resolve(view, resource));
            if (w != scene.width() || h != scene.height()) {
                viewer.setScene(scene);
            } else {
                viewer.redraw(damage);
            }
        }
    }

    private void execute(String label, Consumer<DiagramState> change) {
        session.commandStack().execute(new StateCommand(label, layout, change));
    }

    /**
     * A command that places an element by hand in the view shown (null bounds: back to the automatic layout), to
     * execute on {@link #getEditingDomain()}'s stack, alone or in a compound after the command that creates the
     * element: the element's id is taken when the command executes.
     */
    public Command boundsCommand(EObject element, Bounds bounds) {
        View shown = view;
        return new StateCommand(Messages.get("command.place"), layout, s -> {
            String id = DiagramState.idOf(element);
            if (id != null) {
                s.setBounds(shown, id, bounds);
            }
        });
    }

    // ---- DiagramViewer.Host

    @Override
    public Bounds preview(Map<EObject, Bounds> bounds) {
        if (arranged == null) {
            return null;
        }
        Map<EObject, Bounds> manual = layout.state().resolve(view, resource);
        if (bounds != null) {
            manual.putAll(bounds);
        }
        return arranged.arrange(manual);
    }

    @Override
    public void commit(String label, Map<EObject, Bounds> bounds) {
        View shown = view;
        execute(label, s -> bounds.forEach((element, b) -> s.setBounds(shown, DiagramState.idOf(element), b)));
    }

    @Override
    public void toggleCollapsed(ContourRegion region) {
        View shown = view;
        boolean collapsed = layout.state().collapsed(view).contains(region);
        execute((collapsed ? "Expand " : "Collapse ") + region.label(), s -> s.setCollapsed(shown, region, !collapsed));
    }

    /** Selects these elements when the diagram next shows them (after the rebuild that a model change brings). */
    void selectWhenShown(List<?> elements) {
        selectWhenShown = elements;
    }

    @Override
    public void selectionChanged() {
        editing.update();
        fireSelection();
        selectInModelEditor();
    }

    @Override
    public void zoomChanged() {
        if (zoomCombo != null && !zoomCombo.isDisposed()) {
            zoomCombo.setText(Math.round(viewer.getZoom() * 100) + "%");
        }
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

    private void zoomTo(String text) {
        if (text.equalsIgnoreCase(Messages.get("zoom.fit"))) {
            viewer.fit();
            return;
        }
        try {
            viewer.setZoom(Double.parseDouble(text.replace("%", "").strip()) / 100);
        } catch (NumberFormatException e) {
            zoomChanged(); // show the zoom we have instead of what could not be read
        }
    }

    // ---- arrange, export

    /** Hides elements from the view shown; the model keeps them (Delete from Model removes them). */
    public void hide(List<? extends EObject> elements) {
        View shown = view;
        execute(Messages.get("command.hide"), s -> elements.forEach(e -> s.setHidden(shown, DiagramState.idOf(e), true)));
    }

    /** The elements of the model that the view shown hides. */
    public Set<EObject> hiddenElements() {
        return layout.state().resolveHidden(view, resource);
    }

    /** Draws every hidden element of the view shown again. */
    public void showHidden() {
        View shown = view;
        Set<String> ids = Set.copyOf(layout.state().hidden(view));
        execute(Messages.get("command.showHidden"), s -> ids.forEach(id -> s.setHidden(shown, id, false)));
    }

    public void arrangeAll() {
        View shown = view;
        execute(Messages.get("command.arrangeAll"), s -> s.clearBounds(shown));
    }

    public void arrangeSelection() {
        List<SceneNode> nodes = viewer.selectedNodes();
        if (nodes.size() < 2) {
            return;
        }
        View shown = view;
        Map<SceneNode, Bounds> placed = DiagramLayout.arrange(viewer.getScene(), nodes);
        execute(Messages.get("command.arrangeSelection"), s -> placed.forEach((n, b) -> s.setBounds(shown, DiagramState.idOf(n.element()), b)));
    }

    private void export() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(Messages.get("export.title"));
        dialog.setFilterNames(new String[] { "SVG (*.svg)", "PNG (*.png)", "PDF (*.pdf)" });
        dialog.setFilterExtensions(new String[] { "*.svg", "*.png", "*.pdf" });
        String base = file.getName().replaceFirst("\\.stic$", "");
        dialog.setFileName(base + "-" + view.id() + ".svg");
        dialog.setFilterPath(modelPath().getParent().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            int ext = dialog.getFilterIndex() >= 0 ? dialog.getFilterIndex() : 0;
            exportTo(Path.of(chosen), ExportFormat.values()[ext]);
        }
    }

    /** Exports the view as shown (manual layout included); the format follows the file's extension if it has one. */
    public List<String> exportTo(Path target, ExportFormat fallback) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        ExportFormat format = dot < 0 ? fallback : ExportFormat.byId(name.substring(dot + 1)).orElse(fallback);
        if (dot < 0) {
            target = target.resolveSibling(name + "." + format.id());
        }
        try {
            List<String> warnings = DiagramExporter.export(viewer.getScene(), format, ExportOptions.defaults(), target);
            file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            if (!warnings.isEmpty()) {
                MessageDialog.openWarning(getSite().getShell(), Messages.get("export.warnings"), String.join("\n", warnings));
            }
            return warnings;
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.get("export.failed"),
                    Messages.get("export.couldNotWrite", target),
                    Status.error(String.valueOf(e.getMessage()), e));
            return List.of();
        }
    }

    // ---- selection

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    /** The selected nodes' elements; for a selected link, the element that holds it (or the Interaction). */
    @Override
    public ISelection getSelection() {
        return viewer == null ? StructuredSelection.EMPTY : new StructuredSelection(selectedElements());
    }

    private List<EObject> selectedElements() {
        Link link = viewer.getSelectedLink();
        return link != null ? List.of(link.owner()) : viewer.getSelection();
    }

    @Override
    public void setSelection(ISelection selection) {
        List<EObject> elements = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s) {
                EObject mine = o instanceof EObject e ? mine(e) : null;
                if (mine != null) {
                    elements.add(mine);
                }
            }
        }
        if (!selectInteraction(elements)) {
            viewer.setSelection(elements, true);
        }
        editing.update();
    }

    /** An interaction chosen elsewhere is its link on the network view; true when the diagram selected it. */
    private boolean selectInteraction(List<EObject> elements) {
        return elements.size() == 1 && elements.get(0) instanceof Interaction i
                && viewer.setSelectedLink(new Link(EdgeType.INTERACTION, i, null), true);
    }

    private void fireSelection() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener l : List.copyOf(listeners)) {
            l.selectionChanged(event);
        }
    }

    /** The element of our model that stands for an element of any resource (same XMI id). */
    private EObject mine(EObject e) {
        if (resource == null) {
            return null;
        }
        if (e.eResource() == resource) {
            return e;
        }
        Resource other = e.eResource();
        return other == null ? null : resource.getEObject(other.getURIFragment(e));
    }

    /** The model editor (tree) follows the diagram's selection. */
    private void selectInModelEditor() {
        IEditorPart editor = findModelEditor();
        if (editor == null || editor.getSite().getSelectionProvider() == null || selectedElements().isEmpty()) {
            return;
        }
        syncingSelection = true;
        try {
            StructuredSelection elements = new StructuredSelection(selectedElements());
            ISelectionProvider provider = editor.getSite().getSelectionProvider();
            if (provider instanceof Viewer v) {
                v.setSelection(elements, true); // and show it in the tree
            } else {
                provider.setSelection(elements);
            }
        } finally {
            syncingSelection = false;
        }
    }

    /** The other editor of the session: the model editor (tree) of our file, if open. */
    private IEditorPart findModelEditor() {
        for (IEditorReference ref : getSite().getPage().getEditorReferences()) {
            IEditorPart part = ref.getEditor(false);
            if (part != null && !(part instanceof DiagramEditor) && part.getEditorInput() instanceof IFileEditorInput in
                    && file.equals(in.getFile()) && Adapters.adapt(part, EditingDomain.class) == session.domain()) {
                return part;
            }
        }
        return null;
    }

    /** Elements selected elsewhere (model editor, outline) are selected on the diagram. */
    private void pageSelectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || syncingSelection || viewer == null || viewer.getControl().isDisposed()
                || !(selection instanceof IStructuredSelection s) || s.isEmpty()) {
            return;
        }
        List<EObject> elements = new ArrayList<>();
        for (Object o : s) {
            EObject mine = o instanceof EObject e ? mine(e) : null;
            if (mine != null && viewer.getScene() != null) {
                elements.add(mine);
            }
        }
        if (viewer.getSelectedLink() != null && elements.equals(selectedElements())) {
            return; // the link's owner, shown in the tree for the selected link: the link stays selected
        }
        if (!selectInteraction(elements)) {
            elements.removeIf(e -> viewer.getScene().node(e) == null);
            if (!elements.isEmpty()) {
                viewer.setSelection(elements, true);
            }
        }
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

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    /** Writes the model and the diagram file, whichever editor made the changes. */
    @Override
    public void doSave(IProgressMonitor monitor) {
        layout.state().setShownView(view);
        session.saveShowingErrors(getSite().getShell());
    }

    @Override
    public Saveable[] getSaveables() {
        return session.saveables();
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return session.saveables();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void doSaveAs() {
        // Save As is the model editor's: the diagram file follows the model
    }

    // ---- workspace changes: diagram file, rule settings (the session follows the model file)

    private void workspaceChanged(IResourceChangeEvent event) {
        IResourceDelta root = event.getDelta();
        if (root == null) {
            return;
        }
        IResourceDelta diagram = root.findMember(file.getFullPath().addFileExtension("diagram"));
        IResourceDelta rules = root.findMember(file.getFullPath().addFileExtension("rules"));
        boolean diagramChanged = diagram != null && (diagram.getKind() == IResourceDelta.REMOVED
                || (diagram.getFlags() & IResourceDelta.CONTENT) != 0 || diagram.getKind() == IResourceDelta.ADDED);
        if (!diagramChanged && rules == null) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (viewer.getControl().isDisposed()) {
                return;
            }
            if (diagramChanged && !isDirty() && !layout.state().format().equals(readStateQuietly())) {
                // nothing unsaved: take the file's layout; the history's layout snapshots no longer apply
                session.commandStack().flush();
                layout.read();
            }
            rebuild();
        });
    }

    private String readStateQuietly() {
        try {
            DiagramState s = DiagramState.readFor(modelPath());
            s.setShownView(view);
            return s.format();
        } catch (IOException e) {
            return null;
        }
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
        if (type == ElementHighlighting.class) {
            // the analysis views' emphasis: the diagram's selection, revealed, not passed on to the other editors
            ElementHighlighting highlighting = elements -> setSelection(new StructuredSelection(List.copyOf(elements)));
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
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
        SticProjects.removeListener(projectListener);
        getSite().getPage().removePostSelectionListener(pageSelectionListener);
        if (resource != null) {
            resource.eAdapters().remove(modelListener);
        }
        undo.setEditingDomain(null);
        redo.setEditingDomain(null);
        if (session != null) { // null when init refused the input
            layout.removeListener(layoutListener);
            session.commandStack().removeCommandStackListener(stackListener);
            session.removeListener(sessionListener);
            session.release();
        }
        adapterFactory.dispose();
        super.dispose();
    }

    /** Manual bounds of the current view by element, as the diagram file will hold them. */
    public Map<EObject, Bounds> manualBounds() {
        return new HashMap<>(layout.state().resolve(view, resource));
    }
}

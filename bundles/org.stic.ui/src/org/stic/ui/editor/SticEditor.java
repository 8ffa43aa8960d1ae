package org.stic.ui.editor;

import org.stic.ui.Messages;
import java.io.IOException;
import java.util.EventObject;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.stic.model.io.ModelLoadException;
import org.stic.model.migration.MigrationReport;
import org.stic.ui.emf.ItemPropertySourceProvider;
import org.stic.ui.emf.ItemProviderContentProvider;
import org.stic.ui.session.ModelSession;
import org.stic.ui.validation.SticMarkers;

/**
 * The editor of .stic models: a tree of the model through the EMF.edit item providers, editing through the
 * editing domain's command stack (so every change is undoable and sets the dirty state), Properties view and
 * Outline pages, validation on save with Problems markers. Model, domain and command stack belong to the file's
 * {@link ModelSession}, shared with the diagram editor: one undo history, one dirty state, one save. A file the
 * loader rejects opens as a page with the loader's message; the session reloads when the file changes on disk
 * (asking first when it holds unsaved edits).
 */
public class SticEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker, ISaveablesSource,
        EditorActions.Host {

    public static final String ID = "org.stic.ui.editor";

    /** Model, editing domain and command stack, shared with the other editors of the file (the diagram). */
    private ModelSession session;

    private Composite pages;
    private StackLayout pageLayout;
    private Composite treePage;
    /** Above the tree while the model is a migrated file of an earlier metamodel version, until it is saved. */
    private Composite upgradeBar;
    private Label upgradeText;
    private ErrorPage errorPage;
    private TreeViewer viewer;
    private Text filterBox;
    private final NameFilter nameFilter = new NameFilter();
    private ProblemLabelProvider labelProvider;
    private ItemPropertySourceProvider propertySources;
    private SticOutlinePage outline;
    private final EditorActions actions = new EditorActions(this);
    /** Open Properties view pages: the classic property sheet does not listen to the model, so we refresh it. */
    private final PropertyPages propertyPages = new PropertyPages(this::propertySources, actions);

    private final CommandStackListener stackListener = this::commandStackChanged;
    private final IResourceChangeListener workspaceListener = this::workspaceChanged;
    private final ModelSession.Listener sessionListener = new ModelSession.Listener() {
        @Override
        public void reloaded() {
            if (pages != null && !pages.isDisposed()) {
                showModel();
            }
        }

        @Override
        public void saved() {
            firePropertyChange(PROP_DIRTY);
            refreshProblems();
            showUpgradeBar();
        }

        @Override
        public void moved() {
            setInputWithNotify(new FileEditorInput(session.file()));
            setPartName(session.file().getName());
        }

        @Override
        public void removed() {
            if (!isDirty()) {
                getSite().getPage().closeEditor(SticEditor.this, false);
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput)) {
            throw new PartInitException(Messages.get("editor.workspaceOnly", input.getName()));
        }
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        session = ModelSession.acquire(getFile());
        session.addListener(sessionListener);
        session.commandStack().addCommandStackListener(stackListener);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
    }

    /** The workspace file being edited. */
    public IFile getFile() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    @Override
    public void createPartControl(Composite parent) {
        pages = new Composite(parent, SWT.NONE);
        pageLayout = new StackLayout();
        pages.setLayout(pageLayout);
        createTreePage();
        createErrorPage();
        getSite().setSelectionProvider(viewer);
        actions.hookContextMenu(viewer);
        showModel();
    }

    private void createTreePage() {
        treePage = new Composite(pages, SWT.NONE);
        treePage.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 0).create());
        createUpgradeBar();
        createFilterBox();
        viewer = new TreeViewer(treePage, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemProviderContentProvider(session.adapterFactory()));
        labelProvider = new ProblemLabelProvider(session.adapterFactory());
        viewer.setLabelProvider(labelProvider);
        viewer.addFilter(nameFilter);
        viewer.addSelectionChangedListener(e -> actions.selectionChanged(e.getSelection()));
        viewer.addDoubleClickListener(e -> viewer.setExpandedState(
                viewer.getStructuredSelection().getFirstElement(),
                !viewer.getExpandedState(viewer.getStructuredSelection().getFirstElement())));
        TreeEditing.install(viewer, session::domain);
        new TreeDragAndDrop(viewer, this::getEditingDomain).install();
    }

    /**
     * The filter box above the tree: typing keeps the elements whose name or type contains the text, with their
     * ancestors, and expands the tree to show them; Esc or the clear icon shows the whole model again.
     */
    private void createFilterBox() {
        filterBox = new Text(treePage, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterBox.setMessage(Messages.get("editor.filter"));
        filterBox.setToolTipText(Messages.get("editor.filter.tooltip"));
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 2).applyTo(filterBox);
        filterBox.addListener(SWT.Modify, e -> applyFilter());
        filterBox.addListener(SWT.DefaultSelection, e -> {
            if (e.detail == SWT.ICON_CANCEL) {
                filterBox.setText("");
            }
        });
        filterBox.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                filterBox.setText("");
            } else if (e.keyCode == SWT.ARROW_DOWN) {
                viewer.getControl().setFocus();
            }
        });
    }

    private void applyFilter() {
        if (!nameFilter.setText(filterBox.getText())) {
            return;
        }
        viewer.getControl().setRedraw(false);
        try {
            viewer.refresh();
            if (nameFilter.isActive()) {
                viewer.expandAll();
            }
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }

    /** Types into the filter box as the user does (for tests). */
    public Text filterBox() {
        return filterBox;
    }

    /** A warning bar above the tree: icon and text on the editor's own background, a line below. */
    private void createUpgradeBar() {
        upgradeBar = new Composite(treePage, SWT.NONE);
        upgradeBar.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 6).spacing(8, 6).create());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(upgradeBar);
        Label icon = new Label(upgradeBar, SWT.NONE);
        icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
        upgradeText = new Label(upgradeBar, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(upgradeText);
        Label line = new Label(upgradeBar, SWT.SEPARATOR | SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(line);
    }

    /** Shows the bar while the model is a migrated file not yet saved in the current version, else hides it. */
    private void showUpgradeBar() {
        if (upgradeBar == null || upgradeBar.isDisposed()) {
            return;
        }
        MigrationReport migration = session.loadError() == null ? session.migration() : null;
        if (migration != null) {
            upgradeText.setText(Messages.get("upgrade.bar", migration.from(), migration.to()));
            upgradeText.setToolTipText(Messages.get("upgrade.bar.tip") + "\n" + String.join("\n", migration.lines()));
        }
        ((GridData) upgradeBar.getLayoutData()).exclude = migration == null;
        upgradeBar.setVisible(migration != null);
        treePage.layout(true, true);
    }

    /** The text of the upgrade bar, or null while it is hidden (for tests). */
    public String upgradeNotice() {
        return upgradeBar != null && upgradeBar.isVisible() ? upgradeText.getText() : null;
    }

    /** Starts editing the selected element's name in the tree. */
    @Override
    public void rename() {
        Object element = viewer.getStructuredSelection().getFirstElement();
        if (TreeEditing.nameAttribute(element) != null) {
            viewer.editElement(element, 0);
        }
    }

    private void createErrorPage() {
        errorPage = new ErrorPage(pages, Messages.get("editor.cannotOpen"), Messages.get("editor.cannotOpen.hint"),
                this::reload);
    }

    /** Shows the model tree, or the error page when the file could not be loaded. */
    private void showModel() {
        ModelLoadException loadError = session.loadError();
        Resource resource = session.resource();
        if (loadError != null) {
            errorPage.setMessage(loadError.getMessage());
            pageLayout.topControl = errorPage.control();
            viewer.setInput(null);
        } else {
            pageLayout.topControl = treePage;
            showUpgradeBar();
            viewer.setInput(resource);
            viewer.expandToLevel(3);
            refreshProblems();
        }
        pages.layout();
        actions.setEditingDomain(loadError == null ? session.domain() : null);
        if (outline != null) {
            outline.setInput(resource);
        }
        firePropertyChange(PROP_DIRTY);
    }

    /** The load problem shown instead of the model, or null when the model is open. */
    public ModelLoadException getLoadError() {
        return session.loadError();
    }

    /** Discards the unsaved changes (of every editor of the file) and loads the file again. */
    public void reload() {
        session.reload();
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    public Resource getResource() {
        return session.resource();
    }

    @Override
    public ComposedAdapterFactory getAdapterFactory() {
        return session.adapterFactory();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return session.domain();
    }

    /** The editing session this editor shares with the other editors of its file. */
    public ModelSession getSession() {
        return session;
    }

    public EditorActions getActions() {
        return actions;
    }

    private void commandStackChanged(EventObject event) {
        if (pages == null) {
            return;
        }
        pages.getDisplay().asyncExec(() -> {
            if (pages.isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            if (nameFilter.isActive()) {
                nameFilter.modelChanged();
                viewer.refresh();
            }
            actions.selectionChanged(viewer.getSelection());
            propertyPages.refreshAll();
            TreeEditing.revealAffected(viewer, session.commandStack().getMostRecentCommand(), session.resource());
        });
    }

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    /** Saves the model and its companions (the diagram file), whichever editor of the file made the changes. */
    @Override
    public void doSave(IProgressMonitor monitor) {
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
        return session.resource() != null;
    }

    @Override
    public void doSaveAs() {
        SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
        dialog.setOriginalFile(getFile());
        if (dialog.open() != Window.OK || dialog.getResult() == null) {
            return;
        }
        IPath path = dialog.getResult();
        if (path.getFileExtension() == null) {
            path = path.addFileExtension("stic");
        }
        saveAs(ResourcesPlugin.getWorkspace().getRoot().getFile(path));
    }

    /** Saves the model to another workspace file, which this editor edits from then on. */
    public void saveAs(IFile target) {
        try {
            session.saveAs(target);
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.get("save.failed"),
                    Messages.get("save.couldNotSave", target.getName()),
                    Status.error(e.getMessage(), e));
        }
    }

    /** Validates the model as it is in the editor and replaces the file's STIC markers with the findings. */
    @Override
    public void validate() {
        session.validate();
        refreshProblems();
    }

    /** Updates the error/warning overlays of the tree from the file's markers. */
    void refreshProblems() {
        Resource resource = session.resource();
        if (viewer == null || viewer.getControl().isDisposed() || resource == null) {
            return;
        }
        Map<EObject, Integer> severities = SticMarkers.severities(getFile(), resource);
        labelProvider.setSeverities(severities);
        viewer.refresh(true);
        if (outline != null) {
            outline.setSeverities(severities);
        }
    }

    /** The marker severity the tree shows on an element (its own or its contents' highest), or -1. */
    public int problemSeverity(Object element) {
        return labelProvider.severity(element);
    }

    /** Selects the element a STIC marker points at (Problems view double-click). */
    @Override
    public void gotoMarker(IMarker marker) {
        EObject element = SticMarkers.element(marker, session.resource());
        if (element != null) {
            viewer.setSelection(new StructuredSelection(element), true);
            viewer.getControl().setFocus();
        }
    }

    /** Markers of the file changed (validation, Problems view): the tree's overlays follow them. */
    private void workspaceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(getFile().getFullPath());
        if (delta == null || (delta.getFlags() & IResourceDelta.MARKERS) == 0 || pages == null || pages.isDisposed()) {
            return;
        }
        pages.getDisplay().asyncExec(() -> {
            if (!pages.isDisposed()) {
                refreshProblems();
            }
        });
    }

    @Override
    public void setFocus() {
        if (pageLayout != null && pageLayout.topControl == treePage) {
            viewer.getControl().setFocus(); // the tree, not the filter box above it: keys act on the model
        } else if (pageLayout != null && pageLayout.topControl != null) {
            pageLayout.topControl.setFocus();
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new SticOutlinePage(this);
            }
            return type.cast(outline);
        }
        if (type == IPropertySheetPage.class) {
            return type.cast(propertyPages.create());
        }
        if (type == IGotoMarker.class) {
            return type.cast(this);
        }
        if (type == EditingDomain.class) {
            return type.cast(session.domain());
        }
        return super.getAdapter(type);
    }

    /** The property sources of the Properties view, created on first use and shared by its pages. */
    public ItemPropertySourceProvider propertySources() {
        if (propertySources == null) {
            propertySources = new ItemPropertySourceProvider(session.adapterFactory());
        }
        return propertySources;
    }

    void outlineDisposed() {
        outline = null;
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
        actions.dispose();
        if (propertySources != null) {
            propertySources.dispose();
        }
        if (session != null) {
            session.commandStack().removeCommandStackListener(stackListener);
            session.removeListener(sessionListener);
            session.release();
        }
        super.dispose();
    }

    /** Selection in the tree (used by the outline and tests). */
    public void select(ISelection selection) {
        viewer.setSelection(selection, true);
    }
}

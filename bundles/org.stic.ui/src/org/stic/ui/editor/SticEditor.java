package org.stic.ui.editor;

import java.util.Objects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.stic.model.io.ModelLoadException;
import org.stic.extensions.SticProject;
import org.stic.model.io.SticResources;
import org.stic.ui.emf.EditingDomains;
import org.stic.ui.emf.ItemProviderContentProvider;
import org.stic.ui.emf.ItemPropertySourceProvider;
import org.stic.ui.project.SticProjects;
import org.stic.ui.validation.ModelValidation;
import org.stic.ui.validation.SticMarkers;

/**
 * The editor of .stic models: a tree of the model through the EMF.edit item providers, editing through the
 * editing domain's command stack (so every change is undoable and sets the dirty state), Properties view and
 * Outline pages, validation on save with Problems markers. A file the loader rejects opens as a page with the
 * loader's message; the editor reloads when the file changes on disk (asking first when it holds unsaved edits).
 */
public class SticEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker {

    public static final String ID = "org.stic.ui.editor";

    private final ComposedAdapterFactory adapterFactory = EditingDomains.adapterFactory();
    private AdapterFactoryEditingDomain domain;
    private Resource resource;
    private ModelLoadException loadError;
    /** The project the model was loaded with: its extensions are in the resource set, its rules validate it. */
    private SticProject project;
    /** Its extensions changed while the editor held unsaved edits the user kept: reload once they are saved. */
    private boolean reloadAfterSave;
    /** Modification time of the file as we last loaded or saved it: changes we made ourselves are no news. */
    private FileTime knownModified;

    private Composite pages;
    private StackLayout pageLayout;
    private Composite treePage;
    private Composite errorPage;
    private Text errorText;
    private TreeViewer viewer;
    private ProblemLabelProvider labelProvider;
    private ItemPropertySourceProvider propertySources;
    private SticOutlinePage outline;
    /** Open Properties view pages: the classic property sheet does not listen to the model, so we refresh it. */
    private final List<SticPropertySheetPage> propertyPages = new ArrayList<>();
    private final EditorActions actions = new EditorActions(this);

    private final CommandStackListener stackListener = this::commandStackChanged;
    private final IResourceChangeListener workspaceListener = this::workspaceChanged;
    private final SticProjects.Listener projectListener = changed -> projectChanged();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput)) {
            throw new PartInitException("The STIC model editor opens files of the workspace: " + input.getName());
        }
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        load();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
        SticProjects.addListener(projectListener);
    }

    /** The workspace file being edited. */
    public IFile getFile() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    private Path path() {
        IPath location = getFile().getLocation();
        return location == null ? Path.of(getFile().getFullPath().toString()) : location.toFile().toPath();
    }

    /**
     * (Re)creates the editing domain and loads the file with the extensions of its project (the settings file in
     * its folder or a parent); a rejected file leaves {@link #loadError} set.
     */
    private void load() {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
            domain.getResourceSet().getResources().forEach(Resource::unload);
        }
        project = SticProjects.forModel(path());
        domain = EditingDomains.create(adapterFactory, project.newResourceSet());
        domain.getCommandStack().addCommandStackListener(stackListener);
        knownModified = modifiedTime();
        try {
            resource = project.load(domain.getResourceSet(), path());
            loadError = null;
        } catch (ModelLoadException e) {
            resource = null;
            loadError = e;
        }
    }

    private FileTime modifiedTime() {
        try {
            return Files.getLastModifiedTime(path());
        } catch (IOException e) {
            return null;
        }
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
        treePage.setLayout(GridLayoutFactory.fillDefaults().create());
        viewer = new TreeViewer(treePage, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        labelProvider = new ProblemLabelProvider(adapterFactory);
        viewer.setLabelProvider(labelProvider);
        viewer.addSelectionChangedListener(e -> actions.selectionChanged(e.getSelection()));
        viewer.addDoubleClickListener(e -> viewer.setExpandedState(
                viewer.getStructuredSelection().getFirstElement(),
                !viewer.getExpandedState(viewer.getStructuredSelection().getFirstElement())));
        installRename();
        new TreeDragAndDrop(viewer, this::getEditingDomain).install();
    }

    /** Rename in place: F2 (the Rename action) edits the element's name in the tree. */
    private void installRename() {
        viewer.setColumnProperties(new String[] { "name" });
        viewer.setCellEditors(new TextCellEditor[] { new TextCellEditor(viewer.getTree()) });
        viewer.setCellModifier(new ICellModifier() {
            @Override
            public boolean canModify(Object element, String property) {
                return nameAttribute(element) != null;
            }

            @Override
            public Object getValue(Object element, String property) {
                Object name = ((EObject) element).eGet(nameAttribute(element));
                return name == null ? "" : name;
            }

            @Override
            public void modify(Object item, String property, Object value) {
                Object element = item instanceof TreeItem ti ? ti.getData() : item;
                EAttribute name = nameAttribute(element);
                if (name != null && !value.equals(((EObject) element).eGet(name))) {
                    domain.getCommandStack().execute(SetCommand.create(domain, element, name, value));
                }
            }
        });
        TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
            }
        }, ColumnViewerEditor.DEFAULT);
    }

    /** The String attribute called "name" of an element, if it has one (rename applies to it). */
    static EAttribute nameAttribute(Object element) {
        if (element instanceof EObject e) {
            EStructuralFeature f = e.eClass().getEStructuralFeature("name");
            if (f instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == String.class && f.isChangeable()) {
                return a;
            }
        }
        return null;
    }

    /** Starts editing the selected element's name in the tree. */
    public void rename() {
        Object element = viewer.getStructuredSelection().getFirstElement();
        if (nameAttribute(element) != null) {
            viewer.editElement(element, 0);
        }
    }

    private void createErrorPage() {
        errorPage = new Composite(pages, SWT.NONE);
        errorPage.setLayout(GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).create());
        Label icon = new Label(errorPage, SWT.NONE);
        icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
        Label title = new Label(errorPage, SWT.WRAP);
        title.setText("This file cannot be opened as a STIC model.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        errorText = new Text(errorPage, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(errorText);
        Label hint = new Label(errorPage, SWT.WRAP);
        hint.setText("Correct the file (e.g. with Open With > Text Editor): this editor reloads it when it changes.");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(hint);
        Button reload = new Button(errorPage, SWT.PUSH);
        reload.setText("&Reload");
        GridDataFactory.swtDefaults().span(2, 1).applyTo(reload);
        reload.addListener(SWT.Selection, e -> reload());
    }

    /** Shows the model tree, or the error page when the file could not be loaded. */
    private void showModel() {
        if (loadError != null) {
            errorText.setText(loadError.getMessage());
            pageLayout.topControl = errorPage;
            viewer.setInput(null);
        } else {
            pageLayout.topControl = treePage;
            viewer.setInput(resource);
            viewer.expandToLevel(3);
            refreshProblems();
        }
        pages.layout();
        actions.setEditingDomain(loadError == null ? domain : null);
        if (outline != null) {
            outline.setInput(resource);
        }
        firePropertyChange(PROP_DIRTY);
    }

    /** The load problem shown instead of the model, or null when the model is open. */
    public ModelLoadException getLoadError() {
        return loadError;
    }

    /** Discards the editor's state and loads the file again. */
    public void reload() {
        load();
        if (pages != null && !pages.isDisposed()) {
            showModel();
        }
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    public Resource getResource() {
        return resource;
    }

    public ComposedAdapterFactory getAdapterFactory() {
        return adapterFactory;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    public EditorActions getActions() {
        return actions;
    }

    private void commandStackChanged(EventObject event) {
        pages.getDisplay().asyncExec(() -> {
            if (pages.isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            actions.selectionChanged(viewer.getSelection());
            for (SticPropertySheetPage page : List.copyOf(propertyPages)) {
                if (page.getControl() != null && !page.getControl().isDisposed()) {
                    page.refresh();
                }
            }
            Command recent = domain.getCommandStack().getMostRecentCommand();
            Collection<?> affected = recent == null ? List.of() : recent.getAffectedObjects();
            // Show what a command created or moved (New Child selects the new element), not what it deleted.
            List<Object> visible = new ArrayList<>();
            for (Object o : affected) {
                if (o instanceof EObject e && e.eResource() == resource) {
                    visible.add(o);
                }
            }
            if (!visible.isEmpty()) {
                viewer.setSelection(new StructuredSelection(visible), true);
            }
        });
    }

    @Override
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (resource == null) {
            return;
        }
        try {
            SticResources.save(resource);
            knownModified = modifiedTime();
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            getFile().refreshLocal(IResource.DEPTH_ZERO, monitor);
            firePropertyChange(PROP_DIRTY);
            if (reloadAfterSave) {
                reloadAfterSave = false;
                reload();
            }
            validate();
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(getSite().getShell(), "Save failed", "Could not save " + getFile().getName(),
                    Status.error(e.getMessage(), e));
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return resource != null;
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
        resource.setURI(URI.createFileURI(target.getLocation().toOSString()));
        setInputWithNotify(new FileEditorInput(target));
        setPartName(target.getName());
        doSave(null);
    }

    /** Validates the model as it is in the editor and replaces the file's STIC markers with the findings. */
    public void validate() {
        if (resource == null || resource.getContents().isEmpty()) {
            return;
        }
        ModelValidation.validate(getFile(), resource, project);
        refreshProblems();
    }

    /** The project the open model was loaded with. */
    public SticProject getProject() {
        return project;
    }

    /**
     * A settings, rule or extension file changed: new rules re-validate the model as it is in the editor; new
     * extensions need the model loaded again with them, which asks first when there are unsaved edits (declined,
     * the editor reloads after the next save, as it keeps working with the extensions it has).
     */
    private void projectChanged() {
        if (pages == null || pages.isDisposed()) {
            return;
        }
        SticProject now = SticProjects.forModel(path());
        if (now == project) {
            return;
        }
        if (loadError != null || !now.extensions().equals(project.extensions())) {
            if (!isDirty() || MessageDialog.openQuestion(getSite().getShell(), "Metamodel extensions changed",
                    "The metamodel extensions of " + getFile().getName() + " have changed.\n"
                            + "Reload the model with them and discard the changes made in this editor?")) {
                reload();
                validate();
            } else {
                reloadAfterSave = true;
            }
            return;
        }
        project = now;
        validate();
    }

    /** Updates the error/warning overlays of the tree from the file's markers. */
    void refreshProblems() {
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
        EObject element = SticMarkers.element(marker, resource);
        if (element != null) {
            viewer.setSelection(new StructuredSelection(element), true);
            viewer.getControl().setFocus();
        }
    }

    private void workspaceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(getFile().getFullPath());
        if (delta == null) {
            return;
        }
        boolean contentChanged = delta.getKind() == IResourceDelta.CHANGED
                && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
        boolean markersChanged = (delta.getFlags() & IResourceDelta.MARKERS) != 0;
        boolean removed = delta.getKind() == IResourceDelta.REMOVED;
        if (pages == null || pages.isDisposed()) {
            return;
        }
        pages.getDisplay().asyncExec(() -> {
            if (pages.isDisposed()) {
                return;
            }
            if (removed) {
                fileRemoved(delta);
            } else if (contentChanged && !Objects.equals(modifiedTime(), knownModified)) {
                fileChangedOnDisk();
            } else if (markersChanged) {
                refreshProblems();
            }
        });
    }

    private void fileRemoved(IResourceDelta delta) {
        if ((delta.getFlags() & IResourceDelta.MOVED_TO) != 0) {
            IFile moved = ResourcesPlugin.getWorkspace().getRoot().getFile(delta.getMovedToPath());
            setInputWithNotify(new FileEditorInput(moved));
            setPartName(moved.getName());
            if (resource != null) {
                resource.setURI(URI.createFileURI(moved.getLocation().toOSString()));
            }
        } else if (!isDirty()) {
            getSite().getPage().closeEditor(this, false);
        }
    }

    private void fileChangedOnDisk() {
        knownModified = modifiedTime();
        if (!isDirty() || MessageDialog.openQuestion(getSite().getShell(), "File changed",
                "The file " + getFile().getName() + " has been changed on disk.\n"
                        + "Reload it and discard the changes made in this editor?")) {
            reload();
        }
    }

    @Override
    public void setFocus() {
        if (pageLayout != null && pageLayout.topControl != null) {
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
            SticPropertySheetPage page = new SticPropertySheetPage(this);
            propertyPages.add(page);
            return type.cast(page);
        }
        if (type == IGotoMarker.class) {
            return type.cast(this);
        }
        if (type == EditingDomain.class) {
            return type.cast(domain);
        }
        return super.getAdapter(type);
    }

    /** The property sources of the Properties view, created on first use and shared by its pages. */
    public ItemPropertySourceProvider propertySources() {
        if (propertySources == null) {
            propertySources = new ItemPropertySourceProvider(adapterFactory);
        }
        return propertySources;
    }

    void propertyPageDisposed(SticPropertySheetPage page) {
        propertyPages.remove(page);
    }

    void outlineDisposed() {
        outline = null;
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
        SticProjects.removeListener(projectListener);
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        actions.dispose();
        if (propertySources != null) {
            propertySources.dispose();
        }
        adapterFactory.dispose();
        super.dispose();
    }

    /** Selection in the tree (used by the outline and tests). */
    public void select(ISelection selection) {
        viewer.setSelection(selection, true);
    }
}

package org.stic.ui.metamodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
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
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.stic.extensions.MetamodelChecks;
import org.stic.extensions.MetamodelFiles;
import org.stic.extensions.SticProject;
import org.stic.model.io.ModelLoadException;
import org.stic.ui.Messages;
import org.stic.ui.editor.EditorActions;
import org.stic.ui.editor.ErrorPage;
import org.stic.ui.editor.ProblemLabelProvider;
import org.stic.ui.editor.PropertyPages;
import org.stic.ui.editor.TreeEditing;
import org.stic.ui.emf.EditingDomains;
import org.stic.ui.rules.UnsavedText;
import org.stic.ui.emf.ItemProviderContentProvider;

/**
 * The editor of extension metamodels ({@code .ecore} files): the file's packages, classes, attributes, references
 * and enumerations as a tree through EMF's own Ecore item providers, every property in the Properties view (where a
 * class's supertypes and a feature's type also offer STIC's classes and data types, see {@link SticChoices}),
 * New Child / New Sibling for whatever Ecore allows, rename, cut/copy/paste, delete, undo/redo through the command
 * stack. The file is read as the project reads extensions ({@link MetamodelFiles}: hardened, a file it cannot read
 * opens as a page with the reader's {@code file:line:column} message and is never written) and saved atomically
 * (Save As too, to a file the editor edits from then on), written by plain EMF with references to STIC by nsURI.
 * After every edit the metamodel is checked ({@link LiveProblems}: overlays in the tree, Problems markers, Quick Fix
 * in the context menu and by Ctrl+1, see {@link QuickFixMenu}), and the {@link MetamodelPanel}s other
 * bundles contribute (the class diagram) follow it beside the tree.
 */
public class MetamodelEditor extends EditorPart implements IEditingDomainProvider, EditorActions.Host,
        ISetSelectionTarget, UnsavedText {

    public static final String ID = "org.stic.ui.metamodelEditor";

    private final ComposedAdapterFactory adapterFactory = EditingDomains.adapterFactory();
    private AdapterFactoryEditingDomain domain;
    private Resource resource;
    /** The project's other extensions, known by nsURI while editing this one. */
    private List<EPackage> others = List.of();
    private LiveProblems problems;
    private ProblemLabelProvider labels;
    /** What other bundles show beside the tree (the class diagram), see {@link MetamodelPanel}. */
    private final List<MetamodelPanel> panels = new ArrayList<>();
    private ModelLoadException loadError;
    /** The menu Ctrl+1 dropped down last, kept until the next one or the editor closes. */
    private MenuManager quickFixMenu;

    private Composite pages;
    private StackLayout pageLayout;
    private SashForm sash;
    private TreeViewer viewer;
    private ErrorPage errorPage;
    private SticChoices propertySources;
    private final EditorActions actions = new EditorActions(this);
    private final PropertyPages propertyPages = new PropertyPages(this::propertySources, actions);
    private final CommandStackListener stackListener = this::commandStackChanged;
    private final IResourceChangeListener workspaceListener = this::workspaceChanged;
    /** The file's modification stamp after this editor's last save (that change is not one from elsewhere). */
    private long savedStamp = IResource.NULL_STAMP;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput)) {
            throw new PartInitException(Messages.get("editor.workspaceOnly", input.getName()));
        }
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        problems = new LiveProblems(getFile());
        load();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
    }

    /** The workspace file being edited. */
    public IFile getFile() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    private Path path() {
        return getFile().getLocation().toFile().toPath();
    }

    /** The file, for "try it at once" (Edit > Try It at Once), which tries the project with this editor's text. */
    @Override
    public Path projectFile() {
        return path();
    }

    /** The text a save would write now; the file as it is when the editor could not read it. */
    @Override
    public String unsavedText() {
        try {
            return resource == null ? Files.readString(path(), StandardCharsets.UTF_8) : MetamodelFiles.text(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the file with the project's other extensions known by nsURI; keeps the reader's message if it fails. */
    private void load() {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        Path file = path();
        others = othersOf(file);
        try {
            resource = MetamodelFiles.load(file, others);
            loadError = null;
            domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), resource.getResourceSet());
            resource.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
            domain.getCommandStack().addCommandStackListener(stackListener);
        } catch (ModelLoadException e) {
            resource = null;
            domain = null;
            loadError = e;
        }
    }

    /** The extensions of the file's project other than the file's own. */
    private static List<EPackage> othersOf(Path file) {
        List<EPackage> others = new ArrayList<>();
        for (EPackage p : SticProject.forModel(file).extensions()) {
            if (p.eResource() == null || !Path.of(p.eResource().getURI().toFileString()).equals(file.toAbsolutePath().normalize())) {
                others.add(p);
            }
        }
        return others;
    }

    /** Reads the file again, dropping the unsaved edits (Reload on the error page; the file changed on disk). */
    public void reload() {
        load();
        if (pages != null && !pages.isDisposed()) {
            show();
        }
    }

    /**
     * The file changed on disk, not by this editor's save: read it again unless the editor holds unsaved edits
     * (which the user keeps, and may save over the file).
     */
    private void workspaceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(getFile().getFullPath());
        if (delta == null || (delta.getFlags() & IResourceDelta.CONTENT) == 0 || pages == null || pages.isDisposed()) {
            return;
        }
        pages.getDisplay().asyncExec(() -> {
            if (!pages.isDisposed() && !isDirty() && getFile().getModificationStamp() != savedStamp) {
                reload();
            }
        });
    }

    @Override
    public void createPartControl(Composite parent) {
        pages = new Composite(parent, SWT.NONE);
        pageLayout = new StackLayout();
        pages.setLayout(pageLayout);
        sash = new SashForm(pages, SWT.HORIZONTAL);
        viewer = new TreeViewer(sash, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        labels = new ProblemLabelProvider(adapterFactory);
        viewer.setLabelProvider(labels);
        viewer.addSelectionChangedListener(e -> {
            actions.selectionChanged(e.getSelection());
            panels.forEach(panel -> panel.selectionChanged(e.getSelection()));
        });
        for (MetamodelPanel panel : MetamodelPanel.contributed()) {
            panel.createControl(sash, this);
            panels.add(panel);
        }
        if (!panels.isEmpty()) {
            sash.setWeights(weights());
        }
        TreeEditing.install(viewer, () -> domain);
        errorPage = new ErrorPage(pages, Messages.get("metamodel.cannotOpen"), Messages.get("editor.cannotOpen.hint"),
                this::reload);
        getSite().setSelectionProvider(viewer);
        actions.hookContextMenu(viewer);
        activateQuickFix();
        show();
    }

    /** The tree of the file, or the page saying why it could not be read. */
    private void show() {
        if (loadError != null) {
            errorPage.setMessage(loadError.getMessage());
            pageLayout.topControl = errorPage.control();
            viewer.setInput(null);
        } else {
            pageLayout.topControl = sash;
            viewer.setInput(resource);
            viewer.expandToLevel(3);
        }
        packageChanged();
        pages.layout();
        actions.setEditingDomain(domain);
        firePropertyChange(PROP_DIRTY);
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
            packageChanged();
            actions.selectionChanged(viewer.getSelection());
            propertyPages.refreshAll();
            TreeEditing.revealAffected(viewer, domain.getCommandStack().getMostRecentCommand(), resource);
        });
    }

    /** The tree takes two fifths, the panels share the rest. */
    private int[] weights() {
        int[] weights = new int[panels.size() + 1];
        Arrays.fill(weights, 3 * 100 / panels.size() / 5);
        weights[0] = 40;
        return weights;
    }

    /** After an edit, undo, redo or reload: checks the problems again and lets the panels follow. */
    private void packageChanged() {
        labels.setSeverities(problems.check(getPackage(), others));
        viewer.refresh(true);
        for (MetamodelPanel panel : panels) {
            panel.packageChanged();
        }
    }

    /** The panels beside the tree, as contributed (see {@link MetamodelPanel}). */
    public List<MetamodelPanel> getPanels() {
        return List.copyOf(panels);
    }

    /** The problems of the metamodel as it is in the editor, checked after every edit. */
    public List<MetamodelChecks.Problem> problems() {
        return problems.problems();
    }

    /** The quick fixes of the problem of {@code kind} about the element at {@code fragment} (for marker resolutions). */
    List<MetamodelFixes.Fix> fixes(String fragment, String kind) {
        List<MetamodelFixes.Fix> fixes = new ArrayList<>();
        EObject element = resource == null ? null : resource.getEObject(fragment);
        for (MetamodelChecks.Problem p : problems.of(element)) {
            if (p.kind().name().equals(kind)) {
                fixes.addAll(MetamodelFixes.of(p, domain));
            }
        }
        return fixes;
    }

    /** Quick Fix in the tree's context menu: the fixes of the selected element's problems. */
    @Override
    public void fillContextMenu(IMenuManager menu) {
        MenuManager quickFix = QuickFixMenu.of(problems.of(selectedElement()), domain);
        if (quickFix != null) {
            menu.add(new Separator());
            menu.add(quickFix);
        }
    }

    /** The one element selected in the tree, else null. */
    private Object selectedElement() {
        return viewer.getStructuredSelection().size() == 1 ? viewer.getStructuredSelection().getFirstElement() : null;
    }

    /** Ctrl+1 in the tree: the Quick Fix menu of the selected element, dropped down below it. */
    private void activateQuickFix() {
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        handlers.activateHandler(QuickFixMenu.COMMAND, new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                if (quickFixMenu != null) {
                    quickFixMenu.dispose();
                }
                quickFixMenu = QuickFixMenu.show(viewer, problems.of(selectedElement()), domain);
                return null;
            }
        });
    }

    /** The menu Ctrl+1 dropped down last, or null (tests read it as the user does). */
    public Menu getQuickFixMenu() {
        return quickFixMenu == null ? null : quickFixMenu.getMenu();
    }

    /** The file's root package, or null when the file could not be read. */
    public EPackage getPackage() {
        return resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof EPackage p
                ? p : null;
    }

    public Resource getResource() {
        return resource;
    }

    /** Why the file could not be read, or null when it is open. */
    public ModelLoadException getLoadError() {
        return loadError;
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    public EditorActions getActions() {
        return actions;
    }

    @Override
    public ComposedAdapterFactory getAdapterFactory() {
        return adapterFactory;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    @Override
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            save();
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.get("save.failed"),
                    Messages.get("save.couldNotSave", getFile().getName()), Status.error(e.getMessage(), e));
        }
    }

    /**
     * Writes the file as it is in the editor, atomically (the file on disk is replaced only when all was written),
     * and tells the workspace, so the models of the project that use the extension reload it.
     */
    public void save() throws IOException, CoreException {
        if (resource == null) {
            return; // a file we could not read is never written
        }
        MetamodelFiles.save(resource);
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        getFile().refreshLocal(IResource.DEPTH_ZERO, null);
        savedStamp = getFile().getModificationStamp();
        firePropertyChange(PROP_DIRTY);
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
        if (!"ecore".equals(path.getFileExtension())) {
            path = path.addFileExtension("ecore");
        }
        IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
        try {
            saveAs(target);
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.get("save.failed"),
                    Messages.get("save.couldNotSave", target.getName()), Status.error(e.getMessage(), e));
        }
    }

    /**
     * Writes the metamodel to {@code target} atomically, and edits that file from then on. The project's settings
     * keep naming the files they named: a copy has the original's nsURI and class names, which the live checks
     * report against the original until the copy gets its own (and is named in the settings, to be loaded).
     */
    public void saveAs(IFile target) throws IOException, CoreException {
        if (resource == null) {
            return;
        }
        URI before = resource.getURI();
        resource.setURI(URI.createFileURI(target.getLocation().toFile().getAbsolutePath()));
        try {
            MetamodelFiles.save(resource);
        } catch (IOException e) {
            resource.setURI(before);
            throw e;
        }
        problems.clear();
        setInputWithNotify(new FileEditorInput(target));
        setPartName(target.getName());
        problems = new LiveProblems(target);
        others = othersOf(path());
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        target.refreshLocal(IResource.DEPTH_ZERO, null);
        savedStamp = target.getModificationStamp();
        packageChanged();
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void rename() {
        Object element = viewer.getStructuredSelection().getFirstElement();
        if (TreeEditing.nameAttribute(element) != null) {
            viewer.editElement(element, 0);
        }
    }

    @Override
    public void validate() {
        packageChanged(); // checked after every edit already: Validate checks once more on request
    }

    @Override
    public void selectReveal(ISelection selection) {
        viewer.setSelection(selection, true);
    }

    @Override
    public void setFocus() {
        if (pageLayout != null && pageLayout.topControl != null) {
            pageLayout.topControl.setFocus();
        }
    }

    /** The property sources of the Properties view, created on first use and shared by its pages. */
    public IPropertySourceProvider propertySources() {
        if (propertySources == null) {
            propertySources = new SticChoices(adapterFactory);
        }
        return propertySources;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            return type.cast(propertyPages.create());
        }
        if (type == EditingDomain.class) {
            return type.cast(domain);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
        panels.forEach(MetamodelPanel::dispose);
        if (quickFixMenu != null) {
            quickFixMenu.dispose();
        }
        problems.clear();
        actions.dispose();
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        if (propertySources != null) {
            propertySources.dispose();
        }
        adapterFactory.dispose();
        super.dispose();
    }
}

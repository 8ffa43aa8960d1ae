package org.stic.diagram.ui.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.ui.Messages;

/**
 * The diagram editor's commands as the user reaches them: the tool bar above the diagram (view, zoom, fit, arrange,
 * export) and the diagram's context menu.
 */
final class DiagramMenus {

    private static final String[] ZOOMS = { "25%", "50%", "75%", "100%", "150%", "200%", "400%",
            Messages.get("zoom.fit") };

    private final DiagramEditor editor;
    private Combo viewCombo;
    private Combo zoomCombo;
    /** The tool bar's group of buttons being filled. */
    private ToolBar buttons;
    private ToolItem whatIf;
    private ToolItem criticality;
    private ToolItem canvasLinks;

    DiagramMenus(DiagramEditor editor) {
        this.editor = editor;
    }

    /**
     * The tool bar: the view and zoom boxes, then groups of buttons, each group a tool bar of its own so that the
     * row wraps between groups where the editor is narrow (GTK's tool bars do not wrap, and Russian labels are long).
     */
    void createToolBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.center = true;
        rows.marginTop = rows.marginBottom = 2;
        rows.marginLeft = rows.marginRight = 4;
        rows.spacing = 8;
        bar.setLayout(rows);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        Composite view = labelled(bar, Messages.get("toolbar.view"));
        viewCombo = new Combo(view, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (View v : View.values()) {
            viewCombo.add(v.title());
        }
        viewCombo.select(editor.getView().ordinal());
        viewCombo.addListener(SWT.Selection, e -> editor.showView(View.values()[viewCombo.getSelectionIndex()]));
        Composite zoom = labelled(bar, Messages.get("toolbar.zoom"));
        zoomCombo = new Combo(zoom, SWT.DROP_DOWN);
        zoomCombo.setItems(ZOOMS);
        zoomCombo.setText("100%");
        zoomCombo.addListener(SWT.Selection, e -> zoomTo(zoomCombo.getText()));
        zoomCombo.addListener(SWT.DefaultSelection, e -> zoomTo(zoomCombo.getText()));
        GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(zoomCombo);
        buttons = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        item(Messages.get("zoom.fit"), Messages.get("toolbar.fit.tip"), () -> editor.getViewer().fit());
        item(Messages.get("toolbar.arrangeAll"), Messages.get("toolbar.arrangeAll.tip"), editor::arrangeAll);
        item(Messages.get("toolbar.arrangeSelection"), Messages.get("toolbar.arrangeSelection.tip"),
                editor::arrangeSelection);
        item(Messages.get("toolbar.export"), Messages.get("toolbar.export.tip"), editor.export()::export);
        buttons = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        whatIf = item(SWT.CHECK, Messages.get("toolbar.whatIf"), Messages.get("toolbar.whatIf.tip"), () -> {
            if (!editor.setWhatIf(whatIf.getSelection())) {
                whatIf.setSelection(true); // the user kept the mode on
            }
        });
        criticality = item(SWT.CHECK, Messages.get("toolbar.criticality"), Messages.get("toolbar.criticality.tip"),
                () -> editor.showCriticality(criticality.getSelection()));
        buttons = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        canvasLinks = item(SWT.CHECK, Messages.get("toolbar.canvasLinks"), Messages.get("toolbar.canvasLinks.tip"),
                () -> editor.setCanvasLinks(canvasLinks.getSelection()));
        sceneShown();
    }

    /** A label and the box after it, kept on one row. */
    private static Composite labelled(Composite bar, String label) {
        Composite pair = new Composite(bar, SWT.NONE);
        pair.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).create());
        new Label(pair, SWT.NONE).setText(label);
        return pair;
    }

    private ToolItem item(String text, String tip, Runnable run) {
        return item(SWT.PUSH, text, tip, run);
    }

    private ToolItem item(int style, String text, String tip, Runnable run) {
        ToolItem item = new ToolItem(buttons, style);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> run.run());
        return item;
    }

    void whatIfShown(boolean on) {
        if (whatIf != null && !whatIf.isDisposed()) {
            whatIf.setSelection(on);
        }
    }

    void criticalityShown(boolean on) {
        if (criticality != null && !criticality.isDisposed()) {
            criticality.setSelection(on);
        }
    }

    /** A scene is shown (a view, a diagram change, its undo): the canvas's links toggle says how they are drawn. */
    void sceneShown() {
        if (canvasLinks != null && !canvasLinks.isDisposed()) {
            canvasLinks.setEnabled(editor.getView() == View.CANVAS);
            canvasLinks.setSelection(editor.isCanvasLinks());
        }
    }

    /** The view chosen elsewhere. */
    void viewShown(View view) {
        viewCombo.select(view.ordinal());
    }

    void zoomChanged() {
        if (zoomCombo != null && !zoomCombo.isDisposed()) {
            zoomCombo.setText(Math.round(editor.getViewer().getZoom() * 100) + "%");
        }
    }

    private void zoomTo(String text) {
        if (text.equalsIgnoreCase(Messages.get("zoom.fit"))) {
            editor.getViewer().fit();
            return;
        }
        try {
            editor.getViewer().setZoom(Double.parseDouble(text.replace("%", "").strip()) / 100);
        } catch (NumberFormatException e) {
            zoomChanged(); // show the zoom we have instead of what could not be read
        }
    }

    void hookContextMenu() {
        MenuManager menu = new MenuManager("#PopUp");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        DiagramViewer viewer = editor.getViewer();
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        editor.getSite().registerContextMenu(menu, editor);
    }

    private void fillContextMenu(IMenuManager menu) {
        DiagramViewer viewer = editor.getViewer();
        if (editor.whatIf().isActive()) {
            editor.scenarioEditing().fillContextMenu(menu, viewer.getSelection());
            menu.add(new Separator());
        }
        editor.fillUndoRedo(menu);
        menu.add(new Separator());
        editor.getEditing().fillContextMenu(menu);
        editor.getTools().fillContextMenu(menu);
        menu.add(new Separator());
        menu.add(action(Messages.get("menu.arrangeAll"), editor::arrangeAll, true));
        menu.add(action(Messages.get("menu.arrangeSelection"), editor::arrangeSelection,
                viewer.getSelection().size() > (editor.getView() == View.CANVAS ? 0 : 1)));
        menu.add(action(Messages.get("menu.fit"), viewer::fit, true));
        View view = editor.getView();
        for (ContourRegion r : ContourRegion.values()) {
            if (view.shows(r)) {
                boolean collapsed = editor.scene().isCollapsed(r);
                menu.add(action(Messages.get(collapsed ? "menu.expand" : "menu.collapse", r.label()),
                        () -> editor.toggleCollapsed(r), true));
            }
        }
        if (view == View.CANVAS) {
            fillCanvasMenu(menu);
        }
        menu.add(new Separator());
        menu.add(action(Messages.get("menu.export"), editor.export()::export, true));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** The canvas's own: a block collapsed to its title (ticked) or open, and its links as lines or numbers. */
    private void fillCanvasMenu(IMenuManager menu) {
        MenuManager blocks = new MenuManager(Messages.get("menu.collapseBlock"));
        for (NodeType block : SceneBuilder.CANVAS_BLOCKS) {
            blocks.add(check(block.blockLabel(), editor.isCollapsed(block), () -> editor.toggleCollapsed(block)));
        }
        menu.add(blocks);
        menu.add(check(Messages.get("menu.canvasLinks"), editor.isCanvasLinks(),
                () -> editor.setCanvasLinks(!editor.isCanvasLinks())));
    }

    private static IAction check(String text, boolean checked, Runnable run) {
        Action a = new Action(text, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setChecked(checked);
        return a;
    }

    static IAction action(String text, Runnable run, boolean enabled) {
        Action a = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setEnabled(enabled);
        return a;
    }
}

package org.stic.diagram.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.View;
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
    /** The tool bar's buttons, for what later parts of the editor add to it. */
    private ToolBar buttons;
    private ToolItem whatIf;
    private ToolItem criticality;

    DiagramMenus(DiagramEditor editor) {
        this.editor = editor;
    }

    void createToolBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(GridLayoutFactory.swtDefaults().numColumns(5).margins(4, 2).create());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.get("toolbar.view"));
        viewCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (View v : View.values()) {
            viewCombo.add(v.title());
        }
        viewCombo.select(editor.getView().ordinal());
        viewCombo.addListener(SWT.Selection, e -> editor.showView(View.values()[viewCombo.getSelectionIndex()]));
        new Label(bar, SWT.NONE).setText(Messages.get("toolbar.zoom"));
        zoomCombo = new Combo(bar, SWT.DROP_DOWN);
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
        new ToolItem(buttons, SWT.SEPARATOR);
        whatIf = item(SWT.CHECK, Messages.get("toolbar.whatIf"), Messages.get("toolbar.whatIf.tip"), () -> {
            if (!editor.setWhatIf(whatIf.getSelection())) {
                whatIf.setSelection(true); // the user kept the mode on
            }
        });
        criticality = item(SWT.CHECK, Messages.get("toolbar.criticality"), Messages.get("toolbar.criticality.tip"),
                () -> editor.showCriticality(criticality.getSelection()));
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
            WhatIfMode mode = editor.whatIf();
            List<EObject> chosen = viewer.getSelection();
            boolean anyOn = chosen.stream().anyMatch(e -> WhatIfMode.switchable(e) && !mode.switchedOff().contains(e));
            boolean anyOff = chosen.stream().anyMatch(mode.switchedOff()::contains);
            menu.add(action(Messages.get("menu.switchOff"), () -> mode.switchElements(chosen, true), anyOn));
            menu.add(action(Messages.get("menu.switchOn"), () -> mode.switchElements(chosen, false), anyOff));
            menu.add(new Separator());
        }
        editor.fillUndoRedo(menu);
        menu.add(new Separator());
        editor.getEditing().fillContextMenu(menu);
        editor.getTools().fillContextMenu(menu);
        menu.add(new Separator());
        menu.add(action(Messages.get("menu.arrangeAll"), editor::arrangeAll, true));
        menu.add(action(Messages.get("menu.arrangeSelection"), editor::arrangeSelection,
                viewer.getSelection().size() > 1));
        menu.add(action(Messages.get("menu.fit"), viewer::fit, true));
        View view = editor.getView();
        for (ContourRegion r : ContourRegion.values()) {
            if (view.shows(r)) {
                boolean collapsed = editor.scene().isCollapsed(r);
                menu.add(action(Messages.get(collapsed ? "menu.expand" : "menu.collapse", r.label()),
                        () -> editor.toggleCollapsed(r), true));
            }
        }
        menu.add(new Separator());
        menu.add(action(Messages.get("menu.export"), editor.export()::export, true));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
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

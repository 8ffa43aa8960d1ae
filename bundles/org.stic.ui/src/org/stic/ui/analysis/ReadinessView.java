package org.stic.ui.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.ViewPart;
import org.stic.Cluster;
import org.stic.analysis.AnalysisCache;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.Coverage;
import org.stic.analysis.CriticalElement;
import org.stic.analysis.Scenario;
import org.stic.analysis.YearReadiness;
import org.stic.ui.Messages;
import org.stic.ui.session.ModelSession;

/**
 * The Readiness view: the readiness of the model the user works on (that of the active model or diagram editor),
 * brought up to date after every change of the model, whichever editor made it, from the headless analysis
 * (org.stic.analysis) that the model's session keeps once per model state ({@link ModelSession#analysis()}).
 * Above, the overall figure and the year it is for; tabs: needs by segment with their reasons, the money balance,
 * the critical elements. While the editor shows a what-if scenario, all of it is the model under that scenario, the
 * figure saying so beside the model's own. A double-click on a row selects its element in the model's editors, so
 * the user lands on what to fix; choosing a critical element emphasises on the diagram the needs that depend on it.
 */
public class ReadinessView extends ViewPart {

    public static final String ID = "org.stic.ui.readiness";

    private ActiveModel model;
    private final ElementImages images = new ElementImages();
    private Label figure;
    private Combo years;
    private CTabFolder tabs;
    private ReadinessTree readiness;
    private EconomicsTable economics;
    private CriticalTable critical;
    /** The year the user chose, or null for the current year. */
    private Integer chosenYear;
    private AnalysisResult result;
    private ModelSession shown;
    /** The tabs other than the visible one are brought up to date when they are shown. */
    private boolean economicsStale;
    private boolean criticalStale;
    private int updates;

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 0).create());
        Composite top = new Composite(body, SWT.NONE);
        top.setLayout(GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).create());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        figure = new Label(top, SWT.WRAP); // the later years wrap in a narrow view rather than disappear
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(100, SWT.DEFAULT)
                .applyTo(figure);
        new Label(top, SWT.NONE).setText(Messages.get("readiness.year"));
        years = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        years.setToolTipText(Messages.get("readiness.year.tooltip"));
        years.addListener(SWT.Selection, e -> {
            chosenYear = Integer.valueOf(years.getText());
            update();
        });

        tabs = new CTabFolder(body, SWT.BOTTOM | SWT.FLAT);
        // a size hint, so that laying out the view never asks the trees and tables for the size of all their rows
        GridDataFactory.fillDefaults().grab(true, true).hint(100, 100).applyTo(tabs);
        readiness = new ReadinessTree(tabs, images);
        economics = new EconomicsTable(tabs);
        critical = new CriticalTable(tabs, images);
        tab("readiness.tab.readiness", readiness.viewer().getControl());
        tab("readiness.tab.economics", economics.viewer().getControl());
        tab("readiness.tab.critical", critical.viewer().getControl());
        tabs.setSelection(0);
        tabs.addListener(SWT.Selection, e -> showStaleTab());

        readiness.viewer().addDoubleClickListener(e -> reveal(ReadinessTree.element(first(e.getSelection()))));
        critical.viewer().addDoubleClickListener(e -> {
            if (first(e.getSelection()) instanceof CriticalElement c) {
                reveal(c.element());
            }
        });
        critical.viewer().addSelectionChangedListener(e -> {
            if (model.session() != null) {
                List<? extends EObject> needs = first(e.getSelection()) instanceof CriticalElement c ? c.needs()
                        : List.of();
                ModelEditors.highlight(getSite().getPage(), model.session(), needs);
            }
        });
        model = new ActiveModel(getSite().getPage(), this::update);
        update();
    }

    private void tab(String title, Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(Messages.get(title));
        item.setControl(control);
    }

    private static Object first(org.eclipse.jface.viewers.ISelection selection) {
        return selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
    }

    /** Analyses the model shown again and updates the figure, the years and the visible tab (the benchmark times it). */
    void update() {
        if (figure == null || figure.isDisposed()) {
            return;
        }
        updates++;
        ModelSession session = model.session();
        Cluster cluster = model.cluster();
        boolean otherModel = session != shown;
        shown = session;
        if (otherModel) {
            chosenYear = null;
            images.use(session == null ? null : session.adapterFactory());
        }
        String text;
        String[] choices;
        if (cluster == null) {
            result = null;
            text = session == null ? Messages.get("readiness.noModel")
                    : Messages.get("readiness.cannotAnalyse", session.file().getName());
            choices = new String[0];
        } else {
            // the session's analysis of this model state, which the diagram's badges and colours share
            AnalysisCache analysis = session.analysis();
            AnalysisOptions now = AnalysisOptions.thisYear();
            int year = chosenYear == null ? now.year() : chosenYear;
            AnalysisResult asIs = analysis.result(year == now.year() ? now : new AnalysisOptions(year));
            Scenario scenario = model.scenario();
            AnalysisResult current;
            if (scenario == null) {
                current = analysis.result(now);
                result = asIs;
                text = figureText(result, current);
            } else {
                // the scenario the diagram shows: the same analysis the diagram's what-if colours read
                current = analysis.under(now, scenario);
                result = year == now.year() ? current : asIs.under(scenario);
                Coverage total = asIs.total();
                text = Messages.get("readiness.figure.scenario", scenario.name(), figureText(result, current),
                        total.ready(), total.needs(), Integer.toString(year));
            }
            TreeSet<Integer> yearSet = new TreeSet<>();
            current.byYear().forEach(y -> yearSet.add(y.year()));
            yearSet.add(year);
            choices = yearSet.stream().map(String::valueOf).toArray(String[]::new);
        }
        List<Control> resized = new ArrayList<>();
        if (!Arrays.equals(choices, years.getItems())) {
            years.setItems(choices);
            resized.add(years);
        }
        if (result != null) {
            years.setText(Integer.toString(result.options().year()));
        }
        if (!text.equals(figure.getText())) {
            figure.setText(text);
            resized.add(figure);
        }
        if (!resized.isEmpty()) {
            figure.getParent().getParent().layout(resized.toArray(new Control[0]));
        }
        economicsStale = true;
        criticalStale = true;
        readiness.show(result, otherModel);
        showStaleTab();
    }

    /** "2026: 6 of 9 needs ready (66 %) · 2028: 7 of 9 (77 %)": the chosen year, then the later years that differ. */
    private static String figureText(AnalysisResult result, AnalysisResult current) {
        Coverage total = result.total();
        StringBuilder text = new StringBuilder(Messages.get("readiness.figure", Integer.toString(result.options().year()),
                total.ready(), total.needs(), total.readyPercent()));
        if (total.assumed() > 0) {
            text.append(Messages.get("readiness.figure.assumed", total.assumed()));
        }
        for (YearReadiness y : current.byYear()) {
            if (y.year() > result.options().year()) {
                text.append(Messages.get("readiness.figure.later", Integer.toString(y.year()), y.ready(), y.needs(),
                        y.readyPercent()));
            }
        }
        return text.toString();
    }

    private void showStaleTab() {
        int tab = tabs.getSelectionIndex();
        if (tab == 1 && economicsStale) {
            economicsStale = false;
            economics.show(result);
        } else if (tab == 2 && criticalStale) {
            criticalStale = false;
            critical.show(result);
        }
    }

    /** Brings the model's editor forward and selects the element in every editor of the model. */
    private void reveal(EObject element) {
        ModelSession session = model.session();
        if (element == null || session == null) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        IEditorPart editor = model.editor();
        if (editor != null) {
            page.activate(editor);
        }
        ModelEditors.select(page, session, element);
    }

    /** How many times the view brought itself up to date (tests and the benchmark wait for the next one). */
    public int updates() {
        return updates;
    }

    /** The overall figure as shown above the tabs. */
    public String figure() {
        return figure.getText();
    }

    /** The year the view shows. */
    public int year() {
        return result == null ? AnalysisOptions.thisYear().year() : result.options().year();
    }

    /** The viewer of the Readiness tab, for tests that read and click its rows as a user does. */
    public StructuredViewer readinessViewer() {
        return readiness.viewer();
    }

    @Override
    public void setFocus() {
        tabs.getSelection().getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (model != null) {
            model.dispose();
        }
        images.dispose();
        super.dispose();
    }
}

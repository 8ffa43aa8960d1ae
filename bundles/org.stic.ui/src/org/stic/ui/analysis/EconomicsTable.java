package org.stic.ui.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.jface.resource.JFaceResources;
import org.stic.Cluster;
import org.stic.analysis.AnalysisCache;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.Economics;
import org.stic.analysis.Economics.Totals;
import org.stic.analysis.Scenario;
import org.stic.model.edit.Language;
import org.stic.ui.Messages;

/**
 * The Economics tab: the money balance of every currency in every year the model's money mentions (revenue, cost,
 * balance, revenue against cost) with the state's share of the revenue; the row of the selected year in bold.
 * Amounts of different currencies are never added (docs/analysis.md, "Economics").
 */
final class EconomicsTable {

    /** One currency in one year, with the state's part of that year's revenue (null: no revenue). */
    record Row(Totals totals, BigDecimal stateShare) {
    }

    private final TableViewer viewer;
    private int year;

    EconomicsTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Language language = Language.current();
        column("economics.column.currency", 80, SWT.LEFT, r -> r.totals().currency());
        column("economics.column.year", 70, SWT.LEFT, r -> Integer.toString(r.totals().year()));
        column("economics.column.revenue", 150, SWT.RIGHT,
                r -> language.money(r.totals().revenue(), r.totals().currency()));
        column("economics.column.cost", 150, SWT.RIGHT, r -> language.money(r.totals().cost(), r.totals().currency()));
        column("economics.column.balance", 150, SWT.RIGHT,
                r -> language.money(r.totals().balance(), r.totals().currency()));
        column("economics.column.coverage", 130, SWT.RIGHT, r -> percent(language, r.totals().coveragePercent()));
        column("economics.column.stateShare", 130, SWT.RIGHT, r -> percent(language, r.stateShare()));
    }

    private static String percent(Language language, BigDecimal value) {
        return value == null ? "\u2014" : language.number(value) + "\u00A0%";
    }

    private void column(String title, int width, int align, Function<Row, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, align);
        c.getColumn().setText(Messages.get(title));
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return text.apply((Row) o);
            }

            @Override
            public Font getFont(Object o) {
                return ((Row) o).totals().year() == year ? JFaceResources.getFontRegistry().getBold(
                        JFaceResources.DEFAULT_FONT) : null;
            }
        });
    }

    TableViewer viewer() {
        return viewer;
    }

    /**
     * Shows the money of the result's model year by year (under the result's scenario, if any). The state's share
     * of a year other than the result's needs that year's payers, so each such year has its own result (of the one
     * analysis the session keeps per model state: the model is not read again), or under a scenario its economics.
     */
    void show(AnalysisResult result) {
        if (result == null) {
            viewer.setInput(List.of());
            return;
        }
        year = result.options().year();
        Cluster cluster = result.cluster();
        Map<Integer, Economics> byYear = new HashMap<>();
        byYear.put(year, result.economics());
        List<Row> rows = new ArrayList<>();
        Scenario scenario = result.scenario();
        boolean asIs = scenario == null || scenario.changes().isEmpty();
        for (Totals t : result.economics().series()) {
            Economics e = byYear.computeIfAbsent(t.year(), y -> asIs
                    ? AnalysisCache.analyse(cluster, new AnalysisOptions(y)).economics()
                    : Economics.of(cluster, y, scenario));
            rows.add(new Row(t, e.stateSharePercent(t.currency())));
        }
        viewer.setInput(rows);
    }
}

package org.stic.ui.analysis;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.CriticalElement;
import org.stic.model.edit.Vocabulary;
import org.stic.ui.Messages;

/**
 * The Critical elements tab: every participant, partnership, key resource and key action whose loss alone makes
 * ready needs unready, the highest impact first, with those needs (docs/analysis.md, "Critical elements").
 */
final class CriticalTable {

    private final TableViewer viewer;

    CriticalTable(Composite parent, ElementImages images) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn element = new TableViewerColumn(viewer, SWT.LEFT);
        element.getColumn().setText(Messages.get("critical.column.element"));
        element.getColumn().setWidth(300);
        element.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return Vocabulary.current().label(((CriticalElement) o).element());
            }

            @Override
            public Image getImage(Object o) {
                return images.of(((CriticalElement) o).element());
            }
        });
        column("critical.column.type", 160, c -> Vocabulary.current().type(c.element().eClass()));
        column("critical.column.impact", 80, c -> Integer.toString(c.impact()));
        column("critical.column.needs", 600, c -> c.needs().size() + ": "
                + c.needs().stream().map(Vocabulary.current()::label).collect(Collectors.joining("; ")));
    }

    private void column(String title, int width, Function<CriticalElement, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(Messages.get(title));
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return text.apply((CriticalElement) o);
            }
        });
    }

    TableViewer viewer() {
        return viewer;
    }

    void show(AnalysisResult result) {
        viewer.setInput(result == null ? List.of() : result.criticalElements());
    }
}

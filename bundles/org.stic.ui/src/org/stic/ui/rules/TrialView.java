package org.stic.ui.rules;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.stic.ui.Messages;
import org.stic.ui.analysis.ModelEditors;
import org.stic.ui.session.ModelSession;
import org.stic.validation.Finding;
import org.stic.validation.Severity;

/**
 * The findings of the last "try it at once" ({@link TryItAtOnce}), per model: model, rule, severity, element,
 * message; the project's own rules first. A problem of a rule or extension file as tried (it does not parse, it
 * clashes) is a row too. Double-click opens the model and selects the element, or opens the file at the line.
 */
public final class TrialView extends ViewPart {

    public static final String ID = "org.stic.ui.rules.trial";

    /** "FILE:line:column: sentence", as the project writes the problems of its files. */
    private static final Pattern POSITION = Pattern.compile("^(.*?):(\\d+):(\\d+): (.*)$", Pattern.DOTALL);

    /**
     * One row: a finding of a model, or a problem of the project's files (no element). The element's label is made
     * when the row is shown ({@code elementLabel} null) or given (a problem's place in its file).
     */
    record Row(IFile file, String ruleId, Severity severity, EObject element, String elementLabel, String message,
            int line) {
    }

    private Label summary;
    private TableViewer viewer;
    private final List<Row> rows = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.WRAP);
        summary.setText(Messages.get("trial.empty"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        // virtual: a trial of a large model lists thousands of findings, and only the rows in sight are made
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.VIRTUAL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        column(Messages.get("trial.column.model"), 220, r -> r.file() == null ? "" : r.file().getProjectRelativePath()
                .toString());
        column(Messages.get("trial.column.rule"), 90, Row::ruleId);
        TableViewerColumn severity = column(Messages.get("trial.column.severity"), 110,
                r -> Messages.get("severity." + r.severity().label()));
        severity.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Messages.get("severity." + ((Row) element).severity().label());
            }

            @Override
            public Image getImage(Object element) {
                String image = switch (((Row) element).severity()) {
                    case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
                    case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
                    default -> ISharedImages.IMG_OBJS_INFO_TSK;
                };
                return PlatformUI.getWorkbench().getSharedImages().getImage(image);
            }
        });
        column(Messages.get("trial.column.element"), 220, r -> r.elementLabel() != null ? r.elementLabel()
                : r.element() == null ? "" : Finding.labelOf(r.element()));
        column(Messages.get("trial.column.message"), 480, Row::message);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(rows);
        viewer.addDoubleClickListener(e -> open((Row) ((IStructuredSelection) e.getSelection()).getFirstElement()));
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<Row, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.getColumn().setResizable(true);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
        return c;
    }

    /** Shows a trial's findings. */
    void show(Trial trial) {
        rows.clear();
        for (String problem : trial.projectProblems()) {
            rows.add(problemRow(problem));
        }
        int findings = 0;
        int ofProject = 0;
        for (Trial.ModelResult m : trial.models()) {
            if (m.problem() != null) {
                rows.add(new Row(m.file(), "", Severity.ERROR, null, "", m.problem(), 0));
            }
            List<Row> own = new ArrayList<>();
            List<Row> others = new ArrayList<>();
            for (Finding f : m.findings()) {
                findings++;
                boolean project = trial.isProjectRule(f.ruleId());
                ofProject += project ? 1 : 0;
                (project ? own : others).add(new Row(m.file(), f.ruleId(), f.severity(), f.element(), null,
                        f.message(), 0));
            }
            rows.addAll(own);
            rows.addAll(others);
        }
        List<String> unsaved = new ArrayList<>();
        trial.unsavedFiles().forEach(p -> unsaved.add(p.getFileName().toString()));
        trial.unsavedModels().forEach(p -> unsaved.add(p.getFileName().toString()));
        summary.setText(Messages.get("trial.summary", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                unsaved.isEmpty() ? Messages.get("trial.asSaved") : Messages.get("trial.unsaved", String.join(", ", unsaved)),
                Messages.count("trial.models", trial.models().size()), Messages.count("trial.findings", findings),
                ofProject, trial.projectProblems().size()));
        summary.getParent().layout();
        viewer.refresh();
    }

    /** A problem "FILE:line:column: sentence" of a project file, on that file when it is in the workspace. */
    private static Row problemRow(String problem) {
        Matcher m = POSITION.matcher(problem);
        if (m.matches()) {
            IFile file = ResourcesPlugin.getWorkspace().getRoot()
                    .getFileForLocation(org.eclipse.core.runtime.Path.fromOSString(Path.of(m.group(1)).toString()));
            if (file != null) {
                return new Row(file, "", Severity.ERROR, null, Messages.get("trial.at", m.group(2), m.group(3)),
                        m.group(4), Integer.parseInt(m.group(2)));
            }
        }
        return new Row(null, "", Severity.ERROR, null, "", problem, 0);
    }

    /** The rows as shown, each its five column texts (for tests, as the user reads them). */
    public List<List<String>> texts() {
        List<List<String>> texts = new ArrayList<>();
        Table table = viewer.getTable();
        for (int i = 0; i < table.getItemCount(); i++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                row.add(table.getItem(i).getText(c));
            }
            texts.add(row);
        }
        return texts;
    }

    /** The summary line above the table. */
    public String summary() {
        return summary.getText();
    }

    /** The table, for tests that double-click its rows as the user does. */
    public TableViewer viewer() {
        return viewer;
    }

    /** Opens the model and selects the element (in every editor of the model), or the file at the problem's line. */
    private void open(Row row) {
        if (row == null || row.file() == null) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        try {
            IEditorPart editor = IDE.openEditor(page, row.file());
            if (row.element() != null) {
                ModelSession session = ModelEditors.sessionOf(editor);
                EObject same = session == null || session.resource() == null ? null
                        : session.resource().getEObject(row.element().eResource().getURIFragment(row.element()));
                if (same != null) {
                    ModelEditors.select(page, session, same);
                }
            } else if (row.line() > 0 && editor instanceof ITextEditor text) {
                IDocument d = text.getDocumentProvider().getDocument(text.getEditorInput());
                IRegion line = d.getLineInformation(Math.min(row.line(), d.getNumberOfLines()) - 1);
                text.selectAndReveal(line.getOffset(), line.getLength());
            }
        } catch (PartInitException | BadLocationException e) {
            // the file went away or changed since the trial: nothing to show
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}

package org.stic.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.Messages;

/**
 * Find on the diagram (Ctrl+F): a bar above the diagram where typing a part of a name highlights every node whose
 * label contains it (case ignored), selects the first and scrolls to it; Enter or Next goes to the next match,
 * Shift+Enter or Previous back, both wrapping around; Esc closes the bar and the highlight.
 */
final class DiagramFind {

    private final DiagramEditor editor;
    private Composite bar;
    private Text text;
    private Label count;
    private final List<EObject> matches = new ArrayList<>();
    private int current = -1;

    DiagramFind(DiagramEditor editor) {
        this.editor = editor;
    }

    void createBar(Composite parent) {
        bar = new Composite(parent, SWT.NONE);
        bar.setLayout(GridLayoutFactory.swtDefaults().numColumns(5).margins(4, 2).create());
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.get("find.label"));
        text = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL);
        text.setMessage(Messages.get("find.hint"));
        GridDataFactory.swtDefaults().hint(260, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> search());
        text.addListener(SWT.DefaultSelection, e -> {
            if (e.detail != SWT.ICON_CANCEL) {
                step((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1);
            }
        });
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                close();
            }
        });
        button(Messages.get("find.previous"), () -> step(-1));
        button(Messages.get("find.next"), () -> step(1));
        count = new Label(bar, SWT.NONE);
        GridDataFactory.swtDefaults().hint(220, SWT.DEFAULT).applyTo(count);
        bar.setVisible(false);
    }

    private void button(String label, Runnable run) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> run.run());
    }

    /** Shows the bar with its text selected for typing. */
    void open() {
        show(true);
        text.selectAll();
        text.setFocus();
        search();
    }

    void close() {
        show(false);
        matches.clear();
        current = -1;
        editor.getViewer().setHighlighted(List.of(), null);
        editor.getViewer().getControl().setFocus();
    }

    boolean isOpen() {
        return bar != null && !bar.isDisposed() && bar.isVisible();
    }

    private void show(boolean visible) {
        ((GridData) bar.getLayoutData()).exclude = !visible;
        bar.setVisible(visible);
        bar.getParent().layout(true, true);
    }

    /** Looks for the text (it changed, or the diagram did). */
    void search() {
        if (!isOpen()) {
            return;
        }
        matches.clear();
        current = -1;
        String wanted = text.getText().strip().toLowerCase(Locale.ROOT);
        Scene scene = editor.getViewer().getScene();
        if (!wanted.isEmpty() && scene != null) {
            for (SceneNode n : scene.nodes()) {
                if (n.label().toLowerCase(Locale.ROOT).contains(wanted)) {
                    matches.add(n.element());
                }
            }
        }
        if (matches.isEmpty()) {
            count.setText(wanted.isEmpty() ? "" : Messages.get("find.none"));
            editor.getViewer().setHighlighted(List.of(), null);
        } else {
            step(1);
        }
    }

    /** Goes to the next (1) or previous (-1) match, wrapping around. */
    void step(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + direction, matches.size());
        EObject element = matches.get(current);
        DiagramViewer viewer = editor.getViewer();
        viewer.setHighlighted(matches, element);
        viewer.setSelection(List.of(element), true);
        editor.selectionChanged();
        count.setText(Messages.get("find.count", current + 1, matches.size()));
        count.getParent().layout();
    }

    /** The matches in diagram order. */
    List<EObject> matches() {
        return List.copyOf(matches);
    }

    /** The match shown, or null. */
    EObject current() {
        return current < 0 ? null : matches.get(current);
    }

    void setText(String value) {
        text.setText(value);
    }
}

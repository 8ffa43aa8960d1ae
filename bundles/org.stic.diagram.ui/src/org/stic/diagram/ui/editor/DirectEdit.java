package org.stic.diagram.ui.editor;

import org.stic.diagram.ui.Messages;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.stic.NamedElement;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.scene.SceneNode;

/**
 * Edits a node's name in place, in a text box over the node that grows with the text: Enter (or leaving the box)
 * sets the name with one undoable command, Esc leaves it as it was. A node placed by hand that the new name no
 * longer fits grows in the same command, so that every line of the label shows.
 */
public final class DirectEdit {

    private final DiagramEditor editor;
    private Text text;
    private Font font;
    private EObject element;
    private Rectangle box;

    DirectEdit(DiagramEditor editor) {
        this.editor = editor;
    }

    public boolean isActive() {
        return text != null && !text.isDisposed();
    }

    /** The text box while editing (tests type into it), else null. */
    public Text text() {
        return isActive() ? text : null;
    }

    void start(EObject target) {
        DiagramViewer viewer = editor.getViewer();
        SceneNode node = viewer.getScene() == null ? null : viewer.getScene().node(target);
        if (node == null || !(target instanceof NamedElement named)) {
            return;
        }
        cancel();
        element = target;
        viewer.reveal(node.bounds());
        box = viewer.toScreen(node.bounds());
        text = new Text(viewer.getControl(), SWT.MULTI | SWT.WRAP | SWT.CENTER | SWT.BORDER);
        FontData[] fd = text.getFont().getFontData();
        int points = (int) Math.round(SceneBuilder.LABEL_SIZE * viewer.getZoom() * 72
                / text.getDisplay().getDPI().y);
        for (FontData d : fd) {
            d.setHeight(Math.max(8, points));
        }
        font = new Font(text.getDisplay(), fd);
        text.setFont(font);
        text.setText(named.getName() == null ? "" : named.getName());
        text.selectAll();
        fit();
        text.addListener(SWT.Modify, e -> fit());
        text.addListener(SWT.Traverse, this::traverse);
        text.addListener(SWT.KeyDown, e -> {
            if ((e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.SHIFT) == 0) {
                e.doit = false;
                commit();
            }
        });
        Text mine = text;
        text.addListener(SWT.FocusOut, e -> mine.getDisplay().asyncExec(() -> {
            if (text == mine) {
                commit(); // leaving the box keeps what was typed
            }
        }));
        text.addListener(SWT.Dispose, e -> font.dispose());
        text.setFocus();
    }

    private void traverse(Event e) {
        if (e.detail == SWT.TRAVERSE_ESCAPE) {
            e.doit = false;
            cancel();
        } else if (e.detail == SWT.TRAVERSE_RETURN) {
            e.doit = false;
            commit();
        }
    }

    /** The box is as wide as the node, centred on it, and as high as its lines (growing below the node if need be). */
    private void fit() {
        int width = Math.max(box.width, 80);
        int height = text.computeSize(width, SWT.DEFAULT).y;
        int y = box.y + Math.max(0, (box.height - height) / 2);
        text.setBounds(box.x + (box.width - width) / 2, y, width, height);
    }

    /** Sets the name typed (a name cannot be blank: blank leaves it); the diagram keeps the focus. */
    void commit() {
        if (!isActive()) {
            return;
        }
        String name = text.getText().replaceAll("\\s*\\R\\s*", " ").strip();
        EObject target = element;
        close();
        String old = ((NamedElement) target).getName();
        if (name.isEmpty() || name.equals(old)) {
            return;
        }
        EditingDomain domain = editor.getEditingDomain();
        Command rename = ModelCommands.rename(domain, target, name);
        Bounds placed = editor.manualBounds().get(target);
        SceneNode node = editor.getViewer().getScene().node(target);
        if (placed != null && node != null) {
            Bounds needed = SceneBuilder.nodeSize(name, node.style());
            if (needed.width() > placed.width() || needed.height() > placed.height()) {
                CompoundCommand both = new CompoundCommand(Messages.get("command.rename"));
                both.append(rename);
                both.append(editor.boundsCommand(target, new Bounds(placed.x(), placed.y(),
                        Math.max(placed.width(), needed.width()), Math.max(placed.height(), needed.height()))));
                rename = both;
            }
        }
        domain.getCommandStack().execute(rename);
    }

    void cancel() {
        if (isActive()) {
            close();
        }
    }

    private void close() {
        Text t = text;
        text = null;
        t.dispose();
        editor.getViewer().getControl().setFocus();
    }
}

package org.stic.ui.emf;

import org.stic.ui.Messages;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Asks before deleting elements from the model, listing every element that refers to them (name, type, which
 * reference, to what) and what happens to it: the reference is removed, or the element goes along. The model
 * editor's tree and the diagram editor both delete and cut through it.
 */
public final class DeleteConfirmation extends MessageDialog {

    private final ModelDeletion deletion;
    private final ElementLabels labels;

    private DeleteConfirmation(Shell shell, Verb verb, String message, ModelDeletion deletion, ElementLabels labels) {
        super(shell, Messages.get(verb.key + ".title"), null, message, QUESTION, 1, Messages.get(verb.key + ".button"),
                Messages.get("cancel"));
        this.deletion = deletion;
        this.labels = labels;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /**
     * Deletes the chosen elements (all of one resource) and those that cannot exist without them as one command on
     * the domain's stack, once the user confirmed; true when deleted. {@code askWhenAlone} false skips the question
     * when nothing else refers to them or goes along (a link deleted on the diagram).
     */
    public static boolean deleteFromModel(Shell shell, EditingDomain domain, AdapterFactory factory,
            List<EObject> chosen, boolean askWhenAlone) {
        ModelDeletion deletion = ModelDeletion.of(chosen);
        boolean alone = deletion.references().isEmpty() && deletion.elements().size() == chosen.size();
        if ((askWhenAlone || !alone) && !confirm(shell, Verb.DELETE, chosen, deletion, new ElementLabels(factory))) {
            return false;
        }
        return execute(domain, DeleteCommand.create(domain, deletion.elements()));
    }

    /**
     * Cut: once the user confirmed, copies the chosen elements to the domain's clipboard as Copy does and deletes
     * them as {@link #deleteFromModel} does, as one command ("Cut X") so that one undo restores the model and the
     * clipboard; true when cut. Cancel leaves model and clipboard as they were.
     */
    public static boolean cutFromModel(Shell shell, EditingDomain domain, AdapterFactory factory, List<EObject> chosen) {
        ModelDeletion deletion = ModelDeletion.of(chosen);
        ElementLabels labels = new ElementLabels(factory);
        if (!confirm(shell, Verb.CUT, chosen, deletion, labels)) {
            return false;
        }
        CompoundCommand cut = new CompoundCommand("Cut " + (chosen.size() == 1 ? "\u00ab" + labels.name(chosen.get(0))
                + "\u00bb" : chosen.size() + " elements"));
        cut.append(CopyToClipboardCommand.create(domain, chosen));
        cut.append(DeleteCommand.create(domain, deletion.elements()));
        return execute(domain, cut);
    }

    private static boolean execute(EditingDomain domain, Command command) {
        if (!command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    /** What the dialog asks for: its title, button and the verb its question starts with. */
    private enum Verb {
        DELETE("delete"),
        CUT("cut");

        /** The prefix of its texts in messages.properties: title, button, question. */
        final String key;

        Verb(String key) {
            this.key = key;
        }
    }

    /** True when the user chose the verb's button. */
    private static boolean confirm(Shell shell, Verb verb, List<EObject> chosen, ModelDeletion deletion,
            ElementLabels labels) {
        String what = chosen.stream().map(e -> "\u00ab" + labels.name(e) + "\u00bb (" + labels.type(e) + ")")
                .collect(Collectors.joining(", "));
        String it = chosen.size() == 1 ? "It" : "Them";
        long along = deletion.elements().size() - chosen.size();
        StringBuilder message = new StringBuilder(Messages.get(verb.key + ".question", what)
                + Messages.get("delete.undo") + "\n\n");
        int n = deletion.references().size();
        if (n == 0) {
            message.append(Messages.get("delete.nothingRefersTo" + it));
        } else {
            message.append(Messages.count("delete.referencesTo" + it, n));
            if (along > 0) {
                message.append(Messages.count("delete.alongWith" + it, along));
            }
            message.append(':');
        }
        return new DeleteConfirmation(shell, verb, message.toString(), deletion, labels).open() == 0;
    }

    @Override
    protected Control createCustomArea(Composite parent) {
        if (deletion.references().isEmpty()) {
            return null;
        }
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String column : new String[] { "element", "type", "reference", "to", "effect" }) {
            new TableColumn(table, SWT.LEFT).setText(Messages.get("delete.column." + column));
        }
        for (ModelDeletion.Reference r : deletion.references()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { labels.name(r.referrer()), labels.type(r.referrer()),
                    labels.reference(r.referrer(), r.reference()), labels.name(r.target()),
                    Messages.get(r.referrerDeleted() ? "delete.effect.deleted" : "delete.effect.removed") });
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
        GridDataFactory.fillDefaults().grab(true, true)
                .hint(SWT.DEFAULT, Math.min(12, deletion.references().size() + 1) * table.getItemHeight() + 8)
                .applyTo(table);
        return table;
    }
}

package org.stic.ui.metamodel;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.stic.extensions.MetamodelChecks.Problem;
import org.stic.ui.Messages;

/**
 * The Quick Fix menu of the metamodel editor's tree: the fixes of an element's problems, each with its description
 * as tooltip, the less likely ones in a submenu. It is in the tree's context menu, and Ctrl+1 (the workbench's Quick
 * Fix command, as in the Problems view) drops it down below the selected element.
 */
final class QuickFixMenu {

    /** The workbench's Quick Fix command (Ctrl+1); the IDE bundle defines it under JDT's historical id. */
    static final String COMMAND = "org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals";

    private QuickFixMenu() {
    }

    /** The menu of the fixes of these problems, or null when there is none. */
    static MenuManager of(List<Problem> problems, EditingDomain domain) {
        if (problems.isEmpty() || domain == null) {
            return null;
        }
        MenuManager quickFix = new MenuManager(Messages.get("metamodel.quickFix"));
        MenuManager lessLikely = new MenuManager(Messages.get("metamodel.fix.otherClasses"));
        for (Problem p : problems) {
            for (MetamodelFixes.Fix fix : MetamodelFixes.of(p, domain)) {
                Action action = new Action(fix.label()) {
                    @Override
                    public void run() {
                        domain.getCommandStack().execute(fix.command());
                    }
                };
                action.setToolTipText(fix.description());
                (fix.lessLikely() ? lessLikely : quickFix).add(action);
            }
        }
        if (!lessLikely.isEmpty()) {
            quickFix.add(lessLikely);
        }
        return quickFix.isEmpty() ? null : quickFix;
    }

    /**
     * Drops the menu of these problems' fixes down below the tree's selected item (or says that there is nothing to
     * fix there); returns its manager, which the caller disposes when the menu is no longer needed (its actions run
     * after it hides).
     */
    static MenuManager show(TreeViewer viewer, List<Problem> problems, EditingDomain domain) {
        MenuManager fixes = of(problems, domain);
        MenuManager manager = fixes != null ? fixes : new MenuManager();
        if (fixes == null) {
            Action none = new Action(Messages.get("metamodel.fix.none")) {
            };
            none.setEnabled(false);
            manager.add(none);
        }
        Tree tree = viewer.getTree();
        Menu menu = manager.createContextMenu(tree);
        manager.update(true); // its items now, not only when the platform says the menu shows
        TreeItem[] selected = tree.getSelection();
        Rectangle at = selected.length == 1 ? selected[0].getBounds() : new Rectangle(0, 0, 0, 0);
        menu.setLocation(tree.toDisplay(at.x, at.y + at.height));
        menu.setVisible(true);
        return manager;
    }
}

package org.stic.ui.internal;

import org.stic.ui.Messages;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * File, Edit, Window and Help menus with the standard workbench actions. Every menu keeps the standard group
 * markers (additions, ...) so that other bundles contribute with menu:file?after=additions and the like.
 */
public class SticActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchWindow window;

    private IWorkbenchAction newWizard;
    private IWorkbenchAction newWizardDropDown;
    private IWorkbenchAction save;
    private IWorkbenchAction saveAs;
    private IWorkbenchAction saveAll;
    private IWorkbenchAction close;
    private IWorkbenchAction closeAll;
    private IWorkbenchAction importWizard;
    private IWorkbenchAction exportWizard;
    private IWorkbenchAction properties;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction cut;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction delete;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction find;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction preferences;
    private IWorkbenchAction about;

    public SticActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow w) {
        window = w;
        newWizard = add(ActionFactory.NEW.create(w));
        newWizard.setText(Messages.get("action.newWizard"));
        newWizardDropDown = add(ActionFactory.NEW_WIZARD_DROP_DOWN.create(w));
        save = add(ActionFactory.SAVE.create(w));
        saveAs = add(ActionFactory.SAVE_AS.create(w));
        saveAll = add(ActionFactory.SAVE_ALL.create(w));
        close = add(ActionFactory.CLOSE.create(w));
        closeAll = add(ActionFactory.CLOSE_ALL.create(w));
        importWizard = add(ActionFactory.IMPORT.create(w));
        exportWizard = add(ActionFactory.EXPORT.create(w));
        properties = add(ActionFactory.PROPERTIES.create(w));
        quit = add(ActionFactory.QUIT.create(w));
        undo = add(ActionFactory.UNDO.create(w));
        redo = add(ActionFactory.REDO.create(w));
        cut = add(ActionFactory.CUT.create(w));
        copy = add(ActionFactory.COPY.create(w));
        paste = add(ActionFactory.PASTE.create(w));
        delete = add(ActionFactory.DELETE.create(w));
        selectAll = add(ActionFactory.SELECT_ALL.create(w));
        find = add(ActionFactory.FIND.create(w));
        resetPerspective = add(ActionFactory.RESET_PERSPECTIVE.create(w));
        preferences = add(ActionFactory.PREFERENCES.create(w));
        about = add(ActionFactory.ABOUT.create(w));
        label(save, "action.save");
        label(saveAs, "action.saveAs");
        label(saveAll, "action.saveAll");
        label(close, "action.close");
        label(closeAll, "action.closeAll");
        label(importWizard, "action.import");
        label(exportWizard, "action.export");
        label(properties, "action.properties");
        label(quit, "action.quit");
        label(undo, "action.undo");
        label(redo, "action.redo");
        label(cut, "action.cut");
        label(copy, "action.copy");
        label(paste, "action.paste");
        label(delete, "action.delete");
        label(selectAll, "action.selectAll");
        label(find, "action.find");
        label(resetPerspective, "action.resetPerspective");
        label(preferences, "action.preferences");
        label(about, "action.about");
    }

    /**
     * The menu text in the workbench's language: the platform's actions bring English texts (Eclipse's language
     * packs are not on Maven Central), so the product names its own menu items.
     */
    private static void label(IWorkbenchAction action, String key) {
        action.setText(Messages.get(key));
    }

    private IWorkbenchAction add(IWorkbenchAction action) {
        register(action); // binds its key binding and disposes it with the window
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(fileMenu());
        menuBar.add(editMenu());
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu());
        menuBar.add(helpMenu());
    }

    private MenuManager fileMenu() {
        MenuManager menu = new MenuManager(Messages.get("menu.file"), IWorkbenchActionConstants.M_FILE);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        MenuManager newMenu = new MenuManager(Messages.get("menu.new"), ActionFactory.NEW.getId());
        newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
        menu.add(newMenu);
        menu.add(newWizard);
        menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        menu.add(new Separator());
        menu.add(close);
        menu.add(closeAll);
        menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
        menu.add(new Separator());
        menu.add(save);
        menu.add(saveAs);
        menu.add(saveAll);
        menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
        menu.add(new Separator());
        menu.add(importWizard);
        menu.add(exportWizard);
        menu.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
        menu.add(new Separator());
        menu.add(properties);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        menu.add(new Separator());
        menu.add(quit);
        return menu;
    }

    private MenuManager editMenu() {
        MenuManager menu = new MenuManager(Messages.get("menu.edit"), IWorkbenchActionConstants.M_EDIT);
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        menu.add(undo);
        menu.add(redo);
        menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        menu.add(new Separator());
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        menu.add(new Separator());
        menu.add(delete);
        menu.add(selectAll);
        menu.add(new Separator());
        menu.add(find);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        return menu;
    }

    private MenuManager windowMenu() {
        MenuManager menu = new MenuManager(Messages.get("menu.window"), IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager(Messages.get("menu.showView"), "showView");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        menu.add(showView);
        menu.add(resetPerspective);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator());
        menu.add(preferences);
        return menu;
    }

    private MenuManager helpMenu() {
        MenuManager menu = new MenuManager(Messages.get("menu.help"), IWorkbenchActionConstants.M_HELP);
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        menu.add(new Separator());
        menu.add(about);
        return menu;
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        IToolBarManager file = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        file.add(newWizardDropDown);
        file.add(save);
        file.add(saveAll);
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        coolBar.add(new ToolBarContributionItem(file, IWorkbenchActionConstants.TOOLBAR_FILE));
        coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }
}

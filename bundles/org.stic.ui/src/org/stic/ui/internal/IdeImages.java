package org.stic.ui.internal;

import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

/**
 * Declares the workbench images that org.eclipse.ui.ide's views (Problems, Project Explorer, markers, resource
 * wizards) look up by key. The IDE application's workbench advisor declares them; an RCP product with its own
 * advisor gets placeholder icons unless it does the same. Keys are the IDE's own (the internal constants are
 * compile-time strings); the icons are the ones shipped in org.eclipse.ui.ide.
 */
@SuppressWarnings("restriction")
final class IdeImages {

    private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

    /** key, path in org.eclipse.ui.ide, shared (also reachable through ISharedImages). */
    private static final Object[][] IMAGES = {
        {IDE.SharedImages.IMG_OBJ_PROJECT, "obj16/prj_obj.png", true},
        {IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "obj16/cprj_obj.png", true},
        {IDE.SharedImages.IMG_OPEN_MARKER, "elcl16/gotoobj_tsk.png", true},
        {IDE.SharedImages.IMG_OBJS_TASK_TSK, "obj16/taskmrk_tsk.png", true},
        {IDE.SharedImages.IMG_OBJS_BKMRK_TSK, "obj16/bkmrk_tsk.png", true},
        // Problems view: its tab icon changes with the worst severity shown, the rows use the *_PATH images.
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_ETOOL_PROBLEMS_VIEW, "eview16/problems_view.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_ETOOL_PROBLEMS_VIEW_ERROR, "eview16/problems_view_error.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_ETOOL_PROBLEMS_VIEW_WARNING, "eview16/problems_view_warning.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_ETOOL_PROBLEMS_VIEW_INFO, "eview16/problems_view_info.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_ETOOL_PROBLEM_CATEGORY, "etool16/problem_category.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_OBJS_ERROR_PATH, "obj16/error_tsk.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_OBJS_WARNING_PATH, "obj16/warn_tsk.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_OBJS_INFO_PATH, "obj16/info_tsk.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_OBJS_FIXABLE_ERROR, "obj16/quickfix_error_obj.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_OBJS_FIXABLE_WARNING, "obj16/quickfix_warning_obj.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_OBJS_FIXABLE_INFO, "obj16/quickfix_info_obj.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_OBJS_COMPLETE_TSK, "obj16/complete_tsk.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_OBJS_INCOMPLETE_TSK, "obj16/incomplete_tsk.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_ELCL_QUICK_FIX_ENABLED, "elcl16/smartmode_co.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_DLCL_QUICK_FIX_DISABLED, "dlcl16/smartmode_co.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_LCL_FLAT_LAYOUT, "elcl16/flatLayout.png", true},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_LCL_HIERARCHICAL_LAYOUT, "elcl16/hierarchicalLayout.png", true},
        // Toolbar and wizard banners of the resource wizards (New Project/Folder/File, Import, Export, Save As).
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_ETOOL_BUILD_EXEC, "etool16/build_exec.png", false},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_ETOOL_NEXT_NAV, "etool16/next_nav.png", false},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_ETOOL_PREVIOUS_NAV, "etool16/prev_nav.png", false},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_ETOOL_SEARCH_SRC, "etool16/search_src.png", false},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_WIZBAN_NEWPRJ_WIZ, "wizban/newprj_wiz.png", false},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_WIZBAN_NEWFOLDER_WIZ, "wizban/newfolder_wiz.png", false},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_WIZBAN_NEWFILE_WIZ, "wizban/newfile_wiz.png", false},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_WIZBAN_IMPORTDIR_WIZ, "wizban/importdir_wiz.png", false},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_WIZBAN_IMPORTZIP_WIZ, "wizban/importzip_wiz.png", false},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_WIZBAN_EXPORTDIR_WIZ, "wizban/exportdir_wiz.png", false},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_WIZBAN_EXPORTZIP_WIZ, "wizban/exportzip_wiz.png", false},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_DLGBAN_SAVEAS_DLG, "wizban/saveas_wiz.png", false},
        {org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages.IMG_DLGBAN_QUICKFIX_DLG, "wizban/quick_fix.png", false},
    };

    private IdeImages() {
    }

    static void declare(IWorkbenchConfigurer configurer) {
        Bundle ide = Platform.getBundle(IDE_BUNDLE);
        for (Object[] image : IMAGES) {
            String path = "$nl$/icons/full/" + image[1];
            URL url = ide == null ? null : FileLocator.find(ide, new Path(path), null);
            if (url == null) {
                ILog.of(IdeImages.class).warn("STIC: no icon " + path + " in " + IDE_BUNDLE);
                continue;
            }
            configurer.declareImage((String) image[0], ImageDescriptor.createFromURL(url), (Boolean) image[2]);
        }
    }
}

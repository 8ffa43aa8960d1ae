package org.stic.ui.metamodel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;

/**
 * Quick Fix (Problems view, Ctrl+1 there) for the live problems of an open metamodel editor: the fixes of
 * {@link MetamodelFixes}, best first, each with its description, run as commands in that editor, so they are
 * undoable like any edit.
 */
public class MetamodelQuickFixes implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return getResolutions(marker).length > 0;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        MetamodelEditor editor = editorOf(marker);
        String element = marker.getAttribute(LiveProblems.ELEMENT, null);
        String kind = marker.getAttribute(LiveProblems.KIND, null);
        if (editor == null || element == null || kind == null) {
            return new IMarkerResolution[0];
        }
        List<IMarkerResolution> resolutions = new ArrayList<>();
        for (MetamodelFixes.Fix fix : editor.fixes(element, kind)) {
            resolutions.add(new IMarkerResolution2() {
                @Override
                public String getLabel() {
                    return fix.label();
                }

                @Override
                public String getDescription() {
                    return fix.description();
                }

                @Override
                public Image getImage() {
                    return null;
                }

                @Override
                public void run(IMarker m) {
                    editor.getEditingDomain().getCommandStack().execute(fix.command());
                }
            });
        }
        return resolutions.toArray(IMarkerResolution[]::new);
    }

    /** The metamodel editor open on the marker's file, if any (its live problems exist only while it is open). */
    private static MetamodelEditor editorOf(IMarker marker) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        FileEditorInput input = marker.getResource() instanceof org.eclipse.core.resources.IFile f
                ? new FileEditorInput(f) : null;
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference ref : page.getEditorReferences()) {
                    try {
                        if (MetamodelEditor.ID.equals(ref.getId()) && ref.getEditorInput().equals(input)
                                && ref.getEditor(false) instanceof MetamodelEditor editor) {
                            return editor;
                        }
                    } catch (PartInitException e) {
                        // an editor that failed to open has no problems to fix
                    }
                }
            }
        }
        return null;
    }
}

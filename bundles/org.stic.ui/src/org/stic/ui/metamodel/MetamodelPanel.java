package org.stic.ui.metamodel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Composite;

/**
 * What another bundle shows beside the metamodel editor's tree, contributed through the extension point
 * {@value #EXTENSION_POINT} (element {@code panel}, attribute {@code class}): the diagram bundle's class diagram.
 * The editor knows no bundle above it; bundles above it plug in here. A panel follows the editor: after every edit,
 * undo, redo and reload it hears {@link #packageChanged()}, and the tree's selection as it changes.
 */
public interface MetamodelPanel {

    String EXTENSION_POINT = "org.stic.ui.metamodelPanels";

    /** Creates the panel's controls in {@code parent} (a sash beside the tree) for {@code editor}. */
    void createControl(Composite parent, MetamodelEditor editor);

    /** The editor's package changed (or was read again, or could not be: {@link MetamodelEditor#getPackage()} null). */
    void packageChanged();

    /** The tree's selection changed. */
    void selectionChanged(ISelection selection);

    void dispose();

    /** A new instance of every contributed panel; one that cannot be made is logged and left out. */
    static List<MetamodelPanel> contributed() {
        List<MetamodelPanel> panels = new ArrayList<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                if (e.createExecutableExtension("class") instanceof MetamodelPanel panel) {
                    panels.add(panel);
                }
            } catch (CoreException ex) {
                ILog.of(MetamodelPanel.class).log(ex.getStatus());
            }
        }
        return panels;
    }
}

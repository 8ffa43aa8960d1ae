package org.stic.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.stic.design.Activator;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The activator as Sirius would use it, in the real OSGi runtime of the built bundle (which has no Sirius). */
class ActivatorTest {

    private final Bundle bundle = DesignFiles.designBundle();

    @Test
    void theRegisteredPathExistsInTheBuiltBundle() {
        assertEquals(Activator.PLUGIN_ID, bundle.getSymbolicName());
        assertNotNull(bundle.getEntry(Activator.DESIGN_PATH), Activator.DESIGN_PATH + " is missing from the built bundle");
        // Sirius resolves registerFromPlugin("<bundle>/<path>") as a platform plug-in URI.
        URI asSiriusSeesIt = URI.createPlatformPluginURI(Activator.PLUGIN_ID + "/" + Activator.DESIGN_PATH, true);
        assertTrue(URIConverter.INSTANCE.exists(asSiriusSeesIt, null), asSiriusSeesIt + " does not exist");
    }

    @Test
    void siriusComponentizationNamesThisActivator() throws Exception {
        assertEquals(Activator.class.getName(), bundle.getHeaders().get("Bundle-Activator"));
        URL pluginXml = bundle.getEntry("plugin.xml");
        assertNotNull(pluginXml, "plugin.xml is missing from the built bundle");
        List<Element> components = new ArrayList<>();
        try (InputStream in = pluginXml.openStream()) {
            NodeList extensions = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("extension");
            for (int i = 0; i < extensions.getLength(); i++) {
                Element extension = (Element) extensions.item(i);
                if (extension.getAttribute("point").equals("org.eclipse.sirius.componentization")) {
                    NodeList children = extension.getElementsByTagName("component");
                    for (int j = 0; j < children.getLength(); j++) {
                        components.add((Element) children.item(j));
                    }
                }
            }
        }
        assertEquals(1, components.size(), "one org.eclipse.sirius.componentization component");
        assertEquals(Activator.class.getName(), components.get(0).getAttribute("class"));
        assertEquals(Activator.PLUGIN_ID, components.get(0).getAttribute("id"));
    }

    @Test
    void withoutSiriusItLogsOneLineAndRegistersNothing() throws Exception {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.eclipse.sirius.business.api.componentization.ViewpointRegistry"),
                "this check needs a runtime without Sirius");
        List<IStatus> logged = new ArrayList<>();
        ILogListener listener = (status, plugin) -> {
            if (Activator.PLUGIN_ID.equals(status.getPlugin())) {
                logged.add(status);
            }
        };
        bundle.stop();
        Platform.addLogListener(listener);
        try {
            bundle.start();
            assertEquals(Bundle.ACTIVE, bundle.getState());
            assertEquals(List.of(), Activator.getDefault().registeredViewpoints());
            assertEquals(1, logged.size(), "one log line when Sirius is absent: " + logged);
            assertEquals(IStatus.INFO, logged.get(0).getSeverity());
            assertTrue(logged.get(0).getMessage().contains("Sirius is not installed"), logged.get(0).getMessage());
            bundle.stop();
            assertEquals(1, logged.size(), "stopping without Sirius logs nothing more: " + logged);
        } finally {
            Platform.removeLogListener(listener);
            bundle.start();
        }
    }
}

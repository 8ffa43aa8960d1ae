package org.stic.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.AvailabilityStatus;
import org.stic.Cluster;
import org.stic.KeyResource;
import org.stic.Membership;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.SticPackage;
import org.stic.examples.ExtensionExample;
import org.stic.model.io.SticResources;

/**
 * Extension metamodels written against metamodel 1.0 (their classes subclass {@code http://www.stic.org/stic/1.0#//...})
 * still load, and subclass the current classes of the same names; a 1.0 model with instances of them is migrated like
 * any other (ids, extension features and 1.0 meanings kept) and saved in 2.0 with its extension types.
 */
class ExtensionMigrationTest {

    private static final String TECHNOPARK_ID = "_XjUfweonEfGeB96GNb009g";
    private static final String LABORATORY_ID = "_XjgF9OonEfGeB96GNb009g";

    @TempDir
    Path dir;

    @Test
    void anExtensionWrittenAgainst1_0SubclassesTheCurrentClasses() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        assertTrue(Files.readString(dir.resolve("metamodel/technopark.ecore")).contains("http://www.stic.org/stic/1.0#//Participant"));
        SticProject project = SticProject.forModel(model, List.of(), List.of());
        assertEquals(List.of(), project.problems());
        var technopark = project.extensions().get(0);
        var park = (org.eclipse.emf.ecore.EClass) technopark.getEClassifier("Technopark");
        assertEquals(List.of(SticPackage.Literals.PARTICIPANT), park.getESuperTypes());
    }

    @Test
    void aOneZeroModelWithExtensionInstancesIsMigratedAndSavedIn2_0() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        assertTrue(Files.readString(model).contains("xmlns:stic=\"http://www.stic.org/stic/1.0\""), "the example is a 1.0 file");
        SticProject project = SticProject.forModel(model, List.of(), List.of());
        Resource resource = project.load(model);
        assertNotNull(SticResources.migration(resource));

        // from the file: a Technopark (kind TECHNOPARK, residentCount 24, role PARTNER) and a SharedLaboratory
        Participant park = (Participant) resource.getEObject(TECHNOPARK_ID);
        assertEquals("Technopark", park.eClass().getName());
        assertSame(project.extensions().get(0), park.eClass().getEPackage(), "the registered extension, not a copy");
        assertEquals(ParticipantKind.TECHNOPARK, park.getKind());
        assertEquals(24, park.eGet(park.eClass().getEStructuralFeature("residentCount")));
        assertEquals(Membership.MEMBER, park.getMembership());
        KeyResource laboratory = (KeyResource) resource.getEObject(LABORATORY_ID);
        assertEquals("SharedLaboratory", laboratory.eClass().getName());
        assertEquals(AvailabilityStatus.AVAILABLE, laboratory.getStatus());
        assertEquals(List.of(park), laboratory.getProviders());
        // the omitted participant kind of the coordinator is OTHER in the file; an omitted interaction kind meant COOPERATION
        Cluster cluster = (Cluster) resource.getContents().get(0);
        assertEquals("COOPERATION", cluster.getInteractions().get(0).getKind().getName());

        Path saved = dir.resolve("models/saved.stic");
        resource.setURI(URI.createFileURI(saved.toAbsolutePath().toString()));
        SticResources.save(resource);
        String text = Files.readString(saved);
        assertTrue(text.contains("xmlns:stic=\"" + SticPackage.eNS_URI + "\""), text);
        assertTrue(text.contains("xsi:type=\"technopark:Technopark\" xmi:id=\"" + TECHNOPARK_ID + "\""), text);
        assertTrue(text.contains("residentCount=\"24\""), text);

        Resource again = project.load(saved);
        assertNull(SticResources.migration(again));
        assertTrue(EcoreUtil.equals(resource.getContents(), again.getContents()));
        for (var it = resource.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            String id = ((XMLResource) resource).getID(o);
            assertEquals(o.eClass(), again.getEObject(id).eClass(), id);
        }
    }
}

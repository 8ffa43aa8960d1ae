package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.Interaction;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.examples.Examples;
import org.stic.model.io.SticResources;
import org.stic.ui.emf.EditingDomains;
import org.stic.ui.emf.ModelClipboard;

/**
 * Copy and Paste on a real editing domain over the Kaluga example: pasted elements keep their links to elements not
 * copied within the same model, as one undoable command, and drop them (leaving out interactions that would lack a
 * participant) in another model; Copy leaves the model alone. The files are saved and loaded after each step.
 */
class ModelClipboardTest {

    @TempDir
    Path dir;

    private record Model(AdapterFactoryEditingDomain domain, Resource resource, Cluster cluster) {
    }

    private Model open(String name) throws Exception {
        Path file = Files.copy(Examples.path(Examples.KALUGA_PHARMA), dir.resolve(name + ".stic"));
        AdapterFactoryEditingDomain domain = EditingDomains.create(EditingDomains.adapterFactory(),
                SticResources.newResourceSet());
        Resource resource = SticResources.loadResource(domain.getResourceSet(), file);
        return new Model(domain, resource, (Cluster) resource.getContents().get(0));
    }

    private static void copy(Model m, List<? extends EObject> elements) {
        Command copy = CopyToClipboardCommand.create(m.domain(), elements);
        assertTrue(copy.canExecute());
        m.domain().getCommandStack().execute(copy);
    }

    private static ModelClipboard.Paste paste(Model m, EObject owner) {
        assertTrue(ModelClipboard.canPaste(m.domain(), owner));
        ModelClipboard.Paste paste = ModelClipboard.paste(m.domain());
        Command command = paste.into(owner);
        if (command != null) {
            assertTrue(command.canExecute());
            m.domain().getCommandStack().execute(command);
        }
        return paste;
    }

    @Test
    void aPastedKeyActionIsSupportedByTheSameResourcesAndUndoTakesThatBack() throws Exception {
        Model m = open("same");
        KeyAction action = m.cluster().getInternalContour().getKeyActions().stream()
                .filter(a -> a.getSupportingResources().size() >= 2).findFirst().orElseThrow();
        List<KeyResource> resources = List.copyOf(action.getSupportingResources());
        Map<KeyResource, List<KeyAction>> supportedBefore = supportedActions(resources);
        String before = saved(m);

        copy(m, List.of(action));
        assertEquals(supportedBefore, supportedActions(resources), "Copy adds nothing to the resources' lists");
        KeyAction onClipboard = (KeyAction) m.domain().getClipboard().iterator().next();
        assertTrue(onClipboard.getSupportingResources().isEmpty(), "the clipboard copy holds no live links");
        assertEquals(before, saved(m), "Copy does not change the model");

        ModelClipboard.Paste paste = paste(m, m.cluster().getInternalContour());
        KeyAction pasted = (KeyAction) paste.pasted().get(0);
        assertNull(paste.report(), "nothing left out");
        assertSame(m.cluster().getInternalContour(), pasted.eContainer());
        assertEquals(resources, pasted.getSupportingResources(), "supported by the same resources");
        assertEquals(action.getPerformers(), pasted.getPerformers(), "performed by the same participants");
        assertEquals(action.getValuePropositions(), pasted.getValuePropositions());
        for (KeyResource r : resources) {
            assertTrue(r.getSupportedActions().containsAll(List.of(action, pasted)), r.getName() + " supports both");
        }
        String afterPaste = saved(m);

        m.domain().getCommandStack().undo();
        assertNull(pasted.eContainer(), "one undo removes the copy");
        assertEquals(supportedBefore, supportedActions(resources), "and its links: no phantom supported actions");
        assertTrue(action.getPerformers().stream().noneMatch(p -> p.getPerformedActions().contains(pasted)));
        assertEquals(before, saved(m));

        m.domain().getCommandStack().redo();
        assertSame(m.cluster().getInternalContour(), pasted.eContainer());
        assertEquals(resources, pasted.getSupportingResources(), "redo gives the links back");
        for (KeyResource r : resources) {
            assertTrue(r.getSupportedActions().contains(pasted));
        }
        assertEquals(afterPaste, saved(m));
    }

    @Test
    void aPastedKeyResourceSupportsTheSameActionsThroughTheirOwnLists() throws Exception {
        Model m = open("resource");
        KeyResource resource = m.cluster().getInternalContour().getKeyResources().stream()
                .filter(r -> !r.getSupportedActions().isEmpty()).findFirst().orElseThrow();
        List<KeyAction> actions = List.copyOf(resource.getSupportedActions());
        copy(m, List.of(resource));
        KeyResource pasted = (KeyResource) paste(m, m.cluster().getInternalContour()).pasted().get(0);
        assertEquals(actions, pasted.getSupportedActions());
        for (KeyAction a : actions) {
            assertTrue(a.getSupportingResources().containsAll(List.of(resource, pasted)));
        }
        saved(m);
        m.domain().getCommandStack().undo();
        for (KeyAction a : actions) {
            assertFalse(a.getSupportingResources().contains(pasted), "undo takes the added link out");
        }
        saved(m);
    }

    @Test
    void aPastedInteractionConnectsTheSameParticipants() throws Exception {
        Model m = open("interaction");
        Interaction interaction = m.cluster().getInteractions().get(0);
        Participant source = interaction.getSource();
        Participant target = interaction.getTarget();
        List<Interaction> outgoing = List.copyOf(source.getOutgoingInteractions());
        List<Interaction> incoming = List.copyOf(target.getIncomingInteractions());

        copy(m, List.of(interaction));
        assertEquals(outgoing, source.getOutgoingInteractions(), "Copy leaves the participants alone");
        Interaction pasted = (Interaction) paste(m, m.cluster()).pasted().get(0);
        assertSame(source, pasted.getSource());
        assertSame(target, pasted.getTarget());
        assertTrue(source.getOutgoingInteractions().contains(pasted));
        assertTrue(target.getIncomingInteractions().contains(pasted));
        saved(m);

        m.domain().getCommandStack().undo();
        assertEquals(outgoing, source.getOutgoingInteractions(), "no phantom interaction after undo");
        assertEquals(incoming, target.getIncomingInteractions());
        saved(m);
        m.domain().getCommandStack().redo();
        assertSame(source, pasted.getSource());
        saved(m);
    }

    @Test
    void copiedTogetherElementsKeepLinkingToTheCopies() throws Exception {
        Model m = open("together");
        KeyAction action = m.cluster().getInternalContour().getKeyActions().stream()
                .filter(a -> a.getSupportingResources().size() >= 2).findFirst().orElseThrow();
        KeyResource first = action.getSupportingResources().get(0);
        KeyResource second = action.getSupportingResources().get(1);
        copy(m, List.of(action, first));
        List<EObject> pasted = paste(m, m.cluster().getInternalContour()).pasted();
        KeyAction actionCopy = (KeyAction) pasted.get(0);
        KeyResource firstCopy = (KeyResource) pasted.get(1);
        assertTrue(actionCopy.getSupportingResources().contains(firstCopy), "the copy of the copied resource");
        assertTrue(actionCopy.getSupportingResources().contains(second), "the resource that was not copied");
        assertFalse(actionCopy.getSupportingResources().contains(first));
        assertEquals(action.getSupportingResources().size(), actionCopy.getSupportingResources().size());
        saved(m);
    }

    @Test
    void intoAnotherModelLinksAreDroppedAndAnInteractionWithoutParticipantsIsLeftOut() throws Exception {
        Model a = open("from");
        Model b = open("into");
        KeyAction action = a.cluster().getInternalContour().getKeyActions().stream()
                .filter(k -> k.getSupportingResources().size() >= 2).findFirst().orElseThrow();
        int links = action.getSupportingResources().size() + action.getPerformers().size()
                + action.getValuePropositions().size() + action.getPartnerships().size() + action.getCostItems().size();
        String bBefore = saved(b);

        copy(a, List.of(action));
        ModelClipboard.Paste paste = paste(b, b.cluster().getInternalContour());
        KeyAction pasted = (KeyAction) paste.pasted().get(0);
        assertSame(b.cluster().getInternalContour(), pasted.eContainer());
        assertTrue(pasted.getSupportingResources().isEmpty(), "no link into the other model");
        assertTrue(pasted.getPerformers().isEmpty());
        assertEquals("Pasted 1 of 1. Left out: " + links + " links to elements that are not in this model.",
                paste.report());
        saved(b);
        b.domain().getCommandStack().undo();
        assertEquals(bBefore, saved(b));

        Interaction interaction = a.cluster().getInteractions().get(0);
        copy(a, List.of(interaction));
        paste = paste(b, b.cluster());
        assertTrue(paste.pasted().isEmpty(), "an interaction without participants is not pasted");
        assertEquals("Pasted 0 of 1. Left out: Interaction (source and target not in this model).", paste.report());
        assertFalse(b.domain().getCommandStack().canUndo(), "nothing was done");
        assertEquals(bBefore, saved(b));

        // with its source but not its target: the participant comes, the interaction not, nor a phantom of it
        copy(a, List.of(interaction.getSource(), interaction));
        paste = paste(b, b.cluster());
        Participant participant = (Participant) paste.pasted().get(0);
        assertEquals(1, paste.pasted().size());
        assertTrue(participant.getOutgoingInteractions().isEmpty());
        assertTrue(paste.report().startsWith("Pasted 1 of 2. Left out: Interaction (target not in this model)"),
                paste.report());
        saved(b);

        // with both participants it comes along, between the copies
        copy(a, List.of(interaction.getSource(), interaction.getTarget(), interaction));
        paste = paste(b, b.cluster());
        assertEquals(3, paste.pasted().size());
        Interaction copied = (Interaction) paste.pasted().get(2);
        assertSame(paste.pasted().get(0), copied.getSource());
        assertSame(paste.pasted().get(1), copied.getTarget());
        assertSame(b.cluster(), copied.eContainer());
        saved(b);
    }

    private static Map<KeyResource, List<KeyAction>> supportedActions(List<KeyResource> resources) {
        Map<KeyResource, List<KeyAction>> lists = new LinkedHashMap<>();
        for (KeyResource r : resources) {
            lists.put(r, List.copyOf(r.getSupportedActions()));
        }
        return lists;
    }

    /**
     * Saves the model and loads the file again: it must load, hold every element by its id with the same links
     * (the transient ones rebuilt from the saved sides), and say the same. Returns the file's text.
     */
    private static String saved(Model m) throws Exception {
        SticResources.save(m.resource());
        Path file = Path.of(m.resource().getURI().toFileString());
        Cluster loaded = SticResources.load(file);
        assertEquals(links(m.resource()), links(loaded.eResource()), "saved and loaded as it is in memory");
        return Files.readString(file);
    }

    /** Every element's id with its references' targets by id, transient ones included (in any order). */
    private static Map<String, List<String>> links(Resource resource) {
        Map<String, List<String>> links = new TreeMap<>();
        for (EObject e : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, true)) {
            List<String> targets = new ArrayList<>();
            for (EReference r : e.eClass().getEAllReferences()) {
                if (r.isContainment() || r.isContainer()) {
                    continue;
                }
                List<String> ofReference = new ArrayList<>();
                for (Object t : r.isMany() ? (List<?>) e.eGet(r) : Collections.singletonList(e.eGet(r))) {
                    assertTrue(t == null || ((EObject) t).eResource() == resource,
                            "a link out of the model: " + r.getName() + " of " + resource.getURIFragment(e));
                    ofReference.add(r.getName() + "=" + (t == null ? null : resource.getURIFragment((EObject) t)));
                }
                if (r.isTransient()) {
                    Collections.sort(ofReference); // rebuilt on load in the file's order
                }
                targets.addAll(ofReference);
            }
            links.put(resource.getURIFragment(e), targets);
        }
        return links;
    }
}

package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.stic.ActionKind;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.Interaction;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.SticFactory;
import org.stic.SticPackage;
import org.stic.model.io.SticResources;
import org.stic.ui.emf.ChoiceCellEditor;
import org.stic.ui.emf.CommandStackAction;
import org.stic.ui.emf.DataTypeCellEditor;
import org.stic.ui.emf.EditingDomains;
import org.stic.ui.emf.FeaturePropertyDescriptor;
import org.stic.ui.emf.ItemImages;
import org.stic.ui.emf.ItemPropertySourceProvider;
import org.stic.ui.emf.ItemProviderContentProvider;
import org.stic.ui.emf.ItemProviderLabelProvider;
import org.stic.ui.emf.ValuesDialogCellEditor;

/** The generic EMF.edit <-> JFace adapters on a small real model, in a real SWT tree and shell. */
class ItemProviderAdaptersTest {

    private final SticFactory f = SticFactory.eINSTANCE;
    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private Resource resource;
    private Cluster cluster;
    private InternalContour internal;
    private KeyAction action;
    private KeyResource lab;
    private Participant university;
    private Shell shell;

    @BeforeEach
    void setUp() throws Exception {
        adapterFactory = EditingDomains.adapterFactory();
        domain = EditingDomains.create(adapterFactory, SticResources.newResourceSet());
        cluster = f.createCluster();
        cluster.setName("Test cluster");
        internal = f.createInternalContour();
        cluster.setInternalContour(internal);
        action = f.createKeyAction();
        action.setName("Prototype testing");
        lab = f.createKeyResource();
        lab.setName("Test laboratory");
        internal.getKeyActions().add(action);
        internal.getKeyResources().add(lab);
        university = f.createParticipant();
        university.setName("Kaluga university");
        cluster.getParticipants().add(university);
        Path file = Files.createTempDirectory("stic-adapters").resolve("test.stic");
        resource = SticResources.create(domain.getResourceSet(), file, cluster);
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
    }

    @AfterEach
    void tearDown() {
        shell.dispose();
        adapterFactory.dispose();
    }

    @Test
    void contentProviderFollowsTheItemProviders() {
        ItemProviderContentProvider content = new ItemProviderContentProvider(adapterFactory);
        assertEquals(List.of(cluster), Arrays.asList(content.getElements(resource)));
        List<Object> children = Arrays.asList(content.getChildren(cluster));
        assertTrue(children.contains(internal), "the contour is a child of the cluster: " + children);
        assertTrue(children.contains(university));
        assertEquals(internal, content.getParent(action));
        assertTrue(content.hasChildren(internal));
        assertFalse(content.hasChildren(lab));
        content.dispose();
    }

    @Test
    void labelProviderUsesItemProviderTexts() {
        ItemProviderLabelProvider labels = new ItemProviderLabelProvider(adapterFactory);
        assertTrue(labels.getText(action).contains("Prototype testing"), labels.getText(action));
        labels.dispose();
    }

    @Test
    void treeRefreshesOnModelChangesAndUndo() {
        TreeViewer viewer = new TreeViewer(shell);
        viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
        viewer.setInput(resource);
        viewer.expandAll();
        shell.open();

        domain.getCommandStack().execute(SetCommand.create(domain, action, SticPackage.Literals.NAMED_ELEMENT__NAME, "Clinical trials"));
        TreeItem item = (TreeItem) viewer.testFindItem(action);
        assertTrue(item.getText().contains("Clinical trials"), "label updated by the notification: " + item.getText());

        KeyAction added = f.createKeyAction();
        added.setName("Certification");
        domain.getCommandStack().execute(AddCommand.create(domain, internal, SticPackage.Literals.INTERNAL_CONTOUR__KEY_ACTIONS, added));
        viewer.expandAll();
        assertNotNull(viewer.testFindItem(added), "a new child appears in the tree");

        domain.getCommandStack().undo();
        assertNull(viewer.testFindItem(added), "undo removes it from the tree");
        domain.getCommandStack().undo();
        assertTrue(((TreeItem) viewer.testFindItem(action)).getText().contains("Prototype testing"));
    }

    @Test
    void propertySourceEditsThroughTheCommandStack() {
        IPropertySource source = new ItemPropertySourceProvider(adapterFactory).getPropertySource(action);
        FeaturePropertyDescriptor name = descriptor(source, SticPackage.Literals.NAMED_ELEMENT__NAME);
        assertTrue(name.getDescription().startsWith("The element's name as the cluster's participants use it"),
                "the feature's model documentation is the property's description (tooltip): " + name.getDescription());

        source.setPropertyValue(name.getId(), "Pilot production");
        assertEquals("Pilot production", action.getName());
        assertTrue(domain.getCommandStack().canUndo(), "the change went through the command stack");
        assertEquals("Pilot production", source.getPropertyValue(name.getId()));

        CommandStackAction undo = CommandStackAction.undo();
        undo.setEditingDomain(domain);
        assertTrue(undo.isEnabled());
        assertTrue(undo.getText().startsWith("&Undo "), undo.getText());
        undo.run();
        assertEquals("Prototype testing", action.getName());
        assertFalse(undo.isEnabled());
        undo.setEditingDomain(null);
    }

    @Test
    void cellEditorsMatchTheFeatureTypes() {
        ItemPropertySourceProvider provider = new ItemPropertySourceProvider(adapterFactory);
        IPropertySource actionSource = provider.getPropertySource(action);

        CellEditor kind = descriptor(actionSource, SticPackage.Literals.KEY_ACTION__KIND).createPropertyEditor(shell);
        ChoiceCellEditor kinds = assertInstanceOf(ChoiceCellEditor.class, kind, "enum -> combo");
        assertEquals(ActionKind.VALUES, kinds.choices());
        kind.setValue(ActionKind.VALUES.get(2));
        assertEquals(ActionKind.VALUES.get(2), kind.getValue());

        CellEditor resources = descriptor(actionSource, SticPackage.Literals.KEY_ACTION__SUPPORTING_RESOURCES).createPropertyEditor(shell);
        assertInstanceOf(ValuesDialogCellEditor.class, resources, "many-valued reference -> list dialog");

        CellEditor name = descriptor(actionSource, SticPackage.Literals.NAMED_ELEMENT__NAME).createPropertyEditor(shell);
        assertInstanceOf(DataTypeCellEditor.class, name);

        CostItem cost = f.createCostItem();
        internal.getCostItems().add(cost);
        CellEditor amount = descriptor(provider.getPropertySource(cost), SticPackage.Literals.MONETARY_ELEMENT__AMOUNT).createPropertyEditor(shell);
        DataTypeCellEditor number = assertInstanceOf(DataTypeCellEditor.class, amount);
        assertEquals(new BigDecimal("12.5"), number.parse("12.5"));
        assertNotNull(number.getValidator().isValid("12a"), "a number field rejects text");
        assertNull(number.getValidator().isValid("1000000.25"));
        assertNull(number.parse(""), "an empty number clears the value");
        CellEditor fromYear = descriptor(provider.getPropertySource(cost), SticPackage.Literals.MONETARY_ELEMENT__FROM_YEAR).createPropertyEditor(shell);
        DataTypeCellEditor year = assertInstanceOf(DataTypeCellEditor.class, fromYear, "a year (EIntegerObject) -> text");
        assertEquals(Integer.valueOf(2013), year.parse("2013"));
        assertNotNull(year.getValidator().isValid("20l3"), "a year field rejects text");
        assertNull(year.parse(""), "an empty year clears the value");

        Participant other = f.createParticipant();
        cluster.getParticipants().add(other);
        Interaction interaction = f.createInteraction();
        cluster.getInteractions().add(interaction);
        CellEditor source = descriptor(provider.getPropertySource(interaction), SticPackage.Literals.INTERACTION__SOURCE).createPropertyEditor(shell);
        ChoiceCellEditor sources = assertInstanceOf(ChoiceCellEditor.class, source, "single reference -> combo");
        assertTrue(sources.choices().containsAll(List.of(university, other)));
        assertTrue(sources.choices().stream().allMatch(c -> c == null || c instanceof Participant),
                "only type-compatible elements are offered: " + sources.choices());
        provider.dispose();
    }

    @Test
    void itemImagesConvertUrlsAndComposedImages() {
        URL icon = FrameworkUtil.getBundle(ItemImages.class).getEntry("icons/validate.png");
        ItemImages images = new ItemImages();
        Image plain = images.get(icon);
        assertEquals(16, plain.getBounds().width);
        assertSame(plain, images.get(icon), "cached");
        // EMF.edit composes e.g. a creation overlay on a type icon; the layers are drawn into one image.
        ComposedImage composed = new ComposedImage(List.of(icon, icon));
        Image drawn = images.get(composed);
        assertNotNull(drawn);
        assertEquals(16, drawn.getBounds().height);
        assertNull(images.get("not an image"));
        images.dispose();
        assertTrue(drawn.isDisposed(), "images live as long as their ItemImages (shared ones as long as any user)");
    }

    private static FeaturePropertyDescriptor descriptor(IPropertySource source, EStructuralFeature feature) {
        for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
            if (d instanceof FeaturePropertyDescriptor fd && fd.feature() == feature) {
                return fd;
            }
        }
        throw new AssertionError("no property for " + feature.getName());
    }
}

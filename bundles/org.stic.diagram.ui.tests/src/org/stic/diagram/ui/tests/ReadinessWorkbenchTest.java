package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.diagram.LinkKind;
import org.stic.diagram.View;
import org.stic.diagram.ui.editor.DiagramEditor;
import org.stic.tests.support.SwtTesting;
import org.stic.ui.analysis.ReadinessView;

/**
 * A modelling team's session with the Readiness view, as a user works: the Kaluga example open in the model editor
 * and on the diagram, the view shows the readiness figure and the gaps; a double-click on a gap lands on the element
 * to fix in both editors; Validate works from the diagram; the missing supports link drawn with the palette closes
 * the gap at once, undo opens it again; a critical element selected shows on the diagram the need that depends on
 * it. The expected figures are the hand-derived table of the examples' README (6 of 9 needs ready in 2026, 7 from
 * 2028; the registration need waits for a resource of its key action; the contract research organisation alone
 * holds the preclinical studies).
 */
class ReadinessWorkbenchTest {

    private static final String NEED = KalugaExample.REGISTRATION_NEED;
    private static final String RESOURCE = KalugaExample.DOSSIER_REVIEW;
    private static final String CRO = KalugaExample.CRO;
    private static final String PRECLINICAL = KalugaExample.PRECLINICAL;

    private KalugaExample.Open kaluga;
    private DiagramEditor diagram;
    private ReadinessView view;

    @BeforeEach
    void open() throws Exception {
        kaluga = KalugaExample.openInModelEditor("readiness");
        diagram = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.BOTH);
        view = (ReadinessView) kaluga.page().showView(ReadinessView.ID);
        kaluga.page().activate(diagram);
        Ui.waitFor("the view shows the model", () -> view.figure().contains(" of 9 needs"));
    }

    @AfterEach
    void close() throws Exception {
        kaluga.page().hideView(view);
        kaluga.close();
    }

    private Tree tree() {
        return (Tree) view.readinessViewer().getControl();
    }

    /** Every row of the Readiness tab, "element | status", indented by depth. */
    private List<String> rows() {
        List<String> rows = new ArrayList<>();
        collect(tree().getItems(), "", rows);
        return rows;
    }

    private static void collect(TreeItem[] items, String indent, List<String> into) {
        for (TreeItem item : items) {
            into.add(indent + item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
            collect(item.getItems(), indent + "  ", into);
        }
    }

    private TreeItem row(String elementText, TreeItem[] items) {
        for (TreeItem item : items) {
            if (item.getText(0).equals(elementText)) {
                return item;
            }
            TreeItem below = row(elementText, item.getItems());
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private void doubleClick(TreeItem item) {
        tree().showItem(item);
        Ui.settle();
        Rectangle r = item.getBounds(0);
        Ui.doubleClick(tree(), r.x + Math.min(r.width / 2, 60), r.y + r.height / 2);
    }

    private Path screenshot(String name) throws Exception {
        Path p = Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), name);
        assertTrue(Files.size(p) > 10_000, p + " holds a picture");
        return p;
    }

    @Test
    void theGapsOfKalugaLeadToTheElementToFixAndCloseWhenTheLinkIsDrawn() throws Exception {
        // the figure and the gaps, while the diagram is the active editor
        assertTrue(view.figure().startsWith("Readiness in 2026: 6 of 9 needs ready (66 %)"), view.figure());
        assertTrue(view.figure().contains("in 2028: 7 of 9"), view.figure());
        List<String> rows = rows();
        assertEquals(9, rows.stream().filter(r -> r.startsWith("  ") && !r.startsWith("    ")).count(), rows::toString);
        assertEquals(3, rows.stream().filter(r -> r.startsWith("  ") && !r.startsWith("    ")
                && r.contains("| not ready")).count(), rows::toString);
        assertTrue(rows.contains("  " + NEED + " | not ready | "), rows::toString);
        TreeItem gap = row("Сопровождение регистрации лекарственных средств", tree().getItems());
        assertEquals("no supporting resource", gap.getText(1));
        assertTrue(gap.getParentItem().getText(0).equals(NEED), "the gap sits under its need");
        // the view maximised for the picture, as a user reads it
        var ref = kaluga.page().findViewReference(ReadinessView.ID);
        kaluga.page().toggleZoom(ref);
        screenshot("readiness-kaluga");
        kaluga.page().toggleZoom(ref);

        // Validate (Edit > Validate, Ctrl+Alt+V) from the diagram validates the diagram's model
        kaluga.file().deleteMarkers(null, true, IResource.DEPTH_ZERO);
        kaluga.page().activate(diagram);
        Ui.settle();
        kaluga.page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand("org.stic.ui.validate",
                null);
        IMarker[] markers = kaluga.file().findMarkers("org.stic.ui.problem", true, IResource.DEPTH_ZERO);
        assertTrue(Arrays.stream(markers).anyMatch(m -> "INT-001".equals(m.getAttribute("ruleId", ""))),
                "INT-001 of the key action without resource, found from the diagram");

        // a double-click on the gap lands on the key action in the model editor and on the diagram
        EObject action = kaluga.named("Сопровождение регистрации лекарственных средств");
        doubleClick(gap);
        Ui.waitFor("the diagram selects the action", () -> diagram.getViewer().getSelection().equals(List.of(action)));
        assertSame(diagram, kaluga.page().getActiveEditor(), "the editor of the model comes forward");
        assertEquals(List.of(action), kaluga.model().getViewer().getStructuredSelection().toList(),
                "the model editor selects it too");
        screenshot("readiness-double-click");

        // the missing supports link, drawn with the palette: the gap closes without asking
        int before = view.updates();
        EditorUi.link(diagram, LinkKind.SUPPORTS, kaluga.named(RESOURCE), action);
        Ui.waitFor("the view follows the new link", () -> view.updates() > before
                && view.figure().startsWith("Readiness in 2026: 7 of 9"));
        assertTrue(rows().contains("  " + NEED + " | ready | "), rows()::toString);
        assertEquals(null, row("Сопровождение регистрации лекарственных средств", tree().getItems()),
                "no reason names the action any more");
        screenshot("readiness-gap-closed");

        // undo (from either editor: one history) brings the gap back
        kaluga.model().getEditingDomain().getCommandStack().undo();
        Ui.waitFor("undo reopens the gap", () -> view.figure().startsWith("Readiness in 2026: 6 of 9"));

        // the year selector: 2028 counts the centre planned from then
        var years = Ui.find((Composite) tree().getParent().getParent(), org.eclipse.swt.widgets.Combo.class);
        assertEquals(List.of("2026", "2028"), Arrays.asList(years.getItems()));
        assertEquals("2026", years.getText());
        assertTrue(years.getSize().x >= years.computeSize(org.eclipse.swt.SWT.DEFAULT, org.eclipse.swt.SWT.DEFAULT).x,
                "the year selector is wide enough to show its year");
        years.select(1);
        years.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Ui.waitFor("2028 shown", () -> view.figure().startsWith("Readiness in 2028: 7 of 9"));
        years.select(0);
        years.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());

        // the critical elements: choosing the contract research organisation shows the need it alone holds
        CTabFolder tabs = (CTabFolder) tree().getParent();
        CTabItem criticalTab = tabs.getItem(2);
        Rectangle tab = criticalTab.getBounds();
        Ui.click(tabs, tab.x + tab.width / 2, tab.y + tab.height / 2);
        Table critical = (Table) criticalTab.getControl();
        Ui.waitFor("the critical elements listed", () -> critical.getItemCount() > 0);
        TableItem cro = Arrays.stream(critical.getItems()).filter(i -> i.getText(0).equals(CRO)).findFirst()
                .orElseThrow(() -> new AssertionError(CRO + " is critical"));
        assertEquals("1: " + PRECLINICAL, cro.getText(3));
        critical.showItem(cro);
        Ui.settle();
        Rectangle r = cro.getBounds(0);
        // Under Xvfb, GTK sometimes swallows this press to release a grab left by an earlier test's popup (no SWT
        // widget sees it; cause not found, see the pom's methodologist-scenario execution): a second real click, as a
        // user would give, is allowed; a third is not.
        BooleanSupplier highlighted = () -> diagram.getViewer().getHighlighted()
                .equals(List.of(kaluga.named(PRECLINICAL)));
        Ui.click(critical, r.x + 20, r.y + r.height / 2);
        if (!SwtTesting.waitFor(highlighted, 3_000)) {
            Ui.click(critical, r.x + 20, r.y + r.height / 2);
        }
        Ui.waitFor("the diagram highlights the need that depends on it", highlighted);
        screenshot("readiness-critical");

        // the economics of the model
        CTabItem economicsTab = tabs.getItem(1);
        tab = economicsTab.getBounds();
        Ui.click(tabs, tab.x + tab.width / 2, tab.y + tab.height / 2);
        Table economics = (Table) economicsTab.getControl();
        Ui.waitFor("the money balance listed", () -> economics.getItemCount() > 0);
        assertFalse(Arrays.stream(economics.getItems()).noneMatch(i -> i.getText(0).equals("RUB")),
                "the programme's roubles");
        screenshot("readiness-economics");
    }
}

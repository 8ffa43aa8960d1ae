package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stic.AvailabilityStatus;
import org.stic.cli.Cli;
import org.stic.diagram.View;
import org.stic.diagram.WhatIfOverlay;
import org.stic.diagram.scene.Overlay;
import org.stic.diagram.ui.Messages;
import org.stic.diagram.ui.editor.DiagramEditor;
import org.stic.model.edit.Language;
import org.stic.tests.support.SwtTesting;
import org.stic.ui.analysis.ReadinessView;

/**
 * Every change kind of a what-if scenario made on the diagram, as a methodologist makes them on the Kaluga example
 * through the context menu and its dialogs: the vivarium's capacity cut below the preclinical studies' demand (that
 * need loses readiness; a negative number is refused in the dialog first), the translational medicine centre
 * available now instead of in 2028 (the clinical approbation need becomes ready), the members' fees cut by 5 million
 * roubles a year (the money balance in the Readiness view's Economics tab drops by exactly that), the dossier review
 * added to the registration support action (the registration need becomes ready); undo and redo; the scenario saved,
 * read back, and reported by {@code stic report --scenario}. The model file is never touched, the model never dirty.
 * {@link RussianScenarioWorkbenchTest} runs the same in the Russian workbench.
 */
class ScenarioChangesTest {

    static final String VIVARIUM = "Виварий и лаборатория доклинических исследований";
    static final String CENTRE = "Центр трансляционной медицины";
    static final String CLINICAL = "Клиническая апробация разработок ядерной медицины";
    static final String RESEARCH = "Трансляционные исследования радиофармпрепаратов";
    static final String FEES = "Членские взносы участников партнёрства";

    private KalugaExample.Open kaluga;

    @AfterEach
    void close() throws Exception {
        if (kaluga != null) {
            kaluga.close();
        }
    }

    @Test
    void everyChangeKindFromTheContextMenu() throws Exception {
        kaluga = KalugaExample.openInModelEditor("scenario-changes");
        makeEveryChange(kaluga, "en");
    }

    /** The whole story; screenshots are named after {@code language}. */
    static void makeEveryChange(KalugaExample.Open kaluga, String language) throws Exception {
        IWorkbenchPage page = kaluga.page();
        Path model = kaluga.file().getLocation().toFile().toPath();
        byte[] modelBefore = Files.readAllBytes(model);
        ReadinessView view = (ReadinessView) page.showView(ReadinessView.ID);
        DiagramEditor editor = EditorUi.openDiagram(page, kaluga.file(), View.BOTH);
        Ui.waitFor("the view shows the model", () -> view.figure().contains("9"));
        String figureAsIs = view.figure();
        BigDecimal balanceAsIs = balance(view, 2026);

        // the tool bar's toggle: what-if mode, the Readiness view says it shows the scenario
        page.activate(editor);
        EditorUi.clickToolItem(editor, Messages.get("toolbar.whatIf"));
        Ui.settle();
        assertTrue(editor.isWhatIf());
        Ui.waitFor("the view shows the scenario", () -> view.figure().contains("\u00abwhat-if\u00bb"));

        // 1. capacity: the dialog shows the model's 20 services a year, refuses a negative number, takes 10
        EObject vivarium = kaluga.named(VIVARIUM);
        List<EditorUi.Dialog> asked = answerValueDialog(editor, vivarium, "menu.scenarioCapacity", "10",
                "scenario-capacity-dialog-" + language);
        assertEquals(Messages.get("scenario.capacity.title"), asked.get(0).title());
        assertTrue(asked.get(0).text().contains("20 "), asked.get(0).text());
        assertEquals(WhatIfOverlay.CHANGED, mark(editor, vivarium), "the changed resource is outlined");
        assertEquals(WhatIfOverlay.LOST, mark(editor, kaluga.named(KalugaExample.PRECLINICAL)),
                "10 studies a year are fewer than the 15 the preclinical studies need");
        String banner = editor.whatIfBanner();
        assertTrue(banner.contains(VIVARIUM) && banner.contains(KalugaExample.PRECLINICAL), banner);
        assertTrue(editor.isDirty(), "the scenario has unsaved changes");
        assertFalse(editor.getSession().isDirty(), "the model is not changed");
        Ui.waitFor("the view counts one need fewer", () -> ready(view.figure()) == ready(figureAsIs) - 1);

        // 2. status: the centre and its research available now, no year (both are planned for 2028)
        EObject centre = kaluga.named(CENTRE);
        answerStatusDialog(editor, centre, "scenario-status-dialog-" + language);
        assertEquals(WhatIfOverlay.CHANGED, mark(editor, centre));
        assertNotEquals(WhatIfOverlay.GAINED, mark(editor, kaluga.named(CLINICAL)), "its research is planned still");
        EObject research = kaluga.named(RESEARCH);
        answerStatusDialog(editor, research, "scenario-status-action-dialog-" + language);
        assertEquals(WhatIfOverlay.GAINED, mark(editor, kaluga.named(CLINICAL)),
                "the clinical approbation is served from now on");

        // 3. amount: the members' fees 6 million → 1 million a year; the balance of 2026 drops by 5 million
        EObject fees = kaluga.named(FEES);
        answerValueDialog(editor, fees, "menu.scenarioAmount", "1000000", "scenario-amount-dialog-" + language);
        assertTrue(editor.whatIfBanner().contains(Messages.get("whatIf.banner.balance", "2026", "RUB", "", "")
                .substring(0, 8)), editor.whatIfBanner());
        assertEquals(balanceAsIs.subtract(new BigDecimal("5000000")), balance(view, 2026),
                "the Economics tab shows the scenario's balance");
        page.activate(editor);

        // 4. add-resource: the dossier review supports the registration support action as well
        EObject gap = kaluga.named(KalugaExample.GAP);
        EObject review = kaluga.named(KalugaExample.DOSSIER_REVIEW);
        editor.getViewer().setSelection(List.of(gap), false);
        asked = EditorUi.answering(IDialogConstants.OK_LABEL, shell -> {
            SwtTesting.all(shell, Text.class).get(0).setText(KalugaExample.DOSSIER_REVIEW);
            Table list = SwtTesting.all(shell, Table.class).get(0);
            Ui.waitFor("the list filtered to the resource", () -> list.getItemCount() == 1);
            list.select(0);
            list.notifyListeners(SWT.Selection, new Event());
            Ui.screenshot(shell, "scenario-add-resource-dialog-" + language);
        }, () -> EditorUi.runContextMenuItem(editor, Messages.get("menu.scenarioAddResource")));
        assertEquals(Messages.get("scenario.addResource.title"), asked.get(0).title());
        EObject registration = kaluga.named(KalugaExample.REGISTRATION_NEED);
        assertEquals(WhatIfOverlay.GAINED, mark(editor, registration));
        assertEquals(5, editor.scenario().changes().size(), editor.scenario().toString());
        editor.getViewer().setZoom(0.6);
        editor.getViewer().reveal(EditorUi.node(editor, KalugaExample.PRECLINICAL).bounds());
        Ui.settle();
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "scenario-changes-" + language);

        // undo takes the added resource back, redo adds it again
        page.activate(editor);
        editor.setFocus();
        Ui.key('z', 'z', SWT.CTRL);
        Ui.settle();
        assertEquals(4, editor.scenario().changes().size());
        assertNotEquals(WhatIfOverlay.GAINED, mark(editor, registration), "undone");
        Ui.key('z', 'Z', SWT.CTRL, SWT.SHIFT);
        Ui.settle();
        assertEquals(WhatIfOverlay.GAINED, mark(editor, registration), "redone");
        var changes = new HashSet<>(editor.scenario().changes());

        // Save writes the scenario file, each change a line, and not the model
        editor.doSave(null);
        Ui.settle();
        assertFalse(editor.isDirty());
        Path scenario = model.resolveSibling("kaluga-pharma.what-if.stic-scenario");
        String text = Files.readString(scenario, StandardCharsets.UTF_8);
        assertTrue(text.contains("capacity " + id(vivarium) + " 10  # " + VIVARIUM + "\n"), text);
        assertTrue(text.contains("status " + id(centre) + " AVAILABLE  # " + CENTRE + "\n"), text);
        assertTrue(text.contains("status " + id(research) + " AVAILABLE  # " + RESEARCH + "\n"), text);
        assertTrue(text.contains("amount " + id(fees) + " 1000000  # " + FEES + "\n"), text);
        assertTrue(text.contains("add-resource " + id(gap) + " " + id(review) + "  # "), text);
        assertArrayEquals(modelBefore, Files.readAllBytes(model), "the model file is not touched");
        assertFalse(editor.getSession().isDirty(), "the model never became dirty");

        // leave, and read the file back: the same five changes, the same colours
        assertTrue(editor.setWhatIf(false));
        Ui.settle();
        Ui.waitFor("the view shows the model again", () -> view.figure().equals(figureAsIs));
        assertTrue(editor.openScenario(scenario));
        Ui.settle();
        assertEquals(changes, new HashSet<>(editor.scenario().changes()));
        assertEquals(WhatIfOverlay.LOST, mark(editor, kaluga.named(KalugaExample.PRECLINICAL)));

        // the command line's report of the saved file: the needs, the money and the load it changes
        StringWriter out = new StringWriter();
        Path reportDir = model.resolveSibling("scenario-report");
        int exit = Cli.run(new String[] { "report", model.toString(), "--scenario", scenario.toString(), "-o",
                reportDir.toString() }, new PrintWriter(out, true), new PrintWriter(out, true));
        assertEquals(0, exit, out.toString());
        Path html;
        try (var files = Files.list(reportDir)) {
            html = files.filter(f -> f.toString().endsWith(".html")).findFirst().orElseThrow();
        }
        String report = Files.readString(html, StandardCharsets.UTF_8);
        int start = report.indexOf("<h2 id=\"scenario-1\">");
        assertTrue(start > 0, "the report has the scenario's section");
        String section = report.substring(start, report.indexOf("</section>", start));
        for (String need : List.of(KalugaExample.PRECLINICAL, CLINICAL, KalugaExample.REGISTRATION_NEED)) {
            assertTrue(section.contains("<td>" + need + "</td>"), need + " in " + section);
        }
        assertTrue(section.contains("<td>RUB</td>"), "the rouble balance changes: " + section);
        assertTrue(section.contains("<td>" + VIVARIUM + "</td>"), "the vivarium's capacity row: " + section);

        // the vivarium back to the model's capacity: the preclinical studies are ready again; undo
        editor.getViewer().setSelection(List.of(vivarium), false);
        EditorUi.runContextMenuItem(editor, Messages.get("menu.scenarioReset"));
        Ui.settle();
        assertNotEquals(WhatIfOverlay.LOST, mark(editor, kaluga.named(KalugaExample.PRECLINICAL)));
        assertEquals(4, editor.scenario().changes().size());
        page.activate(editor);
        editor.setFocus();
        Ui.key('z', 'z', SWT.CTRL);
        Ui.settle();
        assertEquals(changes, new HashSet<>(editor.scenario().changes()));
        assertArrayEquals(modelBefore, Files.readAllBytes(model), "the model file is unchanged");
    }

    /** Makes a key resource or action planned for 2028 available without a year in the status dialog. */
    private static void answerStatusDialog(DiagramEditor editor, EObject element, String screenshot) {
        editor.getViewer().setSelection(List.of(element), false);
        List<EditorUi.Dialog> asked = EditorUi.answering(IDialogConstants.OK_LABEL, shell -> {
            Combo status = SwtTesting.all(shell, Combo.class).get(0);
            assertEquals(AvailabilityStatus.VALUES.indexOf(AvailabilityStatus.PLANNED), status.getSelectionIndex(),
                    "the model's status is offered first");
            status.select(AvailabilityStatus.VALUES.indexOf(AvailabilityStatus.AVAILABLE));
            Text year = SwtTesting.all(shell, Text.class).get(0);
            assertEquals("2028", year.getText());
            year.setText("20x8");
            assertFalse(okButton(shell).isEnabled(), "a year is four digits");
            assertTrue(EditorUi.texts(shell).contains(Messages.get("scenario.dialog.yearProblem")));
            year.setText("");
            assertTrue(okButton(shell).isEnabled());
            Ui.screenshot(shell, screenshot);
        }, () -> EditorUi.runContextMenuItem(editor, Messages.get("menu.scenarioStatus")));
        assertEquals(List.of(Messages.get("scenario.status.title")), asked.stream().map(EditorUi.Dialog::title)
                .toList());
    }

    /**
     * Chooses a context menu item for one element whose dialog asks for a number: first a negative one (refused, OK
     * disabled, the reason said), then {@code value}; returns the dialogs shown.
     */
    private static List<EditorUi.Dialog> answerValueDialog(DiagramEditor editor, EObject element, String item,
            String value, String screenshot) {
        editor.getViewer().setSelection(List.of(element), false);
        List<EditorUi.Dialog> asked = EditorUi.answering(IDialogConstants.OK_LABEL, shell -> {
            Text number = SwtTesting.all(shell, Text.class).get(0);
            number.setText("-5");
            assertFalse(okButton(shell).isEnabled(), "a negative number is refused");
            String said = EditorUi.texts(shell);
            assertTrue(said.contains(Messages.get("scenario.dialog.number",
                    Language.current().number(new BigDecimal("12.5")))), said);
            number.setText(value);
            assertTrue(okButton(shell).isEnabled(), value + " is taken");
            Ui.screenshot(shell, screenshot);
        }, () -> EditorUi.runContextMenuItem(editor, Messages.get(item)));
        assertEquals(1, asked.size(), asked.toString());
        return asked;
    }

    private static Button okButton(Shell shell) {
        return SwtTesting.button(shell, IDialogConstants.OK_LABEL.replace("&", ""));
    }

    private static Overlay.Mark mark(DiagramEditor editor, EObject element) {
        return editor.getViewer().getScene().overlays().get(0).node(editor.getViewer().getScene().node(element));
    }

    private static String id(EObject element) {
        return element.eResource().getURIFragment(element);
    }

    /** The needs ready in the first year of the Readiness view's figure: 6 of "... 2026: 6 of 9 needs ...". */
    private static int ready(String figure) {
        var m = java.util.regex.Pattern.compile("(\\d+)\\s+(?:of|\u0438\u0437)\\s+9").matcher(figure);
        assertTrue(m.find(), figure);
        return Integer.parseInt(m.group(1));
    }

    /** The balance of roubles in a year as the Readiness view's Economics tab shows it. */
    private static BigDecimal balance(ReadinessView view, int year) {
        CTabFolder tabs = (CTabFolder) view.readinessViewer().getControl().getParent();
        CTabItem economicsTab = tabs.getItem(1);
        Rectangle tab = economicsTab.getBounds();
        Ui.click(tabs, tab.x + tab.width / 2, tab.y + tab.height / 2);
        Table economics = (Table) economicsTab.getControl();
        Ui.waitFor("the money balance listed", () -> economics.getItemCount() > 0);
        TableItem row = Arrays.stream(economics.getItems())
                .filter(i -> i.getText(0).equals("RUB") && i.getText(1).equals(Integer.toString(year))).findFirst()
                .orElseThrow(() -> new AssertionError("no RUB row of " + year));
        String shown = row.getText(4);
        BigDecimal value = new BigDecimal(shown.replaceAll("[^0-9]", ""));
        return shown.contains("-") || shown.contains("\u2212") ? value.negate() : value;
    }
}

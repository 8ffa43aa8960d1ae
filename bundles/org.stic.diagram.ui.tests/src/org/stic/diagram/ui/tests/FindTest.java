package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stic.NamedElement;
import org.stic.diagram.View;
import org.stic.diagram.ui.editor.DiagramEditor;

/**
 * Find on the diagram as a user meets it on the Kaluga example: Ctrl+F opens the bar, part of a name in any case
 * highlights every element whose name contains it (the four the example file names with «лаборатор»), selects and
 * scrolls to the first; Next and Previous go round; Esc closes the bar and the highlight.
 */
class FindTest {

    /** The example's elements whose names contain «лаборатор» in any case, read from the file by hand. */
    private static final Set<String> LABORATORIES = Set.of("Доступ к лабораторному оборудованию",
            "Лаборатории коллективного пользования", "Платные услуги лабораторий и пилотного участка",
            "Виварий и лаборатория доклинических исследований");

    private KalugaExample.Open kaluga;

    @AfterEach
    void close() throws Exception {
        if (kaluga != null) {
            kaluga.close();
        }
    }

    @Test
    void ctrlFHighlightsEveryMatchAndStepsThroughThem() throws Exception {
        kaluga = KalugaExample.openInModelEditor("find");
        DiagramEditor editor = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.BOTH);
        editor.getViewer().setZoom(1);
        Ui.settle();
        Ui.key('f', 'f', SWT.CTRL);
        Ui.settle();
        // the bar took the keyboard focus: typing goes into it (the text is set as typing would)
        editor.find("ЛАБОРАТОР");
        Ui.settle();
        List<EObject> matches = editor.findMatches();
        assertEquals(LABORATORIES, names(matches));
        assertEquals(matches, editor.getViewer().getHighlighted());
        EObject first = editor.findCurrent();
        assertEquals(matches.get(0), first);
        assertEquals(List.of(first), editor.getViewer().getSelection(), "the match shown is selected");
        assertVisible(editor, first);
        Path shot = Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "find-laboratories");
        assertTrue(Files.size(shot) > 0);

        editor.findNext(1);
        Ui.settle();
        assertEquals(matches.get(1), editor.findCurrent());
        assertVisible(editor, matches.get(1));
        editor.findNext(-1);
        editor.findNext(-1);
        Ui.settle();
        assertEquals(matches.get(matches.size() - 1), editor.findCurrent(), "Previous from the first wraps round");

        editor.find("нет такого элемента");
        Ui.settle();
        assertEquals(List.of(), editor.findMatches());
        assertEquals(List.of(), editor.getViewer().getHighlighted());
        Ui.key(SWT.ESC, '\u001b');
        Ui.settle();
        assertEquals(List.of(), editor.getViewer().getHighlighted());
    }

    private static Set<String> names(List<EObject> elements) {
        return elements.stream().map(e -> ((NamedElement) e).getName()).collect(Collectors.toSet());
    }

    /** The node lies inside the canvas's visible area. */
    private static void assertVisible(DiagramEditor editor, EObject element) {
        Rectangle r = editor.getViewer().toScreen(editor.getViewer().getScene().node(element).bounds());
        Rectangle c = editor.getViewer().getControl().getClientArea();
        assertTrue(c.contains(r.x, r.y) && c.contains(r.x + r.width - 1, r.y + r.height - 1),
                "scrolled into view: " + r + " in " + c);
    }
}

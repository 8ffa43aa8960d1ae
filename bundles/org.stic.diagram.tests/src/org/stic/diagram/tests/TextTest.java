package org.stic.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.KeyResource;
import org.stic.diagram.Diagrams;
import org.stic.diagram.View;
import org.stic.diagram.render.DiagramFonts;
import org.stic.diagram.render.TextWrap;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.scene.SceneNode;

class TextTest {

    @Test
    void theFontDrawsCyrillicAndLatinAndUnknownCharactersBecomeQuestionMarks() {
        assertTrue(DiagramFonts.file(false).getFileName().toString().startsWith("DejaVuSans"));
        assertEquals("Кластер Ёж Quality", DiagramFonts.displayable("Кластер Ёж Quality"));
        assertEquals("Кластер ? x y", DiagramFonts.displayable("Кластер \u4E2D \u0007x\ny"));
        assertTrue(DiagramFonts.width("Ж", false, 11f) > 0);
        assertTrue(DiagramFonts.width("Ж", true, 11f) > DiagramFonts.width("Ж", false, 11f), "bold is wider");
    }

    @Test
    void wrappedLinesFitAndOverflowEndsWithAnEllipsis() {
        String text = "Сопровождение доклинических и клинических исследований лекарственных средств участников кластера";
        List<String> lines = TextWrap.wrap(text, 120, 3, false, 11f);
        assertEquals(3, lines.size());
        for (String line : lines) {
            assertTrue(DiagramFonts.width(line, false, 11f) <= 120, line);
        }
        assertTrue(lines.get(2).endsWith("\u2026"), lines.get(2));
        assertEquals(List.of("Короткое имя"), TextWrap.wrap("Короткое  имя", 120, 3, false, 11f));
        List<String> broken = TextWrap.wrap("Сверхдлинноесловобезпробелов", 60, 4, false, 11f);
        assertTrue(broken.size() > 1);
        assertEquals("Сверхдлинноесловобезпробелов", String.join("", broken));
    }

    @Test
    void nodesWidenToKeepLongWordsWhole() {
        Cluster cluster = TestModels.pharma();
        KeyResource r = cluster.getInternalContour().getKeyResources().get(0);
        r.setName("Высокотехнологичнейшее оборудование");
        SceneNode node = Diagrams.create(cluster, View.INTERNAL).node(r);
        assertTrue(node.bounds().width() > SceneBuilder.NODE_WIDTH, "widened: " + node.bounds());
        assertTrue(node.bounds().width() <= SceneBuilder.MAX_NODE_WIDTH);
        assertEquals(List.of("Высокотехнологичнейшее", "оборудование"), node.lines());
    }
}

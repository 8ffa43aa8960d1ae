package org.stic.diagram;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.stic.diagram.render.DiagramFonts;
import org.stic.diagram.render.DrawingSurface;
import org.stic.diagram.render.Paint;
import org.stic.diagram.render.SvgSurface;
import org.stic.diagram.render.TextStyle;

/**
 * A class diagram of one package, drawn through the diagram engine's {@link DrawingSurface}: a box per class (name,
 * then its own attributes), rows by depth of inheritance so that supertypes stand above their subclasses (a level
 * with many classes wraps into several rows), and a generalisation arrow (hollow triangle) from each class to each
 * supertype in the diagram. The arrows run orthogonally through the gaps between rows, one lane per supertype, and
 * through a channel left of the boxes when they must pass rows, so that no line crosses a box. Supertypes from another
 * package (the STIC classes an extension subclasses) are drawn grey, without attributes. References are left to the
 * reference's tables: drawn as lines they would cover the whole STIC diagram. The metamodel reference writes it as SVG;
 * the metamodel editor draws it on its canvas beside the tree, after every edit, with the selected classes marked.
 */
public final class ClassDiagram {

    private static final float NAME_SIZE = 13f;
    private static final float TEXT_SIZE = 11f;
    private static final double PAD = 8;
    private static final double GAP_X = 28;
    private static final double GAP_Y = 56;
    private static final double MARGIN = 20;
    private static final int PER_ROW = 6;
    private static final int INK = 0x222222;
    private static final int FOREIGN = 0x888888;
    private static final double TRIANGLE = 10;

    private static final double LANE = 8;

    private static final class Box {
        final EClass eClass;
        final boolean foreign;
        final List<String> lines;
        final Rectangle2D.Double bounds;
        int row;

        Box(EClass eClass, boolean foreign, List<String> lines, Rectangle2D.Double bounds) {
            this.eClass = eClass;
            this.foreign = foreign;
            this.lines = lines;
            this.bounds = bounds;
        }
    }

    private final Map<EClass, Box> boxes = new LinkedHashMap<>();
    /** Top of each row; the gap above row r is centred at rowTops[r] - GAP_Y / 2. */
    private final List<Double> rowTops = new ArrayList<>();
    /** The supertypes that have subclasses in the diagram, each with its lane number. */
    private final Map<EClass, Integer> lanes = new LinkedHashMap<>();
    private double width;
    private double height;

    private static final int SELECTED = 0x1565C0;

    /** The diagram of {@code classes}, plus their supertypes from other packages. */
    public ClassDiagram(List<EClass> classes) {
        for (EClass c : classes) {
            boxes.put(c, box(c, false));
        }
        for (EClass c : classes) {
            for (EClass s : c.getESuperTypes()) {
                boxes.computeIfAbsent(s, x -> box(x, true));
            }
        }
        layout();
    }

    private static Box box(EClass c, boolean foreign) {
        List<String> lines = new ArrayList<>();
        lines.add((c.isAbstract() ? "«abstract» " : "") + nameOf(c.getName()));
        if (!foreign) {
            for (EStructuralFeature f : c.getEStructuralFeatures()) {
                if (f instanceof EAttribute) {
                    lines.add(nameOf(f.getName()) + " : " + (f.getEType() == null ? "?" : nameOf(f.getEType().getName()))
                            + multiplicity(f));
                }
            }
        }
        double w = DiagramFonts.width(lines.get(0), true, NAME_SIZE);
        for (String line : lines.subList(1, lines.size())) {
            w = Math.max(w, DiagramFonts.width(line, false, TEXT_SIZE));
        }
        double h = 2 * PAD + DiagramFonts.lineHeight(NAME_SIZE) + (lines.size() > 1 ? PAD / 2 : 0)
                + (lines.size() - 1) * DiagramFonts.lineHeight(TEXT_SIZE);
        return new Box(c, foreign, lines, new Rectangle2D.Double(0, 0, Math.ceil(w + 2 * PAD), Math.ceil(h)));
    }

    /** Rows by inheritance depth among the drawn classes, at most {@value #PER_ROW} boxes a row. */
    private void layout() {
        for (Box b : boxes.values()) {
            for (EClass s : b.eClass.getESuperTypes()) {
                if (boxes.containsKey(s)) {
                    lanes.putIfAbsent(s, lanes.size());
                }
            }
        }
        Map<EClass, Integer> depth = new HashMap<>();
        Map<Integer, List<Box>> byDepth = new TreeMap<>();
        for (Box b : boxes.values()) {
            byDepth.computeIfAbsent(depth(b.eClass, depth), d -> new ArrayList<>()).add(b);
        }
        double left = MARGIN + lanes.size() * LANE + GAP_X / 2;
        double y = MARGIN;
        for (List<Box> level : byDepth.values()) {
            for (int start = 0; start < level.size(); start += PER_ROW) {
                double x = left;
                double rowHeight = 0;
                rowTops.add(y);
                for (Box b : level.subList(start, Math.min(level.size(), start + PER_ROW))) {
                    b.bounds.x = x;
                    b.bounds.y = y;
                    b.row = rowTops.size() - 1;
                    x += b.bounds.width + GAP_X;
                    rowHeight = Math.max(rowHeight, b.bounds.height);
                }
                width = Math.max(width, x - GAP_X + MARGIN);
                y += rowHeight + GAP_Y;
            }
        }
        height = y - GAP_Y + MARGIN;
    }

    private int depth(EClass c, Map<EClass, Integer> memo) {
        Integer known = memo.get(c);
        if (known != null) {
            return known;
        }
        memo.put(c, 0); // a cycle of supertypes (possible while a metamodel is being edited) ends here
        int d = 0;
        for (EClass s : c.getESuperTypes()) {
            if (boxes.containsKey(s)) {
                d = Math.max(d, depth(s, memo) + 1);
            }
        }
        memo.put(c, d);
        return d;
    }

    /** A name as the diagram shows it: "?" for none yet. */
    private static String nameOf(String name) {
        return name == null || name.isEmpty() ? "?" : name;
    }

    /** UML-style multiplicity: " [0..1]", " [1]", " [0..*]". */
    public static String multiplicity(EStructuralFeature f) {
        String upper = f.getUpperBound() < 0 ? "*" : String.valueOf(f.getUpperBound());
        return f.getLowerBound() == f.getUpperBound() ? " [" + upper + "]" : " [" + f.getLowerBound() + ".." + upper + "]";
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The classes drawn: the diagram's own, then the supertypes from other packages (drawn grey, dashed). */
    public Set<EClass> classes() {
        return Collections.unmodifiableSet(boxes.keySet());
    }

    /** Whether the class is drawn as a supertype from another package. */
    public boolean isForeign(EClass c) {
        Box b = boxes.get(c);
        return b != null && b.foreign;
    }

    /** Where the class's box is, in diagram coordinates; null when it is not drawn. */
    public Rectangle2D bounds(EClass c) {
        Box b = boxes.get(c);
        return b == null ? null : (Rectangle2D) b.bounds.clone();
    }

    /** The class whose box holds the point, or null. */
    public EClass classAt(double x, double y) {
        for (Box b : boxes.values()) {
            if (b.bounds.contains(x, y)) {
                return b.eClass;
            }
        }
        return null;
    }

    /** Writes the diagram as SVG. */
    public void writeSvg(Writer out) throws IOException {
        draw(new SvgSurface(out, 1), Set.of());
    }

    /** Draws the diagram on {@code s}, from its begin to its end; the {@code selected} classes' boxes are marked. */
    public void draw(DrawingSurface s, Set<EClass> selected) throws IOException {
        s.begin(width, height);
        for (Box b : boxes.values()) {
            for (EClass superType : b.eClass.getESuperTypes()) {
                Box target = boxes.get(superType);
                if (target != null) {
                    s.shape(route(b, target, lanes.get(superType)), Paint.stroke(INK, 1, null));
                }
            }
        }
        for (EClass superType : lanes.keySet()) {
            triangle(s, boxes.get(superType).bounds);
        }
        for (Box b : boxes.values()) {
            int ink = b.foreign ? FOREIGN : INK;
            s.beginElement("class-" + b.eClass.getName(), "class", null, b.eClass.getName());
            boolean marked = selected.contains(b.eClass);
            s.shape(b.bounds, new Paint(b.foreign ? 0xF4F4F4 : marked ? 0xE3F2FD : 0xFFFFFF, marked ? SELECTED : ink,
                    marked ? 2.4 : 1.2, b.foreign ? new float[] {4f, 3f} : null));
            double baseline = b.bounds.y + PAD + DiagramFonts.baselineOffset(NAME_SIZE);
            s.text(b.lines.get(0), b.bounds.getCenterX(), baseline, new TextStyle(NAME_SIZE, true, ink,
                    TextStyle.Align.CENTER));
            if (b.lines.size() > 1) {
                double ruleY = b.bounds.y + PAD + DiagramFonts.lineHeight(NAME_SIZE) + PAD / 4;
                s.shape(new Line2D.Double(b.bounds.x, ruleY, b.bounds.getMaxX(), ruleY), Paint.stroke(ink, 1, null));
                double top = ruleY + PAD / 4;
                for (int i = 1; i < b.lines.size(); i++) {
                    s.text(b.lines.get(i), b.bounds.x + PAD, top + (i - 1) * DiagramFonts.lineHeight(TEXT_SIZE)
                            + DiagramFonts.baselineOffset(TEXT_SIZE), new TextStyle(TEXT_SIZE, false, ink,
                                    TextStyle.Align.LEFT));
                }
            }
            s.endElement();
        }
        s.end();
    }

    /** Height of lane {@code lane} in the gap above {@code row}: lanes sit side by side around its middle. */
    private double laneY(int row, int lane) {
        return rowTops.get(row) - GAP_Y / 2 + (lane - (lanes.size() - 1) / 2.0) * LANE;
    }

    /**
     * Up from the subclass into the gap above its row; if the supertype is in the row just above, along that gap
     * to below the supertype, else first left to the lane's channel, up it to the gap below the supertype's row.
     */
    private Path2D.Double route(Box sub, Box sup, int lane) {
        Path2D.Double p = new Path2D.Double();
        double x = sub.bounds.getCenterX();
        double y = laneY(sub.row, lane);
        p.moveTo(x, sub.bounds.y);
        p.lineTo(x, y);
        if (sup.row < sub.row - 1) {
            double channel = MARGIN + lane * LANE;
            p.lineTo(channel, y);
            y = laneY(sup.row + 1, lane);
            p.lineTo(channel, y);
        }
        p.lineTo(sup.bounds.getCenterX(), y);
        p.lineTo(sup.bounds.getCenterX(), sup.bounds.getMaxY() + TRIANGLE);
        return p;
    }

    /** The generalisation's hollow triangle under the supertype, where its subclasses' lines meet. */
    private static void triangle(DrawingSurface s, Rectangle2D.Double sup) {
        double x = sup.getCenterX();
        double y = sup.getMaxY();
        Path2D.Double head = new Path2D.Double();
        head.moveTo(x, y);
        head.lineTo(x + TRIANGLE / 2, y + TRIANGLE);
        head.lineTo(x - TRIANGLE / 2, y + TRIANGLE);
        head.closePath();
        s.shape(head, new Paint(0xFFFFFF, INK, 1, null));
    }
}

package org.stic.diagram.ui.metamodel;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ScrollBar;
import org.stic.diagram.ClassDiagram;
import org.stic.diagram.ui.Messages;
import org.stic.diagram.ui.swt.SwtResources;
import org.stic.diagram.ui.swt.SwtSurface;
import org.stic.ui.metamodel.MetamodelEditor;
import org.stic.ui.metamodel.MetamodelPanel;

/**
 * The class diagram beside the metamodel editor's tree: the metamodel reference's diagram ({@link ClassDiagram},
 * the same drawing as {@code stic metamodel-doc}'s SVG) drawn on an SWT canvas through the engine's
 * {@link SwtSurface}, made again after every edit, undo, redo and reload. The STIC classes each extension class
 * specialises are drawn grey and dashed above it. A diagram wider than the panel is shrunk to fit its width, down to
 * {@value #MIN_SCALE} of its size, and scrolls beyond that. The classes selected in the tree are marked; a click on a
 * class of the file selects it in the tree.
 */
public final class ClassDiagramPanel implements MetamodelPanel {

    private static final int BACKGROUND = 0xFFFFFF;
    private static final double MIN_SCALE = 0.6;

    private MetamodelEditor editor;
    private Composite panel;
    private Canvas canvas;
    private SwtResources resources;
    private ClassDiagram diagram;
    private Set<EClass> selected = Set.of();

    @Override
    public void createControl(Composite parent, MetamodelEditor metamodelEditor) {
        editor = metamodelEditor;
        panel = new Composite(parent, SWT.NONE);
        panel.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 2).create());
        Label title = new Label(panel, SWT.WRAP);
        title.setText(Messages.get("classDiagram.title"));
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).hint(100, SWT.DEFAULT).applyTo(title);
        canvas = new Canvas(panel, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        resources = new SwtResources(canvas.getDisplay());
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> updateScrollBars());
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.addListener(SWT.MouseDown, this::clicked);
        canvas.addListener(SWT.Dispose, e -> resources.dispose());
    }

    @Override
    public void packageChanged() {
        EPackage p = editor.getPackage();
        diagram = p == null ? null : new ClassDiagram(classesOf(p));
        updateScrollBars();
        canvas.redraw();
    }

    @Override
    public void selectionChanged(ISelection selection) {
        Set<EClass> classes = new HashSet<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s) {
                for (EObject e = o instanceof EObject eo ? eo : null; e != null; e = e.eContainer()) {
                    if (e instanceof EClass c) {
                        classes.add(c); // a class, or the class of a selected attribute or reference
                        break;
                    }
                }
            }
        }
        if (!classes.equals(selected)) {
            selected = classes;
            canvas.redraw();
        }
    }

    /** The classes of the package and of its subpackages, in the file's order. */
    static List<EClass> classesOf(EPackage p) {
        List<EClass> classes = new ArrayList<>();
        for (Iterator<EObject> i = p.eAllContents(); i.hasNext();) {
            EObject o = i.next();
            if (o instanceof EClass c) {
                classes.add(c);
            }
        }
        return classes;
    }

    /** The diagram's scale on the canvas: fitting the panel's width, but never below {@value #MIN_SCALE}. */
    private double scale() {
        int available = canvas.getClientArea().width;
        return diagram == null || diagram.width() <= available || available <= 0 ? 1
                : Math.max(MIN_SCALE, available / diagram.width());
    }

    private void updateScrollBars() {
        Rectangle area = canvas.getClientArea();
        double scale = scale();
        update(canvas.getHorizontalBar(), diagram == null ? 0 : (int) Math.ceil(diagram.width() * scale), area.width);
        update(canvas.getVerticalBar(), diagram == null ? 0 : (int) Math.ceil(diagram.height() * scale), area.height);
    }

    private static void update(ScrollBar bar, int size, int visible) {
        bar.setMaximum(Math.max(size, 1));
        bar.setThumb(Math.max(1, Math.min(visible, size)));
        bar.setPageIncrement(Math.max(1, visible));
        bar.setVisible(size > visible);
    }

    private Point origin() {
        return new Point(canvas.getHorizontalBar().getSelection(), canvas.getVerticalBar().getSelection());
    }

    private void paint(Event e) {
        GC gc = e.gc;
        gc.setBackground(resources.color(BACKGROUND));
        gc.fillRectangle(canvas.getClientArea());
        if (diagram == null) {
            return;
        }
        Point origin = origin();
        Transform t = new Transform(gc.getDevice());
        try {
            t.translate(-origin.x, -origin.y);
            t.scale((float) scale(), (float) scale());
            gc.setTransform(t);
            diagram.draw(new SwtSurface(gc, resources), selected);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex); // SWT painting does no I/O
        } finally {
            gc.setTransform(null);
            t.dispose();
        }
    }

    private void clicked(Event e) {
        if (diagram == null || e.button != 1) {
            return;
        }
        Point origin = origin();
        double scale = scale();
        EClass hit = diagram.classAt((e.x + origin.x) / scale, (e.y + origin.y) / scale);
        if (hit != null && !diagram.isForeign(hit)) {
            editor.selectReveal(new StructuredSelection(hit));
        }
    }

    /** The diagram as last drawn (null while the file cannot be read). */
    public ClassDiagram diagram() {
        return diagram;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** Where the class's box is on the canvas now (for tests that click it), or null. */
    public Rectangle boxOnCanvas(EClass c) {
        Rectangle2D b = diagram == null ? null : diagram.bounds(c);
        if (b == null) {
            return null;
        }
        Point origin = origin();
        double scale = scale();
        return new Rectangle((int) (b.getX() * scale) - origin.x, (int) (b.getY() * scale) - origin.y,
                (int) (b.getWidth() * scale), (int) (b.getHeight() * scale));
    }

    @Override
    public void dispose() {
        // the canvas and its resources go with the editor's controls
    }
}

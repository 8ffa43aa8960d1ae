package org.stic.diagram.ui.editor;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.osgi.framework.Bundle;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.Creation;
import org.stic.diagram.EdgeType;
import org.stic.diagram.LinkKind;
import org.stic.diagram.NodeType;
import org.stic.diagram.scene.EdgeStyle;
import org.stic.diagram.scene.Styles;
import org.stic.diagram.ui.Messages;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * The diagram's palette, beside the canvas: the selection tool, a creation tool per element type grouped by where
 * the elements live (internal contour, external contour, network) and a tool per link type, each with the type's
 * icon and a tooltip. Tools the view cannot use are greyed, their tooltip saying where they belong. A tool is an
 * {@link Item#tool()}: null for selection, a {@link NodeType} or a {@link LinkKind}. A click takes a tool for one
 * element or link; a double-click keeps it (as in GEF), which the palette shows pressed, with a bold name.
 */
public final class Palette {

    /** A group's title ({@code header}, tool and icon null) or a tool; link tools take half a row each. */
    record Item(String label, Object tool, String tip, Image icon, boolean header, boolean half) {
    }

    private static final int ROW = 22;
    private static final int HEADER = 24;
    private static final int PAD = 8;
    private static final int ICON = 16;
    private static final RGB SELECTED = new RGB(0xD6, 0xE4, 0xF5);
    private static final RGB SELECTED_BORDER = new RGB(0x15, 0x65, 0xC0);
    private static final RGB KEPT = new RGB(0xA9, 0xC6, 0xEA);
    private static final RGB KEPT_SHADOW = new RGB(0x0D, 0x47, 0xA1);
    private static final String KEEP_TIP = Messages.get("palette.keep");
    private static final RGB HOVER = new RGB(0xEC, 0xEF, 0xF3);
    private static final RGB BACKGROUND = new RGB(0xF7, 0xF7, 0xF7);
    private static final RGB HEADER_TEXT = new RGB(0x44, 0x44, 0x44);

    private final ScrolledComposite scroll;
    private final Canvas canvas;
    private final List<Item> items = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<Color> colors = new ArrayList<>();
    private final Font bold;
    /** Told the tool clicked and whether it is kept (a double-click). */
    private final BiConsumer<Object, Boolean> chosen;
    private Function<Object, String> unavailable = t -> null;
    private final List<Rectangle> cells = new ArrayList<>();
    /** Titles of the groups shown folded: those the view has no use for, unless the user opened them. */
    private final Set<String> folded = new HashSet<>();
    private Object selected;
    private boolean kept;
    private int hovered = -1;

    Palette(Composite parent, BiConsumer<Object, Boolean> chosen) {
        this.chosen = chosen;
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.BORDER);
        canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
        scroll.setContent(canvas);
        scroll.setExpandHorizontal(true);
        FontData[] fd = canvas.getFont().getFontData();
        for (FontData d : fd) {
            d.setStyle(SWT.BOLD);
        }
        bold = new Font(canvas.getDisplay(), fd);
        fill();
        layout();
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> hover(rowAt(e.x, e.y)));
        canvas.addListener(SWT.MouseExit, e -> hover(-1));
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.addListener(SWT.Dispose, e -> dispose());
    }

    /** The names of the palette's tools, in the workbench's language. */
    private final Vocabulary vocabulary = Vocabulary.current();

    private void fill() {
        items.add(new Item(Messages.get("palette.select"), null, Messages.get("palette.select.tip"),
                selectIcon(), false, false));
        group(ContourRegion.INTERNAL.label(), List.of(NodeType.KEY_RESOURCE, NodeType.KEY_ACTION, NodeType.PARTNERSHIP,
                NodeType.COST_ITEM));
        group(ContourRegion.EXTERNAL.label(), List.of(NodeType.SEGMENT, NodeType.SEGMENT_NEED, NodeType.VALUE_PROPOSITION,
                NodeType.CHANNEL, NodeType.RELATIONSHIP, NodeType.REVENUE_STREAM));
        group(Messages.get("palette.network"), List.of(NodeType.PARTICIPANT));
        items.add(new Item(Messages.get("palette.links"), null, null, null, true, false));
        for (LinkKind k : LinkKind.values()) {
            String name = vocabulary.language() == Language.EN ? k.label() : k.displayLabel(vocabulary.language());
            String label = name.substring(0, 1).toUpperCase(vocabulary.language().locale()) + name.substring(1);
            items.add(new Item(label, k, Messages.get("palette.link.tip", k.description()) + KEEP_TIP,
                    linkIcon(k), false, true));
        }
    }

    private void group(String title, List<NodeType> types) {
        items.add(new Item(title, null, null, null, true, false));
        for (NodeType t : types) {
            String where = t == NodeType.SEGMENT_NEED ? Messages.get("palette.where.segment")
                    : t == NodeType.PARTICIPANT ? Messages.get("palette.where.network")
                            : Messages.get("palette.where.region", vocabulary.language() == Language.EN
                                    ? t.region().label().toLowerCase(Locale.ROOT) : t.region().label());
            String what = vocabulary.language() == Language.EN ? t.label().toLowerCase(Locale.ROOT)
                    : vocabulary.type(t.eClass());
            items.add(new Item(vocabulary.language() == Language.EN ? Creation.title(t) : vocabulary.type(t.eClass()),
                    t, Messages.get("palette.create.tip", what, where) + KEEP_TIP, typeIcon(t), false, false));
        }
    }

    /**
     * Places the rows: headers and element tools a row each, link tools two to a row, nothing for the tools of a
     * folded group; then sizes the canvas to them.
     */
    private void layout() {
        cells.clear();
        int width = preferredWidth();
        int y = 0;
        boolean hidden = false;
        int column = 0;
        for (Item item : items) {
            if (item.header()) {
                y += column == 0 ? 0 : ROW;
                column = 0;
                hidden = folded.contains(item.label());
                cells.add(new Rectangle(0, y, width, HEADER));
                y += HEADER;
            } else if (hidden) {
                cells.add(null);
            } else if (item.half()) {
                cells.add(new Rectangle(column * width / 2, y, width / 2, ROW));
                column = 1 - column;
                y += column == 0 ? ROW : 0;
            } else {
                cells.add(new Rectangle(0, y, width, ROW));
                y += ROW;
            }
        }
        y += column == 0 ? 0 : ROW;
        Point size = new Point(width, y + PAD);
        canvas.setSize(size);
        scroll.setMinSize(size);
        canvas.redraw();
    }

    Control getControl() {
        return scroll;
    }

    /**
     * Greys the tools for which {@code why} gives a reason (shown in their tooltip; null: usable), and folds the
     * groups that hold nothing usable.
     */
    void setUnavailable(Function<Object, String> why) {
        unavailable = why;
        folded.clear();
        String group = null;
        boolean usable = false;
        for (Item item : items) {
            if (item.header()) {
                fold(group, usable);
                group = item.label();
                usable = false;
            } else {
                usable |= why.apply(item.tool()) == null;
            }
        }
        fold(group, usable);
        layout();
    }

    private void fold(String group, boolean usable) {
        if (group != null && !usable) {
            folded.add(group);
        }
    }

    /** Shows a tool as the current one (null: selection), pressed when it is kept. */
    void select(Object tool, boolean keep) {
        selected = tool;
        kept = keep;
        canvas.redraw();
    }

    Object selected() {
        return selected;
    }

    /** Where a group's title is in the palette canvas's pixels (a click there folds or opens the group). */
    public Rectangle header(String group) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).header() && items.get(i).label().equals(group)) {
                return cells.get(i);
            }
        }
        throw new IllegalArgumentException("no palette group " + group);
    }

    /** Where a tool is in the palette canvas's pixels, scrolled into view (tests click on it). */
    public Rectangle bounds(Object tool) {
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).header() && Objects.equals(items.get(i).tool(), tool)) {
                Rectangle r = cells.get(i);
                if (r == null) {
                    throw new IllegalStateException("the tool " + tool + " is in a folded group");
                }
                Rectangle visible = scroll.getClientArea();
                Point origin = scroll.getOrigin();
                if (r.y < origin.y || r.y + r.height > origin.y + visible.height) {
                    scroll.setOrigin(0, Math.max(0, r.y + r.height - visible.height));
                }
                return r;
            }
        }
        throw new IllegalArgumentException("no palette tool " + tool);
    }

    /** The canvas the rows are drawn on. */
    public Canvas canvas() {
        return canvas;
    }

    private int preferredWidth() {
        GC gc = new GC(canvas);
        try {
            int width = 0;
            for (Item item : items) {
                gc.setFont(bold); // a kept tool's name is bold
                int w = gc.textExtent(item.label()).x + (item.header() ? 12 : PAD + ICON + 8);
                width = Math.max(width, item.half() ? 2 * w : w);
            }
            return width + 2 * PAD;
        } finally {
            gc.dispose();
        }
    }

    private int rowAt(int px, int py) {
        for (int i = 0; i < items.size(); i++) {
            Rectangle r = cells.get(i);
            if (r != null && r.contains(px, py)) {
                return i;
            }
        }
        return -1;
    }

    private void hover(int row) {
        if (row != hovered) {
            hovered = row;
            Item item = row < 0 || items.get(row).header() ? null : items.get(row);
            String why = item == null ? null : unavailable.apply(item.tool());
            canvas.setToolTipText(item == null ? null : why != null ? item.tip() + "\n\n" + why : item.tip());
            canvas.redraw();
        }
    }

    private void mouseDown(Event e) {
        int row = rowAt(e.x, e.y);
        if (row < 0 || e.button != 1) {
            return;
        }
        Item item = items.get(row);
        if (item.header()) {
            // a group opens and folds with a click on its title
            if (!folded.remove(item.label())) {
                folded.add(item.label());
            }
            layout();
        } else if (unavailable.apply(item.tool()) == null) {
            chosen.accept(item.tool(), false);
        }
    }

    /** The first click took the tool; the second keeps it. */
    private void doubleClick(Event e) {
        int row = rowAt(e.x, e.y);
        if (row >= 0 && e.button == 1 && !items.get(row).header() && items.get(row).tool() != null
                && unavailable.apply(items.get(row).tool()) == null) {
            chosen.accept(items.get(row).tool(), true);
        }
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(color(BACKGROUND));
        gc.fillRectangle(area);
        gc.setAntialias(SWT.ON);
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Rectangle r = cells.get(i);
            if (r == null) {
                continue;
            }
            if (item.header()) {
                gc.setFont(bold);
                int h = gc.getFontMetrics().getHeight();
                int ty = r.y + r.height - h - 3;
                boolean open = !folded.contains(item.label());
                gc.setBackground(color(HEADER_TEXT));
                int cx = PAD + 3;
                int cy = ty + h / 2;
                gc.fillPolygon(open ? new int[] { cx - 4, cy - 2, cx + 4, cy - 2, cx, cy + 3 }
                        : new int[] { cx - 2, cy - 4, cx + 3, cy, cx - 2, cy + 4 });
                gc.setForeground(color(HEADER_TEXT));
                gc.drawText(item.label(), PAD + 12, ty, true);
                gc.setForeground(color(new RGB(0xC8, 0xC8, 0xC8)));
                gc.drawLine(PAD, r.y + r.height - 1, area.width - PAD, r.y + r.height - 1);
                continue;
            }
            gc.setFont(canvas.getFont());
            int fontHeight = gc.getFontMetrics().getHeight();
            boolean enabled = unavailable.apply(item.tool()) == null;
            boolean isSelected = Objects.equals(item.tool(), selected);
            boolean pressed = isSelected && kept;
            if (isSelected || (i == hovered && enabled)) {
                gc.setBackground(color(pressed ? KEPT : isSelected ? SELECTED : HOVER));
                gc.fillRoundRectangle(r.x + 3, r.y + 1, r.width - 6, r.height - 2, 6, 6);
                if (isSelected) {
                    gc.setForeground(color(SELECTED_BORDER));
                    gc.drawRoundRectangle(r.x + 3, r.y + 1, r.width - 7, r.height - 3, 6, 6);
                }
                if (pressed) {
                    // a shadow along the top and left edges: the button looks pushed in
                    gc.setForeground(color(KEPT_SHADOW));
                    gc.setLineWidth(2);
                    gc.drawLine(r.x + 6, r.y + 3, r.x + r.width - 7, r.y + 3);
                    gc.drawLine(r.x + 5, r.y + 4, r.x + 5, r.y + r.height - 4);
                    gc.setLineWidth(1);
                    gc.setFont(bold);
                }
            }
            gc.setAlpha(enabled ? 255 : 90);
            if (item.icon() != null) {
                gc.drawImage(item.icon(), r.x + PAD, r.y + (r.height - ICON) / 2);
            }
            gc.setForeground(canvas.getDisplay().getSystemColor(enabled ? SWT.COLOR_BLACK : SWT.COLOR_DARK_GRAY));
            gc.drawText(item.label(), r.x + PAD + ICON + 6, r.y + (r.height - fontHeight) / 2, true);
            gc.setAlpha(255);
        }
    }

    private Color color(RGB rgb) {
        for (Color c : colors) {
            if (c.getRGB().equals(rgb)) {
                return c;
            }
        }
        Color c = new Color(canvas.getDisplay(), rgb);
        colors.add(c);
        return c;
    }

    /** The type's 16x16 icon from the edit bundle ({@code icons/full/obj16/<Class>.gif}), or null. */
    private Image typeIcon(NodeType type) {
        Bundle edit = Platform.getBundle("org.stic.model.edit");
        URL url = edit == null ? null : edit.getEntry("icons/full/obj16/" + type.eClass().getName() + ".gif");
        if (url == null) {
            return null;
        }
        Image image = ImageDescriptor.createFromURL(url).createImage(false);
        if (image != null) {
            images.add(image);
        }
        return image;
    }

    /** A short arrow in the link's colour and dash, as the diagram draws it. */
    private Image linkIcon(LinkKind kind) {
        EdgeType edge = kind.edgeTypes().get(0);
        EdgeStyle style = Styles.edge(edge);
        return image(gc -> {
            int rgb = style.color();
            gc.setForeground(color(new RGB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF)));
            gc.setBackground(gc.getForeground());
            gc.setLineWidth(Math.max(1, (int) Math.round(style.width())));
            if (style.dash() != null) {
                int[] dash = new int[style.dash().length];
                for (int i = 0; i < dash.length; i++) {
                    dash[i] = Math.max(1, Math.round(style.dash()[i] * 0.6f));
                }
                gc.setLineDash(dash);
            }
            gc.drawLine(1, 12, 11, 5);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.fillPolygon(new int[] { 15, 2, 8, 3, 12, 8 });
        });
    }

    /** An arrow pointer for the selection tool. */
    private Image selectIcon() {
        return image(gc -> {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.fillPolygon(new int[] { 4, 1, 4, 14, 7, 11, 9, 15, 11, 14, 9, 10, 13, 10 });
        });
    }

    private Image image(Consumer<GC> draw) {
        Display display = canvas.getDisplay();
        Image image = new Image(display, ICON, ICON);
        GC gc = new GC(image);
        try {
            gc.setBackground(color(BACKGROUND));
            gc.fillRectangle(0, 0, ICON, ICON);
            gc.setAntialias(SWT.ON);
            draw.accept(gc);
        } finally {
            gc.dispose();
        }
        images.add(image);
        return image;
    }

    private void dispose() {
        images.forEach(Image::dispose);
        colors.forEach(Color::dispose);
        bold.dispose();
    }
}

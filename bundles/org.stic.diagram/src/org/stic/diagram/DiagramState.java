package org.stic.diagram;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.model.edit.Language;
import org.stic.model.io.AtomicFiles;
import org.stic.model.io.TextFileException;
import org.stic.model.io.TextFiles;

/**
 * The presentation state of a model's diagrams, kept beside the model in {@code <model>.stic.diagram} so that the
 * model file holds no presentation data: the view last shown, collapsed contour regions and the nodes the user
 * placed or sized by hand or hid from the view, per view, keyed by the element's XMI id (its UUID). Elements without
 * a line are shown and laid out automatically; deleting the file brings the automatic layout back. The text format,
 * one fact a line and sorted so that diffs stay small:
 *
 * <pre>
 * stic-diagram 1
 * show both
 * collapse internal external
 * collapse canvas key-resource
 * links canvas lines
 * hide both _d4E5f6
 * node both _a1B2c3 120 88 176 46
 * </pre>
 *
 * {@code show <view>}; {@code collapse <view> <region>} (region {@code internal}, {@code external} or {@code goals}) or, on the
 * canvas, {@code collapse canvas <block>} (a block by its type: {@code partnership}, {@code key-action},
 * {@code key-resource}, {@code value-proposition}, {@code relationship}, {@code channel}, {@code segment},
 * {@code cost-item}, {@code revenue-stream}, {@code indicator}: the goals); {@code links canvas lines} (the canvas draws its links between blocks
 * as lines, not as the numbers of the linked cards); {@code hide <view> <id>} (the element stays in the model, the
 * view does not draw it); {@code node <view> <id> <x> <y> <width> <height>} in diagram pixels. Blank lines and
 * {@code #} comments are ignored. Version 2 adds the canvas view ({@code canvas}) to the views a line may name,
 * version 3 the canvas's collapsed blocks and its links line, version 4 the canvas's goals block ({@code collapse canvas
 * indicator}; {@code collapse canvas goals}, the goals' region, is read since version 2, when the canvas drew no
 * goals, so it stays a version 2 line). A file is written in the lowest version that holds
 * what it says, so that workbenches that read only an earlier version keep reading it.
 */
public final class DiagramState {

    public static final String SUFFIX = ".diagram";
    /** The newest version this workbench reads and writes (it reads every version from 1). */
    public static final int VERSION = 4;
    /** The version that introduced the canvas view. */
    private static final int CANVAS_VERSION = 2;
    /** The version that introduced the canvas's collapsed blocks and its links line. */
    private static final int CANVAS_BLOCKS_VERSION = 3;
    /** The version that introduced the canvas's goals block. */
    private static final int CANVAS_GOALS_VERSION = 4;
    private static final String LINES = "lines";
    private static final String MAGIC = "stic-diagram";

    private View shown = View.BOTH;
    private final Map<View, Map<String, Bounds>> nodes = new EnumMap<>(View.class);
    private final Map<View, Set<ContourRegion>> collapsed = new EnumMap<>(View.class);
    /** The canvas's collapsed blocks, by the type of their cards. */
    private final Set<NodeType> collapsedBlocks = EnumSet.noneOf(NodeType.class);
    /** The canvas draws its links between blocks as lines. */
    private boolean canvasLinks;
    private final Map<View, Set<String>> hidden = new EnumMap<>(View.class);

    /** The diagram file of a model file: {@code kaluga.stic -> kaluga.stic.diagram}. */
    public static Path fileFor(Path model) {
        return model.resolveSibling(model.getFileName() + SUFFIX);
    }

    /** The state stored beside a model, or an empty state (automatic layout) when there is no diagram file. */
    public static DiagramState readFor(Path model) throws IOException {
        try {
            return read(fileFor(model));
        } catch (NoSuchFileException e) {
            return new DiagramState();
        }
    }

    /** Reads a diagram file: UTF-8, at most {@link TextFiles#DIAGRAM_LIMIT} bytes. */
    public static DiagramState read(Path file) throws IOException {
        return parse(file, TextFiles.readUtf8(file, TextFiles.DIAGRAM_LIMIT, text("state.kind")));
    }

    /** Largest node width or height read from a file: far above any label, far below what breaks an export. */
    public static final double MAX_SIZE = 100_000;
    /** Largest distance of a node from the origin read from a file. */
    public static final double MAX_COORDINATE = 10_000_000;

    /** Parses the text of a diagram file; {@code file} only names it in messages. */
    public static DiagramState parse(Path file, String text) throws TextFileException {
        DiagramState state = new DiagramState();
        Map<String, Integer> seen = new HashMap<>();
        boolean header = false;
        int version = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (!header) {
                if (!f[0].equals(MAGIC) || f.length != 2) {
                    throw new TextFileException(file, lineNo, 1,
                            text("state.header", MAGIC + " " + VERSION));
                }
                version = f[1].matches("[1-9][0-9]{0,8}") ? Integer.parseInt(f[1]) : -1;
                if (version < 1 || version > VERSION) {
                    throw new TextFileException(file, lineNo, column(lines[i], 1),
                            text("state.version", f[1], VERSION));
                }
                header = true;
                continue;
            }
            switch (f[0]) {
                case "show" -> {
                    fields(file, lineNo, lines[i], f, 2, "show <view>");
                    state.shown = view(file, lineNo, lines[i], f, 1, version);
                }
                case "collapse" -> {
                    fields(file, lineNo, lines[i], f, 3, "collapse <view> <region>");
                    View v = view(file, lineNo, lines[i], f, 1, version);
                    switch (f[2]) {
                        case "internal" -> state.setCollapsed(v, ContourRegion.INTERNAL, true);
                        case "external" -> state.setCollapsed(v, ContourRegion.EXTERNAL, true);
                        // written since the goals region could be collapsed in the both-contours view
                        case "goals" -> state.setCollapsed(v, ContourRegion.GOALS, true);
                        default -> {
                            NodeType block = blockById(f[2]);
                            if (block == null || v != View.CANVAS) {
                                throw new TextFileException(file, lineNo, column(lines[i], 2),
                                        text(v == View.CANVAS ? "state.block" : "state.region", f[2]));
                            }
                            needs(file, lineNo, lines[i], 2, version, CANVAS_BLOCKS_VERSION, "state.blocksVersion");
                            if (block == NodeType.INDICATOR) {
                                needs(file, lineNo, lines[i], 2, version, CANVAS_GOALS_VERSION, "state.goalsVersion");
                            }
                            state.setCollapsed(block, true);
                        }
                    }
                }
                case "links" -> {
                    fields(file, lineNo, lines[i], f, 3, "links <view> lines");
                    View v = view(file, lineNo, lines[i], f, 1, version);
                    if (v != View.CANVAS || !f[2].equals(LINES)) {
                        throw new TextFileException(file, lineNo, column(lines[i], v != View.CANVAS ? 1 : 2),
                                text("state.links", line));
                    }
                    needs(file, lineNo, lines[i], 0, version, CANVAS_BLOCKS_VERSION, "state.blocksVersion");
                    state.canvasLinks = true;
                }
                case "hide" -> {
                    fields(file, lineNo, lines[i], f, 3, "hide <view> <id>");
                    state.setHidden(view(file, lineNo, lines[i], f, 1, version), f[2], true);
                }
                case "node" -> {
                    fields(file, lineNo, lines[i], f, 7, "node <view> <id> <x> <y> <width> <height>");
                    View v = view(file, lineNo, lines[i], f, 1, version);
                    double[] n = new double[4];
                    for (int k = 0; k < 4; k++) {
                        try {
                            n[k] = Double.parseDouble(f[3 + k]);
                        } catch (NumberFormatException e) {
                            n[k] = Double.NaN;
                        }
                        if (!Double.isFinite(n[k]) || (k >= 2 && n[k] <= 0)) {
                            throw new TextFileException(file, lineNo, column(lines[i], 3 + k), 
                                    text(k >= 2 ? "state.badSize" : "state.badCoordinate", f[3 + k]));
                        }
                        double limit = k >= 2 ? MAX_SIZE : MAX_COORDINATE;
                        if (Math.abs(n[k]) > limit) {
                            throw new TextFileException(file, lineNo, column(lines[i], 3 + k), 
                                    text(k >= 2 ? "state.sizeRange" : "state.coordinateRange", f[3 + k], num(limit)));
                        }
                    }
                    Integer first = seen.putIfAbsent(v.id() + " " + f[2], lineNo);
                    if (first != null) {
                        throw new TextFileException(file, lineNo, column(lines[i], 2),
                                text("state.placedTwice", f[2], v.id(), first));
                    }
                    state.setBounds(v, f[2], new Bounds(n[0], n[1], n[2], n[3]));
                }
                default -> throw new TextFileException(file, lineNo, column(lines[i], 0),
                        text("state.entry", f[0]));
            }
        }
        if (!header) {
            throw new TextFileException(file, 0, 0, text("state.empty", MAGIC + " " + VERSION));
        }
        return state;
    }

    private static void fields(Path file, int lineNo, String line, String[] f, int count, String form)
            throws TextFileException {
        if (f.length != count) {
            throw new TextFileException(file, lineNo, column(line, Math.min(f.length, count) - 1),
                    text("state.fields", form, count, f.length));
        }
    }

    private static View view(Path file, int lineNo, String line, String[] f, int index, int version)
            throws TextFileException {
        View v = View.byId(f[index]).orElseThrow(() -> new TextFileException(file, lineNo, column(line, index),
                text("state.view", f[index])));
        if (v == View.CANVAS) {
            needs(file, lineNo, line, index, version, CANVAS_VERSION, "state.canvasVersion");
        }
        return v;
    }

    /** Refuses a line that needs a later version of the file than its first line says. */
    private static void needs(Path file, int lineNo, String line, int field, int version, int needed, String key)
            throws TextFileException {
        if (version < needed) {
            throw new TextFileException(file, lineNo, column(line, field), text(key, needed, version));
        }
    }

    /** The canvas block of this id ({@code key-resource}), or null. */
    private static NodeType blockById(String id) {
        for (NodeType type : SceneBuilder.CANVAS_BLOCKS) {
            if (blockId(type).equals(id)) {
                return type;
            }
        }
        return null;
    }

    /** A canvas block's id in the file: its type, lower case, words joined by '-'. */
    private static String blockId(NodeType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The version this state is written in: the lowest that holds everything it says. */
    public int formatVersion() {
        if (collapsedBlocks.contains(NodeType.INDICATOR)) {
            return CANVAS_GOALS_VERSION;
        }
        if (!collapsedBlocks.isEmpty() || canvasLinks) {
            return CANVAS_BLOCKS_VERSION;
        }
        boolean canvas = shown == View.CANVAS || !bounds(View.CANVAS).isEmpty() || !hidden(View.CANVAS).isEmpty()
                || !collapsed(View.CANVAS).isEmpty();
        return canvas ? CANVAS_VERSION : 1;
    }

    /** A message about the file, in the language of the run (the file is read before any view is drawn). */
    private static String text(String key, Object... arguments) {
        return Messages.get(Language.current(), key, arguments);
    }

    /** 1-based column of the n-th whitespace-separated field of a line. */
    private static int column(String line, int field) {
        int col = 0;
        int seen = -1;
        boolean inField = false;
        for (; col < line.length(); col++) {
            boolean space = Character.isWhitespace(line.charAt(col));
            if (!space && !inField && ++seen == field) {
                return col + 1;
            }
            inField = !space;
        }
        return col + 1;
    }

    /** The text of the file: header, then the facts in a fixed order (views in order, ids sorted). */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("# STIC diagram layout (manual positions). Delete this file to get the automatic layout back.\n");
        sb.append(MAGIC).append(' ').append(formatVersion()).append('\n');
        sb.append("show ").append(shown.id()).append('\n');
        for (View v : View.values()) {
            for (ContourRegion r : collapsed(v)) {
                sb.append("collapse ").append(v.id()).append(' ').append(r.name().toLowerCase(Locale.ROOT))
                        .append('\n');
            }
        }
        for (NodeType block : collapsedBlocks) {
            sb.append("collapse ").append(View.CANVAS.id()).append(' ').append(blockId(block)).append('\n');
        }
        if (canvasLinks) {
            sb.append("links ").append(View.CANVAS.id()).append(' ').append(LINES).append('\n');
        }
        for (View v : View.values()) {
            for (String id : new TreeSet<>(hidden(v))) {
                sb.append("hide ").append(v.id()).append(' ').append(id).append('\n');
            }
        }
        for (View v : View.values()) {
            for (Map.Entry<String, Bounds> e : new TreeMap<>(bounds(v)).entrySet()) {
                Bounds b = e.getValue();
                sb.append("node ").append(v.id()).append(' ').append(e.getKey()).append(' ').append(num(b.x()))
                        .append(' ').append(num(b.y())).append(' ').append(num(b.width())).append(' ')
                        .append(num(b.height())).append('\n');
            }
        }
        return sb.toString();
    }

    /** Whole pixels are written without decimals, others with at most two. */
    private static String num(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.2f", r)
                .replaceAll("0+$", "");
    }

    /** Writes the file atomically and durably ({@link AtomicFiles}). */
    public void write(Path file) throws IOException {
        AtomicFiles.writeString(file, format());
    }

    public DiagramState copy() {
        DiagramState c = new DiagramState();
        c.shown = shown;
        nodes.forEach((v, m) -> c.nodes.put(v, new LinkedHashMap<>(m)));
        collapsed.forEach((v, s) -> c.collapsed.put(v, EnumSet.copyOf(s)));
        hidden.forEach((v, s) -> c.hidden.put(v, new TreeSet<>(s)));
        c.collapsedBlocks.addAll(collapsedBlocks);
        c.canvasLinks = canvasLinks;
        return c;
    }

    /** True when nothing is stored: the diagrams show everything, laid out automatically. */
    public boolean isAutomatic() {
        return nodes.values().stream().allMatch(Map::isEmpty) && collapsed.values().stream().allMatch(Set::isEmpty)
                && hidden.values().stream().allMatch(Set::isEmpty) && collapsedBlocks.isEmpty() && !canvasLinks;
    }

    /** The view the editor shows first. */
    public View shownView() {
        return shown;
    }

    public void setShownView(View view) {
        shown = view;
    }

    /** Manual bounds of a view by element id. */
    public Map<String, Bounds> bounds(View view) {
        return Collections.unmodifiableMap(nodes.getOrDefault(view, Map.of()));
    }

    public Bounds bounds(View view, String id) {
        return nodes.getOrDefault(view, Map.of()).get(id);
    }

    /** Places an element by hand; null bounds give it back to the automatic layout. */
    public void setBounds(View view, String id, Bounds b) {
        if (b == null) {
            Map<String, Bounds> m = nodes.get(view);
            if (m != null) {
                m.remove(id);
            }
        } else {
            nodes.computeIfAbsent(view, v -> new LinkedHashMap<>()).put(id, b);
        }
    }

    /** Forgets every manual position of a view (Arrange All). */
    public void clearBounds(View view) {
        nodes.remove(view);
    }

    public Set<ContourRegion> collapsed(View view) {
        Set<ContourRegion> s = collapsed.get(view);
        return s == null ? Set.of() : Collections.unmodifiableSet(s);
    }

    public void setCollapsed(View view, ContourRegion region, boolean value) {
        if (value) {
            collapsed.computeIfAbsent(view, v -> EnumSet.noneOf(ContourRegion.class)).add(region);
        } else if (collapsed.containsKey(view)) {
            collapsed.get(view).remove(region);
        }
    }

    /** The canvas's blocks drawn as their title alone (their cards kept in the model). */
    public Set<NodeType> collapsedBlocks() {
        return Collections.unmodifiableSet(collapsedBlocks);
    }

    /** Collapses a canvas block (one of {@link SceneBuilder#CANVAS_BLOCKS}) to its title, or restores it. */
    public void setCollapsed(NodeType block, boolean value) {
        if (!SceneBuilder.CANVAS_BLOCKS.contains(block)) {
            throw new IllegalArgumentException(block + " is not a block of the canvas");
        }
        if (value) {
            collapsedBlocks.add(block);
        } else {
            collapsedBlocks.remove(block);
        }
    }

    /** Whether the canvas draws its links between blocks as lines (else as the numbers of the linked cards). */
    public boolean canvasLinks() {
        return canvasLinks;
    }

    public void setCanvasLinks(boolean lines) {
        canvasLinks = lines;
    }

    /** Ids of the elements a view does not draw. */
    public Set<String> hidden(View view) {
        return Collections.unmodifiableSet(hidden.getOrDefault(view, Set.of()));
    }

    /** Hides an element from a view (the model keeps it), or shows it again. */
    public void setHidden(View view, String id, boolean value) {
        if (value) {
            hidden.computeIfAbsent(view, v -> new TreeSet<>()).add(id);
        } else if (hidden.containsKey(view)) {
            hidden.get(view).remove(id);
        }
    }

    /** The elements of the model a view does not draw. */
    public Set<EObject> resolveHidden(View view, Resource resource) {
        Set<EObject> result = new HashSet<>();
        for (String id : hidden(view)) {
            EObject element = resource == null ? null : resource.getEObject(id);
            if (element != null) {
                result.add(element);
            }
        }
        return result;
    }

    /** The manual bounds of a view resolved against the model; ids no element has any more are skipped. */
    public Map<EObject, Bounds> resolve(View view, Resource resource) {
        Map<EObject, Bounds> result = new HashMap<>();
        if (resource == null) {
            return result;
        }
        for (Map.Entry<String, Bounds> e : bounds(view).entrySet()) {
            EObject element = resource.getEObject(e.getKey());
            if (element != null) {
                result.put(element, e.getValue());
            }
        }
        return result;
    }

    /** Forgets the bounds of elements the model no longer has (deleted since they were placed). */
    public void prune(Resource resource) {
        for (Map<String, Bounds> m : nodes.values()) {
            m.keySet().removeIf(id -> resource.getEObject(id) == null);
        }
        for (Set<String> s : hidden.values()) {
            s.removeIf(id -> resource.getEObject(id) == null);
        }
    }

    /** The key of an element in the file: its XMI id (UUID) inside its resource, or null when it has none. */
    public static String idOf(EObject element) {
        Resource r = element.eResource();
        return r == null ? null : r.getURIFragment(element);
    }
}

package org.stic.ui.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.Coverage;
import org.stic.analysis.NeedReadiness;
import org.stic.analysis.ReadinessLevel;
import org.stic.analysis.Reason;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;
import org.stic.ui.Messages;

/**
 * The Readiness tab: segments, their needs with status, and under each need that is not ready (or only assumed
 * ready) its reasons, each naming the element to fix and the path to it. Rows keep their identity across updates
 * (by the model element they stand for), so what the user expanded stays expanded while the model changes.
 */
final class ReadinessTree {

    /** A segment and its figure. */
    record SegmentRow(Coverage coverage, List<NeedRow> needs) {
    }

    /** A need and its readiness. */
    record NeedRow(NeedReadiness readiness, List<ReasonRow> reasons) {
    }

    /** One reason of a need, the index telling reasons of one need apart. */
    record ReasonRow(SegmentNeed need, int index, Reason reason) {
        /** The element to fix: the last of the path, or the need itself. */
        EObject element() {
            return reason.element() != null ? reason.element() : need;
        }
    }

    /** Reasons shown expanded on a first look: more are opened by the user, need by need. */
    private static final int EXPAND_LIMIT = 200;

    private final TreeViewer viewer;
    private final ElementImages images;
    private List<SegmentRow> rows = List.of();
    /** The texts each row showed at the last update. */
    private Map<Object, String> shownTexts = new IdentityHashMap<>();

    ReadinessTree(Composite parent, ElementImages images) {
        this.images = images;
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        viewer.setComparer(new ByElement());
        viewer.setContentProvider(new Content());
        column(Messages.get("readiness.column.element"), 320, new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return elementText(o);
            }

            @Override
            public Image getImage(Object o) {
                return images.of(element(o));
            }

            @Override
            public Color getForeground(Object o) {
                return o instanceof NeedRow n && n.readiness().level() == ReadinessLevel.NOT_READY
                        ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED) : null;
            }
        });
        column(Messages.get("readiness.column.status"), 260, new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return statusText(o);
            }

            @Override
            public Image getImage(Object o) {
                return statusImage(o);
            }
        });
        column(Messages.get("readiness.column.path"), 520, new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return o instanceof ReasonRow r ? path(r.reason()) : "";
            }
        });
        viewer.setInput(this);
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(labels);
    }

    TreeViewer viewer() {
        return viewer;
    }

    /**
     * Shows a new result (null: nothing); keeps expanded rows expanded, expands the gaps of a first model. Only the
     * rows whose contents or texts changed are updated: the others keep their objects, so the viewer leaves them
     * alone. A row is kept only when its children all are, so the tree's structure comes from the new rows.
     */
    void show(AnalysisResult result, boolean firstOfModel) {
        Map<Object, Object> previous = new HashMap<>();
        flatten(rows).forEach(r -> previous.put(r, r));
        List<SegmentRow> next = result == null ? List.of() : rows(result, previous);
        List<Object> changed = new ArrayList<>();
        Map<Object, String> texts = new IdentityHashMap<>();
        for (Object r : flatten(next)) {
            if (previous.get(r) != r) {
                changed.add(r);
            }
            texts.put(r, texts(r));
        }
        rows = next;
        shownTexts = texts;
        viewer.getTree().setRedraw(false);
        try {
            viewer.update(changed.toArray(), null); // rows still shown take their new contents first
            viewer.refresh(false);
            if (firstOfModel) {
                viewer.expandToLevel(2);
                List<NeedRow> gaps = rows.stream().flatMap(s -> s.needs().stream())
                        .filter(n -> !n.reasons().isEmpty()).toList();
                if (gaps.stream().mapToInt(n -> n.reasons().size()).sum() <= EXPAND_LIMIT) {
                    gaps.forEach(n -> viewer.setExpandedState(n, true));
                }
            }
        } finally {
            viewer.getTree().setRedraw(true);
        }
    }

    private static List<Object> flatten(List<SegmentRow> segments) {
        List<Object> all = new ArrayList<>();
        for (SegmentRow s : segments) {
            all.add(s);
            for (NeedRow n : s.needs()) {
                all.add(n);
                all.addAll(n.reasons());
            }
        }
        return all;
    }

    /** What a row shows (an element renamed changes it, though the row's analysis result does not). */
    private static String texts(Object row) {
        return elementText(row) + '\n' + statusText(row) + '\n' + (row instanceof ReasonRow r ? path(r.reason()) : "");
    }

    /**
     * The row shown before in its place when it is equal, shows the same texts and holds the very same children;
     * else the new row.
     */
    @SuppressWarnings("unchecked")
    private <T> T reuse(T row, List<?> children, Map<Object, Object> previous) {
        Object old = previous.get(row);
        if (old == null || !texts(old).equals(shownTexts.get(old))) {
            return row;
        }
        List<?> oldChildren = old instanceof SegmentRow s ? s.needs() : old instanceof NeedRow n ? n.reasons() : List.of();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) != oldChildren.get(i)) {
                return row;
            }
        }
        return (T) old;
    }

    private List<SegmentRow> rows(AnalysisResult result, Map<Object, Object> previous) {
        List<SegmentRow> segments = new ArrayList<>();
        for (Coverage c : result.segments()) {
            List<NeedRow> needs = new ArrayList<>();
            for (NeedReadiness n : result.needs()) {
                if (n.segment() == c.segment()) {
                    List<ReasonRow> reasons = new ArrayList<>();
                    for (int i = 0; i < n.reasons().size(); i++) {
                        reasons.add(reuse(new ReasonRow(n.need(), i, n.reasons().get(i)), List.of(), previous));
                    }
                    needs.add(reuse(new NeedRow(n, List.copyOf(reasons)), reasons, previous));
                }
            }
            segments.add(reuse(new SegmentRow(c, List.copyOf(needs)), needs, previous));
        }
        return segments;
    }

    /** The model element a row stands for: what a double-click selects in the editors. */
    static EObject element(Object row) {
        if (row instanceof SegmentRow s) {
            return s.coverage().segment();
        }
        if (row instanceof NeedRow n) {
            return n.readiness().need();
        }
        return row instanceof ReasonRow r ? r.element() : null;
    }

    private static String elementText(Object row) {
        EObject element = element(row);
        return element == null ? Messages.get("readiness.noSegment") : Vocabulary.current().label(element);
    }

    static String statusText(Object row) {
        Language language = Language.current();
        if (row instanceof SegmentRow s) {
            return Messages.get("readiness.segment.figure", s.coverage().ready(), s.coverage().needs());
        }
        if (row instanceof NeedRow n) {
            String level = n.readiness().level().label(language);
            Integer from = n.readiness().readyFrom();
            return n.readiness().level().isReady() || from == null ? level
                    : level + Messages.get("readiness.readyFrom", Integer.toString(from));
        }
        if (row instanceof ReasonRow r) {
            return r.reason().cause().text(language, r.reason().arguments().toArray());
        }
        return "";
    }

    private static Image statusImage(Object row) {
        ReadinessLevel level = row instanceof NeedRow n ? n.readiness().level()
                : row instanceof ReasonRow r ? (r.reason().cause().blocks() ? ReadinessLevel.NOT_READY
                        : ReadinessLevel.ASSUMED) : null;
        if (level == null || level == ReadinessLevel.READY) {
            return null;
        }
        return PlatformUI.getWorkbench().getSharedImages().getImage(
                level == ReadinessLevel.NOT_READY ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
    }

    /** "Value proposition ← Key action ← Key resource", the need itself when the path is empty. */
    private static String path(Reason reason) {
        return reason.path().stream().map(Vocabulary.current()::label).collect(Collectors.joining(" \u2190 "));
    }

    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return rows.toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof SegmentRow s) {
                return s.needs().toArray();
            }
            return parent instanceof NeedRow n ? n.reasons().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    /** Rows are the same row when they stand for the same element (a reason: the same need and position). */
    private static final class ByElement implements IElementComparer {
        @Override
        public boolean equals(Object a, Object b) {
            return a.getClass() == b.getClass() && Objects.equals(key(a), key(b));
        }

        @Override
        public int hashCode(Object o) {
            return Objects.hashCode(key(o));
        }

        private static Object key(Object row) {
            if (row instanceof SegmentRow s) {
                Segment segment = s.coverage().segment();
                return segment == null ? SegmentRow.class : segment;
            }
            if (row instanceof NeedRow n) {
                return n.readiness().need();
            }
            return row instanceof ReasonRow r ? List.of(r.need(), r.index()) : row;
        }
    }
}

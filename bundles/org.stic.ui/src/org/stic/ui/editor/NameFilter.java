package org.stic.ui.editor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * The model editor's filter: keeps the elements whose label (the name, as the tree shows it) or type, in English or
 * in Russian, contains the text typed, ignoring case, and the ancestors of every such element, so each match shows
 * where it sits in the model. "key action" and «ключевое действие» both find the key actions.
 */
final class NameFilter extends ViewerFilter {

    private String text = "";
    /** Per element: whether it or anything below it matches; forgotten when the text or the model changes. */
    private final Map<Object, Boolean> inSubtree = new HashMap<>();

    /** Sets the text to find; true when it changed. */
    boolean setText(String newText) {
        String t = newText == null ? "" : newText.strip().toLowerCase(Locale.ROOT);
        if (t.equals(text)) {
            return false;
        }
        text = t;
        inSubtree.clear();
        return true;
    }

    boolean isActive() {
        return !text.isEmpty();
    }

    /** The model changed: what matched may not any more. */
    void modelChanged() {
        inSubtree.clear();
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (text.isEmpty()) {
            return true;
        }
        if (!(viewer instanceof org.eclipse.jface.viewers.StructuredViewer v)
                || !(v.getContentProvider() instanceof ITreeContentProvider content)) {
            return true;
        }
        return shows(element, content, (ILabelProvider) v.getLabelProvider());
    }

    private boolean shows(Object element, ITreeContentProvider content, ILabelProvider labels) {
        Boolean known = inSubtree.get(element);
        if (known != null) {
            return known;
        }
        boolean result = matches(element, labels);
        if (!result) {
            for (Object child : content.getChildren(element)) {
                if (shows(child, content, labels)) {
                    result = true;
                    break;
                }
            }
        }
        inSubtree.put(element, result);
        return result;
    }

    private boolean matches(Object element, ILabelProvider labels) {
        if (contains(labels.getText(element))) {
            return true;
        }
        if (element instanceof EObject e) {
            for (Language language : Language.values()) {
                if (contains(Vocabulary.of(language).type(e.eClass()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean contains(String label) {
        return label != null && label.toLowerCase(Locale.ROOT).contains(text);
    }
}

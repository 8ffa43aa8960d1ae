package org.stic.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * The Properties view pages one editor has handed out. The workbench asks an editor for a new page per Properties view,
 * so an editor may have several; each leaves this list when it is disposed, and all are refreshed after a command,
 * since a command changes values the pages show without selecting anything new.
 */
public final class PropertyPages {

    private final List<SticPropertySheetPage> pages = new ArrayList<>();
    private final Supplier<? extends IPropertySourceProvider> sources;
    private final EditorActions actions;

    /** Pages over the editor's property {@code sources} (asked for when a page is made), with its Undo/Redo. */
    public PropertyPages(Supplier<? extends IPropertySourceProvider> sources, EditorActions actions) {
        this.sources = sources;
        this.actions = actions;
    }

    /** A new page, kept until it is disposed. */
    public SticPropertySheetPage create() {
        SticPropertySheetPage page = new SticPropertySheetPage(sources.get(), actions, pages::remove);
        pages.add(page);
        return page;
    }

    /** Shows the current values on every page that has a control. */
    public void refreshAll() {
        for (SticPropertySheetPage page : List.copyOf(pages)) {
            if (page.getControl() != null && !page.getControl().isDisposed()) {
                page.refresh();
            }
        }
    }
}

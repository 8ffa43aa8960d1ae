package org.stic.ui.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.stic.ui.Messages;

/**
 * The page a tree editor shows instead of its tree when the file cannot be read: what it is, the reader's
 * {@code file:line:column} message (selectable, to copy), how to correct the file, and Reload.
 */
public final class ErrorPage {

    private final Composite page;
    private final Text message;

    public ErrorPage(Composite parent, String title, String hint, Runnable reload) {
        page = new Composite(parent, SWT.NONE);
        page.setLayout(GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).create());
        Label icon = new Label(page, SWT.NONE);
        icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
        Label titleLabel = new Label(page, SWT.WRAP);
        titleLabel.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(titleLabel);
        message = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(message);
        Label hintLabel = new Label(page, SWT.WRAP);
        hintLabel.setText(hint);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(hintLabel);
        Button button = new Button(page, SWT.PUSH);
        button.setText(Messages.get("action.reload"));
        GridDataFactory.swtDefaults().span(2, 1).applyTo(button);
        button.addListener(SWT.Selection, e -> reload.run());
    }

    public Control control() {
        return page;
    }

    public void setMessage(String text) {
        message.setText(text);
    }
}

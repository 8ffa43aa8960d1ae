package org.stic.ui.rules;

import java.nio.file.Path;

/**
 * An editor of one of a project's files (a rule file, an extension metamodel) that lets "try it at once"
 * ({@link TryItAtOnce}) take its text as the user sees it, saved or not. The rule editor is one; the extension
 * metamodel editor is another (its text is its resource serialised as the file would be saved).
 */
public interface UnsavedText {

    /** The file in the file system this editor edits, or null when it edits none. */
    Path projectFile();

    /** The file's text as it would be saved now. */
    String unsavedText();
}

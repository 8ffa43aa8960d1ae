package org.stic.ui.rules;

import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.stic.validation.OclCompletion;

/**
 * Colours of Complete OCL, one scanner per partition ({@link OclPartitions}): keywords in code, {@code --} comments
 * with the {@code -- @rule} comment standing out, block comments, strings.
 */
final class OclRuleScanner extends RuleBasedScanner {

    static final RGB KEYWORD = new RGB(127, 0, 85);
    static final RGB COMMENT = new RGB(63, 127, 95);
    static final RGB METADATA = new RGB(0, 90, 170);
    static final RGB STRING = new RGB(42, 0, 255);

    /** The start of a {@code -- @rule} comment, as the rule documents are read (OclDocumentRules). */
    private static final Pattern RULE_COMMENT = Pattern.compile("--\\s*@rule\\b");

    private OclRuleScanner() {
    }

    private static IToken token(RGB rgb, int style) {
        return new Token(new TextAttribute(new Color(Display.getCurrent(), rgb), null, style));
    }

    /** Code: keywords bold, other words plain. */
    static OclRuleScanner code() {
        OclRuleScanner s = new OclRuleScanner();
        IToken keyword = token(KEYWORD, SWT.BOLD);
        WordRule words = new WordRule(new IWordDetector() {
            @Override
            public boolean isWordStart(char c) {
                return Character.isJavaIdentifierStart(c);
            }

            @Override
            public boolean isWordPart(char c) {
                return Character.isJavaIdentifierPart(c);
            }
        }, new Token(null));
        OclCompletion.KEYWORDS.forEach(k -> words.addWord(k, keyword));
        s.setRules(new IRule[] {new WhitespaceRule(Character::isWhitespace), words});
        return s;
    }

    /**
     * A {@code --} comment, in one colour; the {@code -- @rule} metadata comment in its own, only where the rules
     * read it: a line that starts with it (a comment that mentions "-- @rule" further on is a plain comment).
     */
    static ITokenScanner lineComment() {
        IToken comment = token(COMMENT, SWT.NORMAL);
        IToken metadata = token(METADATA, SWT.BOLD);
        return new ITokenScanner() {
            private int offset;
            private int length;
            private IToken token;

            @Override
            public void setRange(IDocument document, int offset, int length) {
                this.offset = offset;
                this.length = length;
                token = comment;
                try {
                    IRegion line = document.getLineInformationOfOffset(offset);
                    String before = document.get(line.getOffset(), offset - line.getOffset());
                    if (before.isBlank() && RULE_COMMENT.matcher(document.get(offset, length)).lookingAt()) {
                        token = metadata;
                    }
                } catch (BadLocationException e) {
                    // the range is the document's own: it is there
                }
            }

            @Override
            public IToken nextToken() {
                // the whole range is one token, then the end
                IToken result = length > 0 ? token : Token.EOF;
                token = Token.EOF;
                return result;
            }

            @Override
            public int getTokenOffset() {
                return offset;
            }

            @Override
            public int getTokenLength() {
                return length;
            }
        };
    }

    /** A partition in one colour: a block comment, a string. */
    static OclRuleScanner plain(RGB rgb) {
        OclRuleScanner s = new OclRuleScanner();
        s.setDefaultReturnToken(token(rgb, SWT.NORMAL));
        return s;
    }
}

package org.stic.ui.rules;

import java.util.List;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** Colours of Complete OCL: keywords, {@code --} comments, the {@code -- @rule} comment, strings. */
final class OclRuleScanner extends RuleBasedScanner {

    static final List<String> KEYWORDS = List.of("package", "endpackage", "context", "inv", "def", "pre", "post",
            "body", "derive", "init", "import", "let", "in", "if", "then", "else", "endif", "and", "or", "xor", "not",
            "implies", "self", "true", "false", "null", "invalid", "oclIsUndefined", "oclIsKindOf", "oclIsTypeOf",
            "oclAsType");

    OclRuleScanner() {
        Display d = Display.getCurrent();
        IToken keyword = new Token(new TextAttribute(new Color(d, new RGB(127, 0, 85)), null, SWT.BOLD));
        IToken comment = new Token(new TextAttribute(new Color(d, new RGB(63, 127, 95))));
        IToken metadata = new Token(new TextAttribute(new Color(d, new RGB(0, 90, 170)), null, SWT.BOLD));
        IToken string = new Token(new TextAttribute(new Color(d, new RGB(42, 0, 255))));
        IToken other = new Token(null);
        WordRule words = new WordRule(new IWordDetector() {
            @Override
            public boolean isWordStart(char c) {
                return Character.isJavaIdentifierStart(c);
            }

            @Override
            public boolean isWordPart(char c) {
                return Character.isJavaIdentifierPart(c);
            }
        }, other);
        KEYWORDS.forEach(k -> words.addWord(k, keyword));
        setRules(new IRule[] {new EndOfLineRule("-- @rule", metadata), new EndOfLineRule("--@rule", metadata),
                new EndOfLineRule("--", comment), new MultiLineRule("/*", "*/", comment),
                new SingleLineRule("'", "'", string, '\\'), new WhitespaceRule(Character::isWhitespace), words});
    }
}

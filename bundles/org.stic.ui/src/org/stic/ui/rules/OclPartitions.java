package org.stic.ui.rules;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * The partitions of a Complete OCL document: {@code --} comments, {@code /* ... *&#47;} comments and strings, the
 * rest being code. A comment opened or closed while typing changes the partitions up to where the comment now ends,
 * and the presentation reconciler repaints that whole range (a line-by-line scanner repaints only the typed line,
 * leaving the lines below in their old colours until the next redraw).
 */
final class OclPartitions {

    static final String PARTITIONING = "org.stic.ui.rules.partitioning";
    static final String LINE_COMMENT = "__ocl_line_comment";
    static final String BLOCK_COMMENT = "__ocl_block_comment";
    static final String STRING = "__ocl_string";
    static final String[] CONTENT_TYPES = {IDocument.DEFAULT_CONTENT_TYPE, LINE_COMMENT, BLOCK_COMMENT, STRING};

    private OclPartitions() {
    }

    /** Gives the document its OCL partitioning unless it has it (file buffers share one document among editors). */
    static void connect(IDocument document) {
        if (document instanceof IDocumentExtension3 d && d.getDocumentPartitioner(PARTITIONING) == null) {
            FastPartitioner partitioner = new FastPartitioner(scanner(),
                    new String[] {LINE_COMMENT, BLOCK_COMMENT, STRING});
            d.setDocumentPartitioner(PARTITIONING, partitioner);
            partitioner.connect(document);
        }
    }

    private static RuleBasedPartitionScanner scanner() {
        RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
        scanner.setPredicateRules(new IPredicateRule[] {new EndOfLineRule("--", new Token(LINE_COMMENT)),
                // an unclosed comment runs to the end of the document, as OCL reads it
                new MultiLineRule("/*", "*/", new Token(BLOCK_COMMENT), (char) 0, true),
                new SingleLineRule("'", "'", new Token(STRING), '\\')});
        return scanner;
    }
}

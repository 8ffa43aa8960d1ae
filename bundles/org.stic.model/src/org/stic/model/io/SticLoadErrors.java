package org.stic.model.io;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.stic.SticPackage;
import org.stic.model.migration.MetamodelHistory;
import org.stic.model.nls.Messages;
import org.xml.sax.SAXParseException;

/**
 * Turns whatever stopped a load (a SAX parse error, an EMF XMI problem, one of our own checks) into a
 * {@link ModelLoadException} with a plain sentence and the best position known. Runs only on the failure path, so it
 * may re-read the file to tell binary data, a wrong encoding or a refused DOCTYPE from ordinary malformed XML.
 */
final class SticLoadErrors {

    /** nsURIs of all STIC metamodel versions, past and future: {@code http://www.stic.org/stic/<major>.<minor>}. */
    private static final Pattern STIC_NS_URI = Pattern.compile("http://www\\.stic\\.org/stic/(\\d+)\\.(\\d+)");
    private static final Pattern DECLARED_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final int SNIFF_BYTES = 1024;

    static ModelLoadException translate(Path file, Throwable failure) {
        if (failure instanceof NoSuchFileException) {
            return new ModelLoadException(file, 0, 0, Messages.get("load.noFile"), failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SticResource.Abort abort) {
                XMIException problem = abort.problem;
                if (problem.getCause() instanceof SAXParseException syntax) {
                    return fromSyntax(file, syntax);
                }
                String sentence = abort.sentence != null ? abort.sentence : sentence(problem);
                return new ModelLoadException(file, problem.getLine(), problem.getColumn(), sentence, failure,
                        problem instanceof PackageNotFoundException p ? p.uri() : null);
            }
            if (t instanceof SAXParseException syntax) {
                return fromSyntax(file, syntax);
            }
            // the JDK parser reports undecodable bytes as an I/O error without a position
            if (t instanceof CharConversionException) {
                return fromSyntax(file, new SAXParseException(t.getMessage(), null, null, 0, 0));
            }
        }
        return new ModelLoadException(file, 0, 0, Messages.get("load.unreadable", failure.getMessage()), failure);
    }

    /**
     * "a Participant", "an ExternalContour" (also of an earlier STIC version); classes of other metamodels also name
     * their namespace. The class is named as the file names it: the vocabulary sits above this bundle.
     */
    static String describe(EClass eClass) {
        String name = eClass.getName();
        boolean vowel = "AEIOU".indexOf(Character.toUpperCase(name.charAt(0))) >= 0;
        boolean stic = eClass.getEPackage() == SticPackage.eINSTANCE
                || MetamodelHistory.packageOf(eClass.getEPackage().getNsURI()) == eClass.getEPackage();
        return stic
                ? Messages.get(vowel ? "load.classVowel" : "load.class", name)
                : Messages.get(vowel ? "load.foreignClassVowel" : "load.foreignClass", name, eClass.getEPackage().getNsURI());
    }

    /** The sentence for a namespace that no registered package has. */
    static String unknownNamespace(String nsUri) {
        if (nsUri == null || nsUri.isEmpty()) {
            return Messages.get("load.noNamespace", SticPackage.eNS_URI);
        }
        Matcher found = STIC_NS_URI.matcher(nsUri);
        Matcher current = STIC_NS_URI.matcher(SticPackage.eNS_URI);
        if (found.matches() && current.matches()) {
            String version = found.group(1) + "." + found.group(2);
            String ours = current.group(1) + "." + current.group(2);
            int byMajor = Integer.compare(Integer.parseInt(found.group(1)), Integer.parseInt(current.group(1)));
            int order = byMajor != 0 ? byMajor
                    : Integer.compare(Integer.parseInt(found.group(2)), Integer.parseInt(current.group(2)));
            if (order > 0) {
                return Messages.get("load.newerVersion", version, ours);
            }
            return Messages.get("load.oldVersion", version);
        }
        return Messages.get("load.unknownNamespace", nsUri, SticPackage.eNS_URI);
    }

    private static String sentence(XMIException problem) {
        if (problem instanceof PackageNotFoundException p) {
            return unknownNamespace(p.uri());
        }
        if (problem instanceof ClassNotFoundException c) {
            return Messages.get("load.noClass", c.getName());
        }
        if (problem instanceof FeatureNotFoundException f) {
            EObject owner = f.getObject();
            return Messages.get("load.noFeature", f.getName(),
                    owner == null ? Messages.get("load.thisElement") : describe(owner.eClass()));
        }
        if (problem instanceof UnresolvedReferenceException u) {
            return u.getFeature() == null ? Messages.get("load.danglingReference", u.getReference())
                    : Messages.get("load.danglingFeature", u.getFeature().getName(), u.getReference());
        }
        if (problem instanceof IllegalValueException v) {
            return Messages.get("load.badValue", v.getValue(), v.getFeature().getName());
        }
        Throwable cause = problem.getCause();
        return Messages.get("load.notSticModel",
                cause != null && cause.getMessage() != null ? cause.getMessage() : withoutPosition(problem));
    }

    private static String withoutPosition(XMIException problem) {
        String message = problem.getMessage();
        int suffix = message.lastIndexOf(" (" + problem.getLocation() + ", ");
        return suffix > 0 ? message.substring(0, suffix) : message;
    }

    private static ModelLoadException fromSyntax(Path file, SAXParseException syntax) {
        Scan scan;
        try {
            scan = Scan.of(file);
        } catch (IOException e) {
            scan = new Scan();
        }
        if (scan.binary) {
            return new ModelLoadException(file, 1, 1, Messages.get("load.binary"), syntax);
        }
        if (scan.badLine > 0) {
            return new ModelLoadException(file, scan.badLine, scan.badColumn, Messages.get("load.notUtf8"), syntax);
        }
        int line = syntax.getLineNumber();
        int column = syntax.getColumnNumber();
        if (scan.doctype) {
            return new ModelLoadException(file, line, column, Messages.get("load.doctype"), syntax);
        }
        return new ModelLoadException(file, line, column, Messages.get("load.notXml", syntax.getMessage()), syntax);
    }

    /**
     * What the failure path needs to know of a file, found in one pass with fixed buffers: a file of any size (a
     * truncated gigabyte) costs the same few hundred kilobytes of memory.
     */
    private static final class Scan {
        private static final int BUFFER = 1 << 16;
        private static final String DOCTYPE = "<!DOCTYPE";

        /** Control characters in the first bytes. */
        boolean binary;
        /** Position of the first byte that is not UTF-8 (0 when none, or another encoding is declared). */
        int badLine;
        int badColumn;
        boolean doctype;

        static Scan of(Path file) throws IOException {
            Scan scan = new Scan();
            try (ReadableByteChannel channel = Files.newByteChannel(file)) {
                ByteBuffer in = ByteBuffer.allocate(BUFFER);
                CharBuffer out = CharBuffer.allocate(BUFFER);
                CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                boolean first = true;
                int line = 1;
                int column = 1;
                int matched = 0; // characters of "<!DOCTYPE" matched so far
                boolean end = false;
                while (!end) {
                    end = channel.read(in) < 0;
                    in.flip();
                    if (first) {
                        first = false;
                        scan.binary = isBinary(in);
                        if (scan.binary) {
                            return scan;
                        }
                        if (!declaresUtf8(in)) {
                            decoder.onMalformedInput(CodingErrorAction.REPLACE)
                                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
                        }
                    }
                    CoderResult result = decoder.decode(in, out, end);
                    out.flip();
                    for (int i = 0; i < out.length(); i++) {
                        char c = out.charAt(i);
                        if (c == '\n') {
                            line++;
                            column = 1;
                        } else {
                            column++;
                        }
                        matched = c == DOCTYPE.charAt(matched) ? matched + 1 : c == '<' ? 1 : 0;
                        if (matched == DOCTYPE.length()) {
                            scan.doctype = true;
                            matched = 0;
                        }
                    }
                    out.clear();
                    if (result.isError()) {
                        scan.badLine = line;
                        scan.badColumn = column;
                        return scan;
                    }
                    in.compact();
                }
            }
            return scan;
        }

        /** Control characters other than tab, line feed and carriage return in the first bytes mean binary data. */
        private static boolean isBinary(ByteBuffer bytes) {
            int n = Math.min(bytes.remaining(), SNIFF_BYTES);
            for (int i = 0; i < n; i++) {
                int b = bytes.get(bytes.position() + i) & 0xff;
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                    return true;
                }
            }
            return false;
        }

        /** False when the XML declaration names another encoding: then bytes that are not UTF-8 are no news. */
        private static boolean declaresUtf8(ByteBuffer bytes) {
            byte[] head = new byte[Math.min(bytes.remaining(), SNIFF_BYTES)];
            bytes.get(bytes.position(), head);
            Matcher declared = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
            return !declared.find() || declared.group(1).equalsIgnoreCase("UTF-8");
        }
    }

    private SticLoadErrors() {
    }
}

package org.stic.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Where an element stands in its {@code .stic} file. EMF keeps no positions after loading, but every element
 * carries a unique {@code xmi:id} (a UUID), so one pass over the file's text finds the line and column of each
 * element's start tag without a second XML parse.
 */
final class ElementLocator {

    /** Line and column (1-based) of the attribute {@code xmi:id}; 0 when unknown. */
    record Position(int line, int column) {
        static final Position UNKNOWN = new Position(0, 0);
    }

    private static final Pattern ID = Pattern.compile("\\bxmi:id=\"([^\"]+)\"");

    private final Map<String, Position> byId;

    private ElementLocator(Map<String, Position> byId) {
        this.byId = byId;
    }

    static ElementLocator of(Path file) {
        Map<String, Position> byId = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.indexOf("xmi:id") < 0) {
                    continue;
                }
                Matcher m = ID.matcher(line);
                while (m.find()) {
                    int tag = line.lastIndexOf('<', m.start());
                    byId.putIfAbsent(m.group(1), new Position(n, (tag < 0 ? m.start() : tag) + 1));
                }
            }
        } catch (IOException e) {
            // the file loaded a moment ago; if it cannot be read again, findings simply carry no position
        }
        return new ElementLocator(byId);
    }

    Position positionOf(EObject element) {
        Resource resource = element.eResource();
        if (resource == null) {
            return Position.UNKNOWN;
        }
        return byId.getOrDefault(resource.getURIFragment(element), Position.UNKNOWN);
    }
}

package org.stic.tests.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The finding badges of a diagram exported as SVG, read back with an XML parser: each badge is a group of class
 * {@code decoration <severity>} naming its model element by id ({@code data-element}) and its findings in its
 * title, one line each ({@code <severity> <rule id>: <message>}).
 */
public final class SvgBadges {

    /** One finding of a badge: the element's id in its model, the rule and the severity the line gives. */
    public record Badge(String elementId, String ruleId, String severity) {
    }

    private static final Pattern LINE = Pattern.compile("^(\\S+) ([A-Z]+-\\d{3}): ", Pattern.MULTILINE);

    private SvgBadges() {
    }

    /** Every finding of every badge of {@code svg} (one SVG document), in document order. */
    public static List<Badge> read(String svg) throws IOException {
        org.w3c.dom.Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not well-formed SVG: " + e.getMessage(), e);
        }
        List<Badge> badges = new ArrayList<>();
        NodeList groups = document.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").startsWith("decoration ")) {
                NodeList titles = g.getElementsByTagName("title");
                Matcher line = LINE.matcher(titles.getLength() == 0 ? "" : titles.item(0).getTextContent());
                while (line.find()) {
                    badges.add(new Badge(g.getAttribute("data-element"), line.group(2), line.group(1)));
                }
            }
        }
        return badges;
    }
}

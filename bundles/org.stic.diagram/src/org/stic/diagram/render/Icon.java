package org.stic.diagram.render;

import java.awt.image.BufferedImage;

/** A type icon: its name (the EClass), the PNG bytes (for SVG) and the decoded image (for PNG, PDF, SWT). */
public record Icon(String name, byte[] png, BufferedImage image) {
}

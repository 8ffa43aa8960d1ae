package org.stic.diagram.scene;

/** A point in diagram coordinates. */
public record Point(double x, double y) {
}

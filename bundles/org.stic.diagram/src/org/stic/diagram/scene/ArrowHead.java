package org.stic.diagram.scene;

/** Edge end markers. */
public enum ArrowHead {
    NONE, FILLED, OPEN, DIAMOND
}

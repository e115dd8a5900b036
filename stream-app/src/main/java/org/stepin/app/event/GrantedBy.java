package org.stepin.app.event;

/** Who gave consent. */
public enum GrantedBy {
    /** The young person. */
    YOUTH,
    /** A parent or guardian. */
    GUARDIAN
}

package org.incidentworkbench.ui.logs;

/**
 * Told how the record window moved, so the table can keep the rows on screen still (the list
 * changes alone do not say which rows the user was looking at).
 */
interface WindowListener {

    WindowListener NONE = new WindowListener() { };

    /** The window is about to slide: the table notes the row it shows on top. */
    default void sliding() {
    }

    /** The window slid: {@code rowsAbove} rows were added above its old first row (negative: dropped there). */
    default void shifted(int rowsAbove) {
    }

    /** The window was read afresh at the start of the result. */
    default void movedToStart() {
    }

    /** The window was read afresh at the end of the result. */
    default void movedToEnd() {
    }
}

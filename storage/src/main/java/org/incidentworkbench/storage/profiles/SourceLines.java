package org.incidentworkbench.storage.profiles;

import java.util.List;

/**
 * Where a template's text sits in its profile file: the file line of each of its pieces. SQL
 * written as an array of strings has one piece per element (joined by newlines); SQL written as
 * one string is one piece on one line, since a JSON string cannot span lines.
 */
public record SourceLines(List<Piece> pieces) {

    /** The piece of text starting at {@code offset} in the template, written on file line {@code line}. */
    public record Piece(int offset, int line) {
    }

    public SourceLines {
        pieces = List.copyOf(pieces);
    }

    public int firstLine() {
        return pieces.get(0).line();
    }

    /** The file line holding template offset {@code offset}; the first line for -1 (outside the template). */
    public int lineAt(int offset) {
        int line = firstLine();
        for (Piece p : pieces) {
            if (p.offset() <= offset) {
                line = p.line();
            }
        }
        return line;
    }
}

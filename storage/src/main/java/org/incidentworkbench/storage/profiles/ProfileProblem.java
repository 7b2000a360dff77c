package org.incidentworkbench.storage.profiles;

/**
 * One thing wrong with a source profile, said where it is: the profile's name and file, the part
 * (a relation, "session", or none for the whole file), the file line and, for malformed JSON, the
 * column. Reads as {@code profile "mine" (/home/u/.config/incident-workbench/profiles/mine.json),
 * log_records, line 23: column "lvl" does not exist}.
 *
 * @param part null when the problem is with the whole profile
 * @param line 0 when no line applies
 * @param column 0 when no column applies
 */
public record ProfileProblem(String profile, String origin, String part, int line, int column, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("profile \"").append(profile).append("\" (").append(origin).append(')');
        if (part != null) {
            s.append(", ").append(part);
        }
        if (line > 0) {
            s.append(", line ").append(line);
        }
        if (column > 0) {
            s.append(", column ").append(column);
        }
        return s.append(": ").append(message).toString();
    }
}

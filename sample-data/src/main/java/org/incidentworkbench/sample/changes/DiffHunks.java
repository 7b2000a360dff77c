package org.incidentworkbench.sample.changes;

/**
 * Unified diffs as {@code git show} prints them. A hunk body is written as its lines prefixed with
 * ' ' (context), '-' (removed) or '+' (added); the headers and line counts are derived from it.
 */
public final class DiffHunks {

    private DiffHunks() {
    }

    /** A change to an existing file: one hunk starting at {@code firstLine}, under {@code section} (may be empty). */
    public static String modify(String path, int firstLine, String section, String body) {
        String text = body.endsWith("\n") ? body : body + "\n";
        int old = 0;
        int now = 0;
        for (String line : text.split("\n")) {
            char c = line.isEmpty() ? ' ' : line.charAt(0);
            old += c == '+' ? 0 : 1;
            now += c == '-' ? 0 : 1;
        }
        return "diff --git a/" + path + " b/" + path + "\n"
                + "index " + blob(path + "old" + text) + ".." + blob(path + "new" + text) + " 100644\n"
                + "--- a/" + path + "\n+++ b/" + path + "\n"
                + "@@ -" + firstLine + "," + old + " +" + firstLine + "," + now + " @@"
                + (section.isEmpty() ? "" : " " + section) + "\n" + text;
    }

    /** A new file with {@code content}. */
    public static String create(String path, String content) {
        String text = content.endsWith("\n") ? content : content + "\n";
        String[] lines = text.split("\n");
        StringBuilder out = new StringBuilder("diff --git a/" + path + " b/" + path + "\n"
                + "new file mode 100644\nindex 0000000.." + blob(path + text) + "\n"
                + "--- /dev/null\n+++ b/" + path + "\n@@ -0,0 +1," + lines.length + " @@\n");
        for (String line : lines) {
            out.append('+').append(line).append('\n');
        }
        return out.toString();
    }

    /** A short blob id derived from the content, so the same diff always shows the same ids. */
    private static String blob(String content) {
        return String.format("%07x", content.hashCode() & 0xfffffff);
    }
}

package org.incidentworkbench.app;

import java.sql.DriverManager;
import java.util.Arrays;

/**
 * {@code workbench} with the size of every file it writes capped at {@code args[0]} bytes, as a full
 * disk caps it, but without needing one (or root to mount one): {@code RLIMIT_FSIZE}, under which
 * a write past the cap fails with {@code EFBIG} (the JVM ignores the {@code SIGXFSZ} that comes with it).
 */
final class FileSizeLimitedWorkbench {

    private FileSizeLimitedWorkbench() {
    }

    public static void main(String[] args) throws Exception {
        // DuckDB unpacks its 60 MB native library to a temporary file when first used: before the cap.
        DriverManager.getConnection("jdbc:duckdb:").close();
        String bytes = args[0];
        Process limit = new ProcessBuilder("prlimit", "--pid", Long.toString(ProcessHandle.current().pid()),
                "--fsize=" + bytes + ":" + bytes).inheritIO().start();
        if (limit.waitFor() != 0) {
            throw new IllegalStateException("prlimit could not cap the file size");
        }
        Main.main(Arrays.copyOfRange(args, 1, args.length));
    }
}

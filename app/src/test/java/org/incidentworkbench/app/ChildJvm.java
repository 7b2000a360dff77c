package org.incidentworkbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM on this test run's classpath running one main class, for what a test must not do to its
 * own JVM: kill it mid-write, cap the size of the files it may write, take away root's right to
 * write anywhere. {@code prefix} is the command that runs the JVM (e.g. {@code setpriv …}), if any.
 */
final class ChildJvm {

    /** Far more than a child here needs; a child still running then is stuck, and killed. */
    private static final long TIMEOUT_SECONDS = 60;

    private ChildJvm() {
    }

    /** Starts {@code main} with {@code home} as its user's home (the app's state goes there); stderr goes to a file there. */
    static Process start(List<String> prefix, Path home, Class<?> main, String... args) throws IOException {
        return command(prefix, home, main, args).start();
    }

    /** Runs {@code main} to its end: its exit code and what it printed. */
    static Run run(List<String> prefix, Path home, Class<?> main, String... args) throws IOException, InterruptedException {
        Process p = command(prefix, home, main, args).redirectOutput(home.resolve("stdout.txt").toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(main.getSimpleName() + " ran for more than " + TIMEOUT_SECONDS + " s");
        }
        return new Run(p.exitValue(), Files.readString(home.resolve("stdout.txt")), Files.readString(home.resolve("stderr.txt")));
    }

    private static ProcessBuilder command(List<String> prefix, Path home, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(Files.createDirectories(home).resolve("stderr.txt").toFile());
    }
}

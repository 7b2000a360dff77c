package org.incidentworkbench.storage.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The read sessions of one live source that finished their read cleanly, kept for the next reads.
 * Opening a session costs both sides a few milliseconds of CPU (a server process, authentication,
 * the driver's set-up), which an export's thirty reads or a workspace's refreshes would otherwise
 * pay each time. At most {@value #MAX_IDLE} wait, none used after {@value #MAX_IDLE_SECONDS} s idle,
 * and a session is checked alive (one round trip) before it is handed out: the server may have
 * ended it meanwhile.
 */
final class SessionPool {

    static final int MAX_IDLE = 4;
    static final long MAX_IDLE_SECONDS = 30;
    private static final int CHECK_SECONDS = 5;

    private record Idle(Connection session, long sinceNanos) {
    }

    private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    /** The most recently used idle session still fresh and alive, or null when there is none. */
    Connection take() throws SQLException {
        for (Idle i = idle.pollFirst(); i != null; i = idle.pollFirst()) {
            if (System.nanoTime() - i.sinceNanos() < MAX_IDLE_SECONDS * 1_000_000_000L
                    && i.session().isValid(CHECK_SECONDS)) {
                return i.session();
            }
            closeQuietly(i.session());
        }
        return null;
    }

    /**
     * Keeps {@code session}, whose read ended cleanly, for another; {@code cancelled} says whether
     * the read was cancelled, in which case a cancel request may still reach the server and hit the
     * next statement, so the session is closed instead.
     */
    void giveBack(Connection session, boolean cancelled) {
        try {
            session.rollback(); // ends the read's transaction and its snapshot of the data
        } catch (SQLException e) {
            closeQuietly(session);
            return;
        }
        if (cancelled || closed || idle.size() >= MAX_IDLE) {
            closeQuietly(session);
            return;
        }
        idle.offerFirst(new Idle(session, System.nanoTime()));
        if (closed) { // closed meanwhile: the close may have missed it
            drain();
        }
    }

    /** Closes the idle sessions; sessions given back later are closed. */
    void close() {
        closed = true;
        drain();
    }

    private void drain() {
        for (Idle i = idle.pollFirst(); i != null; i = idle.pollFirst()) {
            closeQuietly(i.session());
        }
    }

    static void closeQuietly(Connection session) {
        try {
            session.close();
        } catch (SQLException ignored) {
            // a broken session: nothing of it is kept
        }
    }
}

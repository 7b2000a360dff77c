package org.incidentworkbench.storage.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of a server that drops each connection once a byte budget (both directions
 * together) is spent: the connection dies at an arbitrary point of the protocol, as on a flaky
 * network. The budget applies to connections accepted after it is set.
 */
final class CuttingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int serverPort;
    private volatile long budget = Long.MAX_VALUE;

    CuttingProxy(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::acceptLoop);
    }

    int port() {
        return listener.getLocalPort();
    }

    void budget(long bytes) {
        budget = bytes;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                AtomicLong left = new AtomicLong(budget);
                Thread.ofVirtual().start(() -> pump(client, server, left));
                Thread.ofVirtual().start(() -> pump(server, client, left));
            } catch (IOException e) {
                // closed, or the server refused: the client sees its connection fail
            }
        }
    }

    private static void pump(Socket from, Socket to, AtomicLong left) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                long allowed = Math.min(n, Math.max(0, left.getAndAdd(-n)));
                out.write(buffer, 0, (int) allowed);
                out.flush();
                if (allowed < n) {
                    break;
                }
            }
        } catch (IOException e) {
            // the other side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}

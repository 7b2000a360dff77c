package org.incidentworkbench.storage.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.duckdb.RowBatches;

/**
 * Runs a streamed read on its own thread and hands its rows, in batches, to whoever takes them
 * ({@link #next}). A read pulls rows from its engine a batch at a time and the engine waits while
 * the caller works through one; with the pipe, the engine produces the next rows while the writer
 * stores the last, and several pipes started together keep the engine busy with the next table's
 * query (which may sort before its first row) while the caller takes the first. At most
 * {@value #IN_FLIGHT} batches of {@value #BATCH} rows wait, so memory stays constant.
 */
final class RowPipe implements RowBatches, AutoCloseable {

    static final int BATCH = 1024;
    static final int IN_FLIGHT = 4;

    /** Put after the last batch; every batch before it holds rows. */
    private static final List<Object[]> END = List.of();

    /** A read that hands each row to {@code rows}, stopping once {@code cancel} is cancelled. */
    @FunctionalInterface
    interface Read {
        void run(Consumer<Object[]> rows, Cancellation cancel);
    }

    private final Cancellation stop = Cancellation.create();
    private final Cancellation cancel;
    private final Cancellation.Registration forward;
    private final BlockingQueue<List<Object[]>> queue = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final Thread reader;
    private volatile RuntimeException failure;
    private boolean joined;
    private boolean delivered;

    private RowPipe(Read read, Cancellation cancel) {
        this.cancel = cancel;
        forward = cancel.onCancel(stop::cancel);
        reader = Thread.ofPlatform().name("export-read").daemon().start(() -> {
            List<Object[]> batch = new ArrayList<>(BATCH);
            try {
                read.run(row -> {
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        put(queue, List.copyOf(batch), stop);
                        batch.clear();
                    }
                }, stop);
                if (!batch.isEmpty()) {
                    put(queue, List.copyOf(batch), stop);
                }
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                queue.offer(END); // when the queue is full the consumer sees the reader end instead
            }
        });
    }

    /**
     * Starts {@code read} on its own thread at once, so the source works on it (plans, sorts,
     * produces its first rows) while the caller does other work; {@link #next} then takes the rows.
     * Close it in any case: closing a pipe before its last row stops the read.
     */
    static RowPipe start(Read read, Cancellation cancel) {
        return new RowPipe(read, cancel);
    }

    /**
     * The next batch of the read's rows, in order; empty once it has delivered its last, and the
     * pipe is then closed. Rethrows the read's failure, or the cancel, instead of ending.
     */
    @Override
    public List<Object[]> next() {
        if (!delivered) {
            List<Object[]> batch = next(queue, reader);
            if (batch != END) {
                return batch;
            }
            delivered = true;
            close();
        }
        if (failure != null) {
            throw failure;
        }
        cancel.throwIfCancelled();
        return List.of();
    }

    /** Stops the read unless it has delivered its last row, and waits for its thread to end. */
    @Override
    public void close() {
        if (joined) {
            return;
        }
        joined = true;
        if (!delivered && !queue.contains(END) && reader.isAlive()) {
            stop.cancel();
        }
        forward.close();
        join(reader, stop);
    }

    private static void put(BlockingQueue<List<Object[]>> queue, List<Object[]> batch, Cancellation stop) {
        try {
            while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                stop.throwIfCancelled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadCancelledException();
        }
    }

    /** The next batch, or {@link #END} once the reader has ended and left nothing more. */
    private static List<Object[]> next(BlockingQueue<List<Object[]>> queue, Thread reader) {
        try {
            while (true) {
                List<Object[]> batch = queue.poll(50, TimeUnit.MILLISECONDS);
                if (batch != null) {
                    return batch;
                }
                if (!reader.isAlive() && queue.isEmpty()) {
                    return END;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadCancelledException();
        }
    }

    private static void join(Thread reader, Cancellation stop) {
        // A cancelled read ends within one poll of its queue (put) or on the engine's cancel.
        try {
            reader.join();
        } catch (InterruptedException e) {
            stop.cancel();
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted while the export was reading", e);
        }
    }
}

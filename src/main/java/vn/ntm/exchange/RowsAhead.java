package vn.ntm.exchange;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A sheet's rows read on a thread of their own, a chunk or two ahead of the writer: the XML of a national sheet
 * takes seconds to parse, and that time now passes while the database stores the chunk before. Reading touches no
 * database and no one's scope. A failure of the file (a row that names no issued unit...) reaches the writer where
 * its chunk would have come, as it is thrown.
 */
final class RowsAhead implements AutoCloseable {

    private static final Object END = new Object();

    /** Two chunks waiting at most: a chunk of a national sheet holds some 57,000 cells. */
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);

    private final Thread thread;
    private volatile boolean stopped;
    private boolean ended;

    RowsAhead(ExchangeFile file, int chunkRows) {
        thread = new Thread(() -> read(file, chunkRows), "exchange-rows-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next chunk of rows in the sheet's order, or null after the last. */
    @SuppressWarnings("unchecked")
    List<ExchangeFile.SheetRow> next() {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sheet was read", e);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        if (item instanceof Error e) {
            ended = true;
            throw e;
        }
        return (List<ExchangeFile.SheetRow>) item;
    }

    /** Stops the reading (the writer failed or is done) and waits for it, so the file can be closed. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(ExchangeFile file, int chunkRows) {
        Object last = END;
        try {
            Chunker chunker = new Chunker(chunkRows, this::put);
            file.rows(chunker);
            chunker.finish();
        } catch (Stopped e) {
            return;
        } catch (RuntimeException | Error e) {
            last = e;
        }
        try {
            put(last);
        } catch (Stopped e) {
            // the writer is gone: no one waits for the end
        }
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** Unwinds the reader's SAX parse when the writer has stopped. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}

package vn.ntm.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The parts of a kept upload (workbook, preview, digests, report) in table {@code exchange_preview_part} (V17), cut
 * in chunks of a mebibyte: written and read as streams, so a 50 MB workbook never sits in memory whole, and seen by
 * every instance of the application.
 */
final class PreviewParts {

    static final int CHUNK = 1 << 20;

    private final JdbcClient jdbc;

    PreviewParts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a part chunk by chunk as the stream fills (each chunk its own statement); complete once closed. */
    OutputStream writer(UUID token, String name) {
        return new OutputStream() {
            private final byte[] buffer = new byte[CHUNK];
            private int filled;
            private int seq;
            private boolean closed;

            @Override
            public void write(int b) {
                if (filled == CHUNK) {
                    flushChunk();
                }
                buffer[filled++] = (byte) b;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                while (length > 0) {
                    if (filled == CHUNK) {
                        flushChunk();
                    }
                    int n = Math.min(length, CHUNK - filled);
                    System.arraycopy(bytes, offset, buffer, filled, n);
                    filled += n;
                    offset += n;
                    length -= n;
                }
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    // an empty part still has its one (empty) chunk: it exists
                    if (filled > 0 || seq == 0) {
                        flushChunk();
                    }
                }
            }

            private void flushChunk() {
                byte[] content = Arrays.copyOf(buffer, filled);
                jdbc.sql("insert into exchange_preview_part (token, name, seq, content) values (?, ?, ?, ?)")
                        .params(token, name, seq++, content)
                        .update();
                filled = 0;
            }
        };
    }

    /** Reads a part chunk by chunk; empty when there is no such part. */
    Optional<InputStream> reader(UUID token, String name) {
        Optional<byte[]> first = chunk(token, name, 0);
        return first.map(bytes -> new InputStream() {
            private byte[] chunk = bytes;
            private int position;
            private int seq;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                while (chunk != null && position == chunk.length) {
                    chunk = chunk(token, name, ++seq).orElse(null);
                    position = 0;
                }
                if (chunk == null) {
                    return -1;
                }
                int n = Math.min(length, chunk.length - position);
                System.arraycopy(chunk, position, into, offset, n);
                position += n;
                return n;
            }
        });
    }

    /** A small part (the preview's JSON) read in one statement, so a part replaced meanwhile is never mixed. */
    Optional<byte[]> whole(UUID token, String name) {
        List<byte[]> chunks = jdbc.sql(
                        "select content from exchange_preview_part where token = ? and name = ? order by seq")
                .params(token, name)
                .query((rs, n) -> rs.getBytes(1))
                .list();
        if (chunks.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        chunks.forEach(all::writeBytes);
        return Optional.of(all.toByteArray());
    }

    void delete(UUID token, String name) {
        jdbc.sql("delete from exchange_preview_part where token = ? and name = ?")
                .params(token, name)
                .update();
    }

    private Optional<byte[]> chunk(UUID token, String name, int seq) {
        return jdbc.sql("select content from exchange_preview_part where token = ? and name = ? and seq = ?")
                .params(token, name, seq)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }
}

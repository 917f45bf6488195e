package vn.ntm.exchange;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.errors.NotFoundException;

/**
 * Uploaded files between preview and apply, in a folder of their own keyed by a random token: the workbook, the
 * preview (JSON), the digest of the stored values it was previewed against, and the full report. Files older than
 * {@code ntm.exchange.keep} are removed at the next upload.
 */
@Component
@EnableConfigurationProperties(ExchangeProperties.class)
class PreviewStore {

    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final ExchangeProperties properties;
    private final Clock clock;

    PreviewStore(ExchangeProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Saves an upload under a new token; returns the token. */
    String receive(InputStream content) {
        String token = UUID.randomUUID().toString();
        try {
            Files.createDirectories(properties.folder());
            Files.copy(content, upload(token), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return token;
    }

    Path upload(String token) {
        return file(token, ".xlsx");
    }

    /** The report's lines; the workbook is built from them on download. */
    Path report(String token) {
        return file(token, "-report.lines");
    }

    void save(PreviewLines preview) {
        save(preview.token(), preview);
    }

    PreviewLines load(String token) {
        return load(token, PreviewLines.class);
    }

    /** Any preview record (values, catalog sheets) kept as JSON beside its upload. */
    void save(String token, Object preview) {
        write(file(token, ".json"), out -> JsonMapper.shared().writeValue(out, preview));
    }

    <T> T load(String token, Class<T> type) {
        Path json = file(token, ".json");
        if (!Files.exists(json)) {
            throw new NotFoundException("token", "exchange.error.previewNotFound");
        }
        try (InputStream in = Files.newInputStream(json)) {
            return JsonMapper.shared().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per unit, a digest of the versions of the values the file touches, as the preview saw them. */
    void saveDigests(String token, Map<Long, Long> digests) {
        write(file(token, ".digest"), out -> {
            try (DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out))) {
                data.writeInt(digests.size());
                for (Map.Entry<Long, Long> e : digests.entrySet()) {
                    data.writeLong(e.getKey());
                    data.writeLong(e.getValue());
                }
            }
        });
    }

    Map<Long, Long> digests(String token) {
        try (DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(
                Files.newInputStream(file(token, ".digest"))))) {
            int n = data.readInt();
            Map<Long, Long> digests = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                digests.put(data.readLong(), data.readLong());
            }
            return digests;
        } catch (IOException e) {
            throw new NotFoundException("token", "exchange.error.previewNotFound");
        }
    }

    /** The workbook is not needed once applied; the preview and report stay until they expire. */
    void forgetUpload(String token) {
        delete(upload(token));
    }

    void discard(String token) {
        for (String suffix : new String[] {".xlsx", ".json", ".digest", "-report.lines"}) {
            delete(file(token, suffix));
        }
    }

    /** Removes what has waited longer than allowed. */
    void expire() {
        Path folder = properties.folder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant limit = Instant.now(clock).minus(properties.keep());
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> modified(p).isBefore(limit)).forEach(PreviewStore::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String token, String suffix) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotFoundException("token", "exchange.error.previewNotFound");
        }
        return properties.folder().resolve(token + suffix);
    }

    private interface Writing {
        void to(java.io.OutputStream out) throws IOException;
    }

    private static void write(Path path, Writing writing) {
        try {
            Files.createDirectories(path.getParent());
            Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
            try (java.io.OutputStream out = Files.newOutputStream(temporary)) {
                writing.to(out);
            }
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Left for the next expiry run.
        }
    }
}

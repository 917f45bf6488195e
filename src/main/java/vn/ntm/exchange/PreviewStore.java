package vn.ntm.exchange;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.errors.NotFoundException;

/**
 * Uploaded files between preview and apply, keyed by a random token, in the database (tables
 * {@code exchange_preview} and its parts, V17) so that any instance of the application can show, report or apply
 * what another one received: the workbook, the preview (JSON), the digest of the stored values it was previewed
 * against, and the full report. The workbook is read from a local copy ({@code ntm.exchange.directory}, or a folder
 * of the system's temporary directory), made on first need by an instance that did not receive it; a token's
 * content never changes, so a copy is never stale. Everything {@code ntm.exchange.keep} after its last save is
 * removed at the next upload.
 */
@Component
@EnableConfigurationProperties(ExchangeProperties.class)
class PreviewStore {

    private static final Pattern TOKEN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** The first key of the advisory locks that keep one apply per token at a time, on every instance. */
    private static final int APPLYING = 0x4e544d;

    private final ExchangeProperties properties;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final PreviewParts parts;
    private final TransactionTemplate transaction;

    PreviewStore(ExchangeProperties properties, Clock clock, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.clock = clock;
        this.jdbc = jdbc;
        this.parts = new PreviewParts(jdbc);
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Saves an upload under a new token; returns the token. */
    String receive(InputStream content) {
        String token = UUID.randomUUID().toString();
        jdbc.sql("insert into exchange_preview (token, expires_at) values (?, ?)")
                .params(id(token), expiry())
                .update();
        Path local = local(token);
        try {
            Files.createDirectories(local.getParent());
            Path temporary = temporary(local);
            Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            try (OutputStream out = parts.writer(id(token), "upload")) {
                Files.copy(temporary, out);
            }
            Files.move(temporary, local, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            discard(token);
            throw new UncheckedIOException(e);
        }
        return token;
    }

    /** The workbook as a local file: this instance's copy, made from the database when it has none. */
    Path upload(String token) {
        Path local = local(token);
        if (Files.exists(local)) {
            return local;
        }
        InputStream stored = parts.reader(id(token), "upload")
                .orElseThrow(() -> new NotFoundException("token", "exchange.error.previewNotFound"));
        try (InputStream in = stored) {
            Files.createDirectories(local.getParent());
            Path temporary = temporary(local);
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, local, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's lines, written while the preview reads the sheet; the workbook is built from them on download. */
    OutputStream reportOutput(String token) {
        return parts.writer(id(token), "report");
    }

    InputStream reportInput(String token) {
        return parts.reader(id(token), "report")
                .orElseThrow(() -> new NotFoundException("token", "exchange.error.previewNotFound"));
    }

    void save(PreviewLines preview) {
        save(preview.token(), preview);
    }

    PreviewLines load(String token) {
        return load(token, PreviewLines.class);
    }

    /** Any preview record (values, catalog sheets) kept as JSON, replaced whole (readers see the old or the new). */
    void save(String token, Object preview) {
        UUID id = id(token);
        byte[] json = JsonMapper.shared().writeValueAsBytes(preview);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into exchange_preview (token, expires_at) values (?, ?)
                    on conflict (token) do update set expires_at = excluded.expires_at""").params(id, expiry()).update();
            parts.delete(id, "preview");
            try (OutputStream out = parts.writer(id, "preview")) {
                out.write(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    <T> T load(String token, Class<T> type) {
        byte[] json = parts.whole(id(token), "preview")
                .orElseThrow(() -> new NotFoundException("token", "exchange.error.previewNotFound"));
        return JsonMapper.shared().readValue(json, type);
    }

    /** Per unit, a digest of the versions of the values the file touches, as the preview saw them. */
    void saveDigests(String token, Map<Long, Long> digests) {
        try (DataOutputStream data =
                new DataOutputStream(new BufferedOutputStream(parts.writer(id(token), "digests"), 1 << 16))) {
            data.writeInt(digests.size());
            for (Map.Entry<Long, Long> e : digests.entrySet()) {
                data.writeLong(e.getKey());
                data.writeLong(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<Long, Long> digests(String token) {
        InputStream stored = parts.reader(id(token), "digests")
                .orElseThrow(() -> new NotFoundException("token", "exchange.error.previewNotFound"));
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(stored, 1 << 16))) {
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

    /**
     * Inside the apply's transaction: whether this caller may apply the token now. Another apply of the same token,
     * on any instance, holds the lock until its transaction ends (a killed one with its connection).
     */
    boolean lockForApply(String token) {
        return jdbc.sql("select pg_try_advisory_xact_lock(?, ?)")
                .params(APPLYING, id(token).hashCode())
                .query(Boolean.class)
                .single();
    }

    /** The workbook is not needed once applied; the preview and report stay until they expire. */
    void forgetUpload(String token) {
        parts.delete(id(token), "upload");
        delete(local(token));
    }

    void discard(String token) {
        jdbc.sql("delete from exchange_preview where token = ?")
                .param(id(token))
                .update();
        delete(local(token));
    }

    /** Removes what has waited longer than allowed: in the database, and this instance's local copies. */
    void expire() {
        jdbc.sql("delete from exchange_preview where expires_at < ?")
                .param(now())
                .update();
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

    private static UUID id(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotFoundException("token", "exchange.error.previewNotFound");
        }
        return UUID.fromString(token);
    }

    private Path local(String token) {
        return properties.folder().resolve(id(token) + ".xlsx");
    }

    /** Unique per writer: two requests copying the same workbook never write into one file. */
    private static Path temporary(Path local) {
        return local.resolveSibling(local.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    private OffsetDateTime expiry() {
        return now().plus(properties.keep());
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

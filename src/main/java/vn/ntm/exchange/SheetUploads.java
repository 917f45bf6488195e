package vn.ntm.exchange;

import java.io.InputStream;
import java.nio.file.Path;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.imports.ImportMode;
import vn.ntm.scope.CurrentScope;

/**
 * The life of an uploaded sheet, the same for every kind of row: the file is kept under a token (on this instance
 * and in the database, so any instance can apply it), a preview is planned from it without writing anything and
 * kept beside it; only its uploader sees it; it is applied once, all or nothing (refused while errors remain) or
 * the valid rows, reading the kept file again; then the file goes and the outcome stays until the preview expires.
 * What a row means, how it is checked and written, stays with the module that owns the rows.
 */
@Service
@NamedInterface("sheets")
public class SheetUploads {

    /** Plans the preview of a kept file. It reads, checks and compares; it writes nothing. */
    @FunctionalInterface
    public interface Planner<P extends SheetPreview> {
        P plan(String token, Path file);
    }

    private final PreviewStore store;
    private final CurrentScope scope;

    SheetUploads(PreviewStore store, CurrentScope scope) {
        this.store = store;
        this.scope = scope;
    }

    /** Keeps the file, plans its preview and keeps that too; on any error the file is let go and nothing stays. */
    public <P extends SheetPreview> P receive(InputStream content, Planner<P> planner) {
        store.expire();
        String token = store.receive(content);
        try {
            P preview = planner.plan(token, store.upload(token));
            store.save(token, preview);
            return preview;
        } catch (RuntimeException e) {
            store.discard(token);
            throw e;
        }
    }

    /** The caller's own preview under the token; another user's is refused. */
    public <P extends SheetPreview> P own(String token, Class<P> type) {
        P preview = store.load(token, type);
        if (!scope.username().equals(preview.username())) {
            throw new OutOfScopeException("exchange.error.notYours");
        }
        return preview;
    }

    /**
     * The mode an apply of the preview runs in ("all or nothing" when none is chosen): refused when the preview was
     * applied already, or when "all or nothing" is asked while {@code errors} rows or cells are refused (said with
     * {@code errorsKey}, which takes their number).
     */
    public ImportMode applicable(SheetPreview preview, ImportMode mode, int errors, String errorsKey) {
        if (preview.wasApplied()) {
            throw new ConflictException("token", "exchange.error.alreadyApplied");
        }
        ImportMode chosen = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
        if (chosen == ImportMode.ALL_OR_NOTHING && errors > 0) {
            throw new BadInputException("mode", errorsKey, errors);
        }
        return chosen;
    }

    /** The kept file of a preview not yet applied, to read its rows again at apply. */
    public Path file(String token) {
        return store.upload(token);
    }

    /** Keeps the applied preview (its outcome) in place of the planned one and lets the file go. */
    public void applied(SheetPreview done) {
        store.save(done.token(), done);
        store.forgetUpload(done.token());
    }
}

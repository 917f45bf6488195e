package vn.ntm.document.issue;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.ntm.db.AfterCommit;

/**
 * The documents' events ({@code DocumentNumbered}, {@code DocumentIssued}, {@code DocumentWithdrawn}), published in
 * their order once the transaction committed ({@link AfterCommit}), never for one that rolled back: a plan moves to
 * "issued" only when the number really stands.
 */
@Component
public class DocumentEvents {

    private final AfterCommit<List<Object>> pending;

    DocumentEvents(ApplicationEventPublisher events) {
        this.pending = new AfterCommit<>(ArrayList::new, all -> all.forEach(events::publishEvent));
    }

    public void happened(Object event) {
        pending.add(all -> all.add(event));
    }
}

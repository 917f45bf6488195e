package vn.ntm.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * How far a long upload or apply has come, under an id the page chose before sending the file, so that the page
 * can ask while it waits. Only the user who started the work sees it; entries are forgotten after an hour.
 */
@Component
class ExchangeProgress {

    private static final Pattern ID = Pattern.compile("[0-9a-zA-Z-]{8,64}");
    private static final Duration KEEP = Duration.ofHours(1);

    /** A phase (READING, CHECKING, APPLYING, DONE), sheet rows done out of the rows the template was issued with. */
    record State(String username, String phase, int done, int total, Instant at) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();

    /** A step of work reporting under an id; a no-op when the caller gave none. */
    Tracker track(String id, String username) {
        if (id == null || !ID.matcher(id).matches()) {
            return new Tracker(null, username);
        }
        Instant old = Instant.now().minus(KEEP);
        states.values().removeIf(s -> s.at().isBefore(old));
        return new Tracker(id, username);
    }

    Optional<State> get(String id, String username) {
        return Optional.ofNullable(id == null ? null : states.get(id)).filter(s -> s.username().equals(username));
    }

    final class Tracker {
        private final String id;
        private final String username;

        private Tracker(String id, String username) {
            this.id = id;
            this.username = username;
        }

        void at(String phase, int done, int total) {
            if (id != null) {
                states.put(id, new State(username, phase, done, total, Instant.now()));
            }
        }
    }
}

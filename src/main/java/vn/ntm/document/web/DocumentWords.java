package vn.ntm.document.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ntm.document.Authority;
import vn.ntm.document.DocumentKind;
import vn.ntm.document.DocumentState;
import vn.ntm.org.BodyDirectory;
import vn.ntm.text.Messages;

/**
 * Codes as the screens say them, in the reader's language: kinds ("Kế hoạch", never KE_HOACH), states, signing
 * authorities, and issuers by name. No code reaches a page.
 */
@Component
class DocumentWords {

    private final Messages messages;
    private final BodyDirectory bodies;

    DocumentWords(Messages messages, BodyDirectory bodies) {
        this.messages = messages;
        this.bodies = bodies;
    }

    Map<String, String> kinds() {
        Map<String, String> names = new LinkedHashMap<>();
        for (DocumentKind kind : DocumentKind.values()) {
            names.put(kind.name(), kind(kind.name()));
        }
        return names;
    }

    String kind(String code) {
        return messages.find("document.kind." + code).orElse(code);
    }

    Map<String, String> states() {
        Map<String, String> names = new LinkedHashMap<>();
        for (DocumentState state : DocumentState.values()) {
            names.put(state.name(), messages.get("document.state." + state.name()));
        }
        return names;
    }

    Map<String, String> authorities() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Authority authority : Authority.values()) {
            names.put(authority.name(), messages.get("document.authority." + authority.name(), authority.prefix()));
        }
        return names;
    }

    /** Names of issuers, each body looked up once per page. */
    BodyNames bodyNames() {
        return new BodyNames();
    }

    final class BodyNames {
        private final Map<Long, String> names = new HashMap<>();

        String of(long bodyId) {
            return names.computeIfAbsent(bodyId, id -> bodies.get(id).name());
        }

        Map<Long, String> known() {
            return names;
        }
    }
}

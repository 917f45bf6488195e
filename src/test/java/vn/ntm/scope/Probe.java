package vn.ntm.scope;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.ntm.scope.Fixtures.Spot;
import vn.ntm.scope.Places.Place;
import vn.ntm.scope.Places.Who;
import vn.ntm.scope.Session.Req;

/**
 * One request of the matrix: what is sent and, for a list the scope filters, a text only a readable answer holds
 * (the commune's name, a user of it).
 */
record Probe(Req req, String marker) {

    static Probe of(Req req) {
        return new Probe(req, null);
    }

    Probe listing(String text) {
        return new Probe(req, text);
    }

    /** Who asks, about which commune (its place relative to their scope), with the fixtures to aim at. */
    record Ctx(Who who, Place place, Spot spot, Fixtures data) {

        String user() {
            return who.user();
        }

        /** The demo user who may make previews and requests where the caller may not: for "someone else's". */
        String other() {
            return "admin".equals(who.user()) ? "xa.khetre" : "admin";
        }

        /** As {@link #other()}, among those who author the province's criteria (only Huế has one besides admin). */
        String otherAuthor() {
            return "admin".equals(who.user()) ? "tinh.hue" : "admin";
        }
    }

    /** How a row builds its request for a caller and a place; null when the row has nothing to aim at there. */
    @FunctionalInterface
    interface Builder {
        Probe build(Ctx c);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

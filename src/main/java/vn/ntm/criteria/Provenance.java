package vn.ntm.criteria;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Who entered a catalog item and from which document. {@code enteredBy} is null for what the product ships (its
 * catalog files, written from the reference data); otherwise the user who typed or imported it.
 */
public record Provenance(String enteredBy, Instant enteredAt, Citation source) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public Provenance {
        source = source == null ? Citation.NONE : source;
    }

    public static Provenance shipped(Citation source) {
        return new Provenance(null, null, source);
    }

    public boolean shipped() {
        return enteredBy == null;
    }

    /** The day it was entered, in Vietnam's time. */
    public LocalDate enteredOn() {
        return enteredAt == null ? null : LocalDate.ofInstant(enteredAt, VIETNAM);
    }
}

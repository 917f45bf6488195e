package vn.ntm.exchange;

import org.springframework.modulith.NamedInterface;

/**
 * What every preview of an uploaded sheet says, whatever its rows hold (assessment values, a catalog's indicators,
 * later a plan's actuals): under which token the file waits, whose it is, its name, and whether it was applied
 * (a token is applied once). The record a module keeps between upload and apply implements it; it is kept as JSON.
 */
@NamedInterface("sheets")
public interface SheetPreview {

    String token();

    String username();

    String fileName();

    /** Whether the preview was applied already (its outcome is kept with it). */
    boolean wasApplied();
}

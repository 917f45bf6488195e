package vn.ntm.web;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a signed-in user chose for themselves (their account's setting). Implemented by the access module,
 * which knows who is signed in; the web layer only asks.
 */
public interface SignedInLanguage {

    /** The signed-in user's setting; empty when nobody is signed in. */
    Optional<Locale> current();

    /** Saves the signed-in user's choice; false when nobody is signed in. */
    boolean save(Locale locale);
}

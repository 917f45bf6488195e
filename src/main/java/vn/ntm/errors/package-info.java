/**
 * The errors every module raises for bad input, missing records, scope and concurrent edits. Each carries a message
 * key (resolved in Vietnamese or English by the web layer) and the offending field, so the API answers with
 * {@code application/problem+json} and the screens show the same text.
 *
 * <p>Owns no tables. Depends on no other module.
 */
@ApplicationModule(
        type = Type.OPEN,
        allowedDependencies = {})
package vn.ntm.errors;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;

/**
 * Which units the caller may read and change. Every module asks {@link vn.ntm.scope.CurrentScope} before it reads
 * or writes a unit's data; the access module decides the answer. One rule, one place, every screen and endpoint.
 *
 * <p>Owns no tables.
 */
@ApplicationModule(type = Type.OPEN, allowedDependencies = "errors")
package vn.ntm.scope;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;

/**
 * Vietnamese text: Unicode normalisation, diacritic-insensitive search keys, number and date formats, encodings.
 *
 * <p>Owns no tables.
 */
@ApplicationModule(type = Type.OPEN, allowedDependencies = "errors")
package vn.ntm.text;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;

/**
 * What every import of a file shares, whatever it imports (units, users, bodies, assessment values, a catalog's
 * indicators): the choice between "all or nothing" and "valid rows" ({@link vn.ntm.imports.ImportMode}) and one row's
 * problem with its severity ({@link vn.ntm.imports.ImportIssue}). It depends on no other module, so that any module
 * can offer an import without depending on the one that imports units.
 *
 * <p>Owns no tables.
 */
@ApplicationModule(allowedDependencies = {})
package vn.ntm.imports;

import org.springframework.modulith.ApplicationModule;

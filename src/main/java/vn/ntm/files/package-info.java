/**
 * Files users upload and the product keeps (evidence of a value, the signed copy of a document): the SHA-256 stored
 * and shown beside each, the kinds accepted (extension and first bytes), the name as uploaded, and content-addressed folders for installations that keep contents outside the database.
 *
 * <p>Owns no tables.
 */
@ApplicationModule(
        type = Type.OPEN,
        allowedDependencies = {"errors", "text"})
package vn.ntm.files;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;

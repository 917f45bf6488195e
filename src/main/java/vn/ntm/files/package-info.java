/**
 * Files users upload and the product keeps (evidence of a value, the signed copy of a document): the SHA-256 stored
 * and shown beside each, and content-addressed folders for installations that keep contents outside the database.
 *
 * <p>Owns no tables.
 */
@ApplicationModule(type = Type.OPEN)
package vn.ntm.files;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;

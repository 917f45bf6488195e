/**
 * Demo data loaded on first start when the database is empty: the seeds' places, their bodies and signers, demo
 * users, two sample draft documents and a Party term; and the banner every page shows while the database holds demo
 * data.
 *
 * <p>Owns no tables: it writes through the other modules' imports.
 */
@ApplicationModule(
        allowedDependencies = {
            "access",
            "assessment",
            "assessment :: values",
            "criteria",
            "document",
            "imports",
            "install",
            "org",
            "scope",
            "text",
            "unit"
        })
package vn.ntm.demo;

import org.springframework.modulith.ApplicationModule;

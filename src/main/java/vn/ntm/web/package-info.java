/**
 * The web shell: errors as {@code application/problem+json} for the API and as pages for people, the language
 * switch (Vietnamese first, English second), the page layout and the home page.
 *
 * <p>Owns no tables.
 */
@ApplicationModule(
        type = Type.OPEN,
        allowedDependencies = {"errors", "text"})
package vn.ntm.web;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;

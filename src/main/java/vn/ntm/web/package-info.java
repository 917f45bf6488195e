/**
 * The web shell: errors as {@code application/problem+json} for the API and as pages for people, the language
 * switch (Vietnamese first, English second), the page layout and the home page.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ntm.web;

/**
 * Users, roles and scopes: who may log in, what each role may do, and which units each user may read and change.
 * Form login and HTTP Basic for the API, throttling of repeated failures, password change and reset.
 */
@org.springframework.modulith.ApplicationModule
package vn.ntm.access;

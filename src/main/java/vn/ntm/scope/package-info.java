/**
 * Which units the caller may read and change. Every module asks {@link vn.ntm.scope.CurrentScope} before it reads
 * or writes a unit's data; the access module decides the answer. One rule, one place, every screen and endpoint.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ntm.scope;

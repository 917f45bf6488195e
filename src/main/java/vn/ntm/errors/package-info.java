/**
 * The errors every module raises for bad input, missing records, scope and concurrent edits. Each carries a message
 * key (resolved in Vietnamese or English by the web layer) and the offending field, so the API answers with
 * {@code application/problem+json} and the screens show the same text.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ntm.errors;

/**
 * The Excel round trip of assessment values: a template of one commune or every commune in scope, the filled file
 * read back with bounded memory, a preview of every change and error, then applied through the assessment
 * module's bulk writer.
 */
@org.springframework.modulith.ApplicationModule
package vn.ntm.exchange;

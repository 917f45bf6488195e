/** The append-only audit log of every change: who, when, what, old value, new value, reason. */
@org.springframework.modulith.ApplicationModule
package vn.ntm.audit;

/** Demo data loaded on first start when the database is empty: the seeds' places, their bodies and demo users. */
@org.springframework.modulith.ApplicationModule
package vn.ntm.demo;

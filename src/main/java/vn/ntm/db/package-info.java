/** Database set-up: the embedded PostgreSQL 17 used when no external datasource is configured. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ntm.db;

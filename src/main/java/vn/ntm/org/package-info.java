/** Bodies (cơ quan, đơn vị) of each unit and the people holding positions in them. */
@org.springframework.modulith.ApplicationModule
package vn.ntm.org;

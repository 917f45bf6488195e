/** Criteria catalog: national criteria sets by period, their indicators and thresholds, provincial overlays. */
package vn.ntm.criteria;

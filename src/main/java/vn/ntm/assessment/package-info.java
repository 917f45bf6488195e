/** Assessments: indicator values with evidence per unit and year, their judgement, verification and entry periods. */
package vn.ntm.assessment;

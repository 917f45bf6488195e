/**
 * Bodies (cơ quan, đơn vị) of each unit and the people holding positions in them.
 *
 * <p>Owns tables:
 * <ul>
 * <li>{@code body_type}: the kinds of body (the codes criteria name as their owners).
 * <li>{@code body}: the bodies of each unit.
 * <li>{@code person}, {@code person_position}: the people and the positions they hold.
 * <li>{@code position_type}, {@code position_body_type}: the list of positions, which of them sign documents, and
 *     the body types each exists in.
 * </ul>
 */
@ApplicationModule(allowedDependencies = {"audit", "errors", "imports", "scope", "text", "unit", "web"})
package vn.ntm.org;

import org.springframework.modulith.ApplicationModule;

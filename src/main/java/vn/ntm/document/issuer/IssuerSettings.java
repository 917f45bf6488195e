package vn.ntm.document.issuer;

import vn.ntm.document.Issuer;

/**
 * How a body's documents print their issuer, and whose register numbers them ({@code seriesOwnerBodyId}: the body
 * itself, or the Đảng ủy its Ban Thường vụ or Ban Chấp hành shares a series with). {@code saved}: false while the
 * defaults of its body type are used; {@code version} is null until saved.
 */
public record IssuerSettings(long bodyId, Issuer issuer, long seriesOwnerBodyId, boolean saved, Integer version) {}

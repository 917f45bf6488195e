package vn.ntm.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login rules.
 *
 * @param maxFailures    wrong passwords in a row before the account is locked
 * @param lockMinutes    how long the lock lasts
 * @param minPasswordLength shortest password accepted on change or reset
 */
@ConfigurationProperties("ntm.login")
record LoginProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15") int lockMinutes,
        @DefaultValue("10") int minPasswordLength) {}

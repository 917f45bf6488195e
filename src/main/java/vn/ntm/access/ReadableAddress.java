package vn.ntm.access;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An address as people write it: Tomcat gives IPv6 in full ("0:0:0:0:0:0:0:1"), an administrator reading the
 * sign-ins expects the short form of RFC 5952 ("::1"). IPv4 and anything else is kept as it came.
 */
final class ReadableAddress {

    private static final Pattern FULL_IPV6 = Pattern.compile("[0-9a-fA-F]{1,4}(:[0-9a-fA-F]{1,4}){7}");

    private ReadableAddress() {}

    static String of(String address) {
        if (address == null || !FULL_IPV6.matcher(address).matches()) {
            return address;
        }
        String[] groups = Arrays.stream(address.split(":"))
                .map(g -> Integer.toHexString(Integer.parseInt(g, 16)))
                .toArray(String[]::new);
        int runStart = -1;
        int runLength = 1; // a single zero group stays "0" (RFC 5952, 4.2.2)
        for (int i = 0; i < groups.length; ) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > runLength) {
                runStart = i;
                runLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        if (runStart < 0) {
            return String.join(":", groups);
        }
        return join(groups, 0, runStart) + "::" + join(groups, runStart + runLength, groups.length);
    }

    private static String join(String[] groups, int from, int to) {
        return Arrays.stream(groups, from, to).collect(Collectors.joining(":"));
    }
}

package vn.ntm.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadableAddressTest {

    @Test
    void ipv6_is_shown_in_its_short_form_and_ipv4_as_it_came() {
        assertThat(ReadableAddress.of("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(ReadableAddress.of("2001:0db8:0:0:0:0:0:0001")).isEqualTo("2001:db8::1");
        assertThat(ReadableAddress.of("2001:db8:0:1:0:0:0:1"))
                .as("the longest run of zeros")
                .isEqualTo("2001:db8:0:1::1");
        assertThat(ReadableAddress.of("2001:db8:0:1:1:1:1:1"))
                .as("one zero group stays")
                .isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(ReadableAddress.of("fe80:0:0:1:0:0:0:0")).isEqualTo("fe80:0:0:1::");
        assertThat(ReadableAddress.of("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(ReadableAddress.of("")).isEmpty();
    }
}

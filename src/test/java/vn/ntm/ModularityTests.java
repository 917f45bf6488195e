package vn.ntm;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modules_depend_only_on_what_they_are_allowed_to() {
        ApplicationModules.of(NtmApplication.class).verify();
    }
}

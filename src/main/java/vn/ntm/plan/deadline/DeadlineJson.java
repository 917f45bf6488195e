package vn.ntm.plan.deadline;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A deadline as kept in {@code deadline_json}: the record with its simple name ("OnDay", "Recurring", …). */
public final class DeadlineJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DeadlineJson() {}

    public static String write(Deadline deadline) {
        return deadline == null ? null : JSON.writeValueAsString(deadline);
    }

    public static Deadline read(String json) {
        return json == null || json.isBlank() ? null : JSON.readValue(json, Deadline.class);
    }
}

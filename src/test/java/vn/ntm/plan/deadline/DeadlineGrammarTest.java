package vn.ntm.plan.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.ntm.errors.BadInputException;
import vn.ntm.plan.deadline.Deadline.Bound;
import vn.ntm.plan.deadline.Deadline.EndOf;
import vn.ntm.plan.deadline.Deadline.Every;
import vn.ntm.plan.deadline.Deadline.OnDay;
import vn.ntm.plan.deadline.Deadline.Recurring;
import vn.ntm.plan.deadline.Deadline.Span;
import vn.ntm.plan.deadline.Deadline.Unrecognised;
import vn.ntm.plan.deadline.Deadline.Vague;
import vn.ntm.plan.deadline.Deadline.WorkingDays;

/** Every phrase of the issue and the seeds, read by the grammar; the refusals name the words. */
class DeadlineGrammarTest {

    private final DeadlineGrammar grammar = new DeadlineGrammar(
            new FixedCalendar(), Clock.fixed(Instant.parse("2026-03-01T03:00:00Z"), ZoneOffset.UTC));
    private final DeadlineContext drafted = DeadlineContext.drafted();
    private final DeadlineContext received = new DeadlineContext(null, null, null, null, true);

    private Deadline read(String words) {
        return grammar.parse(words, drafted);
    }

    @Test
    void before_a_day_and_the_bold_italic_of_seed_000() {
        assertThat(read("trước ngày 25/4/2026"))
                .isEqualTo(new OnDay("trước ngày 25/4/2026", LocalDate.of(2026, 4, 25), Bound.BEFORE_DAY));
        assertThat(read("Trước ngày 30/4/2026.")).isInstanceOfSatisfying(OnDay.class, d -> {
            assertThat(d.day()).isEqualTo(LocalDate.of(2026, 4, 30));
            assertThat(d.bound()).isEqualTo(Bound.BEFORE_DAY);
            assertThat(d.words()).isEqualTo("Trước ngày 30/4/2026");
        });
        assertThat(read("***Trước ngày 30/4/2026***"))
                .isInstanceOfSatisfying(OnDay.class, d -> assertThat(d.day()).isEqualTo(LocalDate.of(2026, 4, 30)));
        assertThat(read("Thời gian hoàn thành: trước ngày 04/11/2024"))
                .isInstanceOfSatisfying(OnDay.class, d -> assertThat(d.day()).isEqualTo(LocalDate.of(2024, 11, 4)));
        assertThat(read("trước ngày 25 tháng 4 năm 2026"))
                .isInstanceOfSatisfying(OnDay.class, d -> assertThat(d.day()).isEqualTo(LocalDate.of(2026, 4, 25)));
    }

    @Test
    void end_of_a_day_in_every_way_of_writing_it() {
        for (String words : new String[] {
            "đến ngày 30/4/2026",
            "trong ngày 30/4/2026",
            "ngày 30/4/2026",
            "30/4/2026",
            "30-4-2026",
            "30.04.2026",
            "chậm nhất ngày 30/4/2026",
            "đến hết ngày 30/4/2026",
            "hạn chót 30/4/2026",
            "ngày 30 tháng 4 năm 2026"
        }) {
            assertThat(read(words)).as(words).isInstanceOfSatisfying(OnDay.class, d -> {
                assertThat(d.day()).isEqualTo(LocalDate.of(2026, 4, 30));
                assertThat(d.bound()).isEqualTo(Bound.END_OF_DAY);
            });
        }
    }

    @Test
    void ends_of_periods() {
        assertThat(read("cuối năm 2024")).isEqualTo(new EndOf("cuối năm 2024", Span.YEAR, LocalDate.of(2024, 12, 31)));
        assertThat(read("quý II năm 2024"))
                .isEqualTo(new EndOf("quý II năm 2024", Span.QUARTER, LocalDate.of(2024, 6, 30)));
        assertThat(((EndOf) read("quý IV/2024")).lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(((EndOf) read("trong quý 1 năm 2025")).lastDay()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(read("tháng 6/2024")).isEqualTo(new EndOf("tháng 6/2024", Span.MONTH, LocalDate.of(2024, 6, 30)));
        assertThat(((EndOf) read("cuối tháng 2 năm 2024")).lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(read("6 tháng đầu năm 2024"))
                .isEqualTo(new EndOf("6 tháng đầu năm 2024", Span.HALF, LocalDate.of(2024, 6, 30)));
        assertThat(((EndOf) read("6 tháng cuối năm 2024")).lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void a_quarter_without_its_year_takes_the_plans_year_and_is_refused_without_one() {
        assertThat(((EndOf) grammar.parse("quý II", drafted.withYear(2024))).lastDay())
                .isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(((OnDay) grammar.parse("trước ngày 07/11", drafted.withYear(2024))).day())
                .isEqualTo(LocalDate.of(2024, 11, 7));
        assertThatThrownBy(() -> read("quý II")).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("deadline.error.noYear");
            assertThat(e.args()).containsExactly("quý II", "2026");
            assertThat(e.field()).isEqualTo("deadline");
        });
        assertThatThrownBy(() -> read("tháng 6"))
                .isInstanceOfSatisfying(
                        BadInputException.class, e -> assertThat(e.messageKey()).isEqualTo("deadline.error.noYear"));
    }

    @Test
    void schedules_in_both_spellings() {
        Recurring weekly = new Recurring("Định kỳ hàng tuần", Every.WEEK, null, Bound.END_OF_DAY, null);
        assertThat(read("Định kỳ hàng tuần")).isEqualTo(weekly);
        assertThat(read("hằng tuần"))
                .isInstanceOfSatisfying(
                        Recurring.class, r -> assertThat(r.every()).isEqualTo(Every.WEEK));
        assertThat(read("trước ngày 20 hằng tháng"))
                .isEqualTo(new Recurring("trước ngày 20 hằng tháng", Every.MONTH, 20, Bound.BEFORE_DAY, null));
        assertThat(read("trước ngày 20 hàng tháng")).isInstanceOfSatisfying(Recurring.class, r -> {
            assertThat(r.dayOfMonth()).isEqualTo(20);
            assertThat(r.bound()).isEqualTo(Bound.BEFORE_DAY);
        });
        assertThat(((Recurring) read("ngày 20 hằng tháng")).bound()).isEqualTo(Bound.END_OF_DAY);
        assertThat(((Recurring) read("hàng tháng")).every()).isEqualTo(Every.MONTH);
        assertThat(((Recurring) read("hằng quý")).every()).isEqualTo(Every.QUARTER);
        assertThat(((Recurring) read("hằng năm")).every()).isEqualTo(Every.YEAR);
        assertThat(((Recurring) read("thứ sáu hằng tuần")).weekday()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(((Recurring) read("thứ 2 hàng tuần")).weekday()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void working_days_from_the_anchor_or_a_day_named() {
        assertThat(read("trong 5 ngày làm việc")).isEqualTo(new WorkingDays("trong 5 ngày làm việc", 5, null));
        assertThat(read("trong vòng 10 ngày làm việc kể từ ngày 10/3/2026"))
                .isEqualTo(new WorkingDays(
                        "trong vòng 10 ngày làm việc kể từ ngày 10/3/2026", 10, LocalDate.of(2026, 3, 10)));
        assertThat(((WorkingDays) read("trong 7 ngày làm việc kể từ ngày nhận được văn bản")).from())
                .isNull();
    }

    @Test
    void decomposed_unicode_reads_as_composed() {
        String nfd = Normalizer.normalize("Trước ngày 30/4/2026", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Trước ngày 30/4/2026");
        assertThat(read(nfd))
                .isInstanceOfSatisfying(OnDay.class, d -> assertThat(d.bound()).isEqualTo(Bound.BEFORE_DAY));
        assertThat(read(Normalizer.normalize("hằng tuần", Normalizer.Form.NFD))).isInstanceOf(Recurring.class);
    }

    @Test
    void periods_and_ongoing_words_are_vague_not_deadlines() {
        for (String words : new String[] {
            "trong giai đoạn 2026 - 2030",
            "giai đoạn 2021-2025",
            "nhiệm kỳ 2025–2030",
            "thường xuyên",
            "Thường xuyên.",
            "liên tục",
            "kịp thời",
            "lâu dài"
        }) {
            Deadline d = read(words);
            assertThat(d).as(words).isInstanceOf(Vague.class);
            assertThat(d.isClear()).isFalse();
        }
        assertThat(read("hằng tuần").isClear()).isTrue();
        assertThat(((Vague) read("thường xuyên")).why()).isEqualTo("deadline.vague.ongoing");
    }

    @Test
    void a_received_sentence_is_read_by_the_phrase_inside_it_or_kept_as_written() {
        String seed001 = "Thời gian thực hiện: Triển khai thực hiện trong giai đoạn 2026 - 2030; trong đó xác định lộ"
                + " trình, tiến độ cụ thể theo từng năm, từng giai đoạn để bảo đảm hoàn thành các mục tiêu, chỉ tiêu đề ra.";
        assertThat(grammar.parse(seed001, received)).isInstanceOf(Vague.class);
        assertThat(grammar.parse(
                        "Hoàn thành, trình Ban Thường vụ Đảng ủy xem xét, ban hành **trước ngày 25/4/2026**.",
                        received))
                .isInstanceOfSatisfying(OnDay.class, d -> {
                    assertThat(d.day()).isEqualTo(LocalDate.of(2026, 4, 25));
                    assertThat(d.bound()).isEqualTo(Bound.BEFORE_DAY);
                });
        assertThat(grammar.parse("Định kỳ hàng tuần báo cáo kết quả ra quân xây dựng NTM", received))
                .isInstanceOf(Recurring.class);
        assertThat(grammar.parse("Phấn đấu cuối năm 2024 đạt 54,1 tr.đ/người/năm", received))
                .isInstanceOfSatisfying(
                        EndOf.class, d -> assertThat(d.lastDay()).isEqualTo(LocalDate.of(2024, 12, 31)));
        assertThat(grammar.parse("khi có yêu cầu của cấp trên", received))
                .isEqualTo(new Unrecognised("khi có yêu cầu của cấp trên"));
        assertThat(grammar.parse("quý II", received)).isInstanceOf(Unrecognised.class);
    }

    @Test
    void unparseable_phrases_and_days_that_do_not_exist_are_refused_naming_the_words() {
        assertThatThrownBy(() -> read("khi có yêu cầu")).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("deadline.error.unknown");
            assertThat(e.args()).containsExactly("khi có yêu cầu");
        });
        assertThatThrownBy(() -> read("thường xuyên theo dõi"))
                .isInstanceOfSatisfying(
                        BadInputException.class, e -> assertThat(e.messageKey()).isEqualTo("deadline.error.unknown"));
        assertThatThrownBy(() -> read("trước ngày 31/4/2026")).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("deadline.error.noSuchDay");
            assertThat(e.args()).containsExactly("31/4/2026");
        });
        assertThatThrownBy(() -> read("tháng 13/2026"))
                .isInstanceOfSatisfying(
                        BadInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("deadline.error.noSuchMonth"));
        assertThatThrownBy(() -> read("   "))
                .isInstanceOfSatisfying(
                        BadInputException.class, e -> assertThat(e.messageKey()).isEqualTo("deadline.error.empty"));
    }

    @Test
    void a_deadline_before_the_start_is_refused() {
        DeadlineContext start = new DeadlineContext(null, null, LocalDate.of(2026, 3, 15), null, false);
        assertThatThrownBy(() -> grammar.parse("trước ngày 10/3/2026", start))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("deadline.error.beforeStart");
                    assertThat(e.args()).containsExactly("trước ngày 10/3/2026", "15/03/2026");
                });
        assertThatThrownBy(() -> grammar.parse("trước ngày 15/3/2026", start)).isInstanceOf(BadInputException.class);
        assertThat(grammar.parse("đến ngày 15/3/2026", start)).isInstanceOf(OnDay.class);
    }

    @Test
    void kept_as_json_by_the_records_simple_name() {
        for (Deadline d : new Deadline[] {
            read("trước ngày 25/4/2026"),
            read("quý II năm 2024"),
            read("trong 5 ngày làm việc"),
            read("thứ sáu hằng tuần"),
            read("thường xuyên"),
            new Unrecognised("khi có yêu cầu")
        }) {
            String json = DeadlineJson.write(d);
            assertThat(json).contains("\"deadline\":\"" + d.getClass().getSimpleName() + "\"");
            assertThat(DeadlineJson.read(json)).isEqualTo(d);
        }
    }
}

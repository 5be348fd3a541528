package vn.vusta.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The template rules, without the engine: blanks, optional lines, lists, groups, tables and template errors. */
class TemplateTest {

    @Test
    void aNullValuePrintsABlankToFillInAndAnOptionalLineWithoutItsValueIsLeftOut() {
        Map<String, Object> model = new HashMap<>();
        model.put("number", null);
        model.put("place", null);
        model.put("role", "");
        Layout layout = Template.parse("t", """
                number: Số: {number}/BB-CTĐ8
                para?: Địa điểm: {place}.
                line: Đơn vị{role}
                """).fill(model);

        assertThat(layout.header().number()).isEqualTo("Số: …/BB-CTĐ8");
        assertThat(layout.blocks()).containsExactly(new Layout.Paragraph("Đơn vị", false, false));
    }

    @Test
    void listsRepeatALineAGroupOfLinesOrATableRow() {
        Map<String, Object> model = Map.of("units", List.of(Map.of("name", "Vĩnh Long", "votes", "5/6"),
                Map.of("name", "Đồng Tháp", "votes", "4/6")));
        Layout layout = Template.parse("t", """
                line units: - {name}
                each units:
                para: {name}
                line: {votes}
                end:
                table units: Đơn vị | Số phiếu
                widths: 3 | 1
                row: {name} | {votes}
                """).fill(model);

        assertThat(layout.blocks()).containsExactly(new Layout.Paragraph("- Vĩnh Long", false, false),
                new Layout.Paragraph("- Đồng Tháp", false, false), new Layout.Paragraph("Vĩnh Long", true, false),
                new Layout.Paragraph("5/6", false, false), new Layout.Paragraph("Đồng Tháp", true, false),
                new Layout.Paragraph("4/6", false, false), new Layout.Table(List.of("Đơn vị", "Số phiếu"), List.of(3, 1),
                        List.of(List.of("Vĩnh Long", "5/6"), List.of("Đồng Tháp", "4/6"))));
    }

    @Test
    void aValueTheModelDoesNotHaveIsATemplateErrorWithItsLine() {
        assertThatThrownBy(() -> Template.parse("minutes.txt", "# comment\ntitle: {titel}").fill(Map.of()))
                .hasMessage("minutes.txt:2: the model has no value titel");
        assertThatThrownBy(() -> Template.parse("minutes.txt", "no directive here"))
                .hasMessageContaining("minutes.txt:1: not a directive");
    }

    @Test
    void everyShippedTemplateParses() {
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(Template.load(kind.template())).isNotNull();
        }
    }
}

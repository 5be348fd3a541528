package vn.vusta.thidua.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static CsvTable read(String text) {
        return CsvTable.read(new StringReader(text));
    }

    private static CsvProblem onlyProblem(String text) {
        try {
            read(text);
        } catch (CsvImportException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void shouldReadAHeaderInLowerCaseAndRowsThatRememberTheirLine() {
        CsvTable table = read("Ma,Ten\n01,Hà Nội\n\n79,\"Hồ Chí Minh\"\n");

        assertThat(table.header()).containsExactly("ma", "ten");
        assertThat(table.rows()).containsExactly(
                new CsvTable.Row(2, Map.of("ma", "01", "ten", "Hà Nội")),
                new CsvTable.Row(4, Map.of("ma", "79", "ten", "Hồ Chí Minh")));
    }

    @Test
    void shouldDropTheByteOrderMarkSpreadsheetsWrite() {
        assertThat(read("\uFEFFma,ten\n01,Hà Nội\n").header()).containsExactly("ma", "ten");
    }

    @Test
    void shouldKeepCommasAndDoubledQuotesInsideQuotedCells() {
        CsvTable table = read("ma,ten\n01,\"Liên hiệp \"\"Hà Nội\"\", thủ đô\"\n");

        assertThat(table.rows().get(0).get("ten")).contains("Liên hiệp \"Hà Nội\", thủ đô");
    }

    @Test
    void shouldTreatABlankOrMissingCellAsAbsent() {
        CsvTable.Row row = read("ma,ten,ghi_chu\n01,  \n").rows().get(0);

        assertThat(row.get("ten")).isEmpty();
        assertThat(row.get("ghi_chu")).isEmpty();
        assertThat(row.get("ma")).contains("01");
    }

    @Test
    void shouldRefuseARowWithMoreCellsThanTheHeaderNamingItsLine() {
        assertThat(onlyProblem("ma,ten\n01,Hà Nội\n02,Hải Phòng,thừa\n"))
                .isEqualTo(new CsvProblem(3, "có 3 cột, nhiều hơn tiêu đề (2 cột)"));
    }

    @Test
    void shouldRefuseAnUnclosedQuote() {
        assertThat(onlyProblem("ma,ten\n01,\"Hà Nội\n")).isEqualTo(new CsvProblem(2, "dấu ngoặc kép chưa đóng"));
    }

    @Test
    void shouldRefuseAnEmptyFileInVietnamese() {
        assertThatThrownBy(() -> read("\n  \n"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("Tệp CSV bị từ chối: dòng 1: tệp CSV trống");
    }
}

package vn.vusta.thidua.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8TextTest {

    @Test
    void shouldDecodeVietnameseWrittenInUtf8() {
        assertThat(Utf8Text.decode("ma,ten\n01,Hà Nội\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("ma,ten\n01,Hà Nội\n");
    }

    @Test
    void shouldRefuseAFileSavedInAWindowsCodePageNamingTheLineAndByteOfTheFirstBadByte() {
        byte[] windows1258 = "ma,ten\n01,Hà Nội\n".getBytes(Charset.forName("windows-1258"));

        CsvImportException refused = catchThrowableOfType(CsvImportException.class, () -> Utf8Text.decode(windows1258));

        // "ma,ten\n01,H" is 11 bytes; the 12th, 'à' in windows-1258, is not UTF-8
        assertThat(refused.problems()).containsExactly(new CsvProblem(2,
                "tệp không phải văn bản UTF-8 (byte thứ 12); hãy lưu lại tệp CSV với mã hóa UTF-8"));
    }
}

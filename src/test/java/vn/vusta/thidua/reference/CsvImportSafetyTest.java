package vn.vusta.thidua.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vusta.thidua.ThiDuaSpringTest;

/** A CSV file that would store broken names, or formulas for a later spreadsheet export, is refused whole. */
@ThiDuaSpringTest
class CsvImportSafetyTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFileNotInUtf8IsRefusedNamingTheLineOfItsFirstBadByte() {
        String csv = "gso_code,code,name\n98,dao-mot,Đảo Một\n99,dao-hai,Đảo Hai\n";
        byte[] windows1258 = csv.getBytes(Charset.forName("windows-1258"));

        ResponseEntity<Map> response = post(windows1258);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("message").toString()).contains("dòng 2", "UTF-8");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province WHERE code IN ('dao-mot', 'dao-hai')", Long.class))
                .isZero();
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsRefused() {
        for (String name : new String[] {"=HYPERLINK(\"http://x\",\"Bấm\")", "+1+1", "-2+3", "@SUM(A1)"}) {
            String csv = "gso_code,code,name\n97,dao-ba,\"" + name.replace("\"", "\"\"") + "\"\n";

            ResponseEntity<Map> response = post(csv.getBytes(StandardCharsets.UTF_8));

            assertThat(response.getStatusCode().value()).as(name).isEqualTo(400);
            assertThat(response.getBody().get("message").toString()).contains("dòng 2", "công thức");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province WHERE code = 'dao-ba'", Long.class)).isZero();
    }

    private ResponseEntity<Map> post(byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("text/csv"));
        return rest.withBasicAuth("admin", "demo").postForEntity("/api/reference/import/provinces",
                new HttpEntity<>(body, headers), Map.class);
    }
}

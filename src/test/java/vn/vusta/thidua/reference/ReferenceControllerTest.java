package vn.vusta.thidua.reference;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.Reader;
import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.vusta.thidua.system.CurrentUser;

/**
 * The reference API's refusals without the engine or the database: an unknown kind of data, a CSV file not in
 * UTF-8 and a malformed date each get a Vietnamese 400, and nothing is imported.
 */
@WebMvcTest(ReferenceController.class)
class ReferenceControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ReferenceData repository;
    @MockitoBean
    ReferenceImporter importer;
    @MockitoBean
    CurrentUser currentUser;
    @MockitoBean
    ProvinceHistory history;
    @MockitoBean
    ClusterReformation reformation;

    @Test
    void shouldRefuseAnUnknownKindOfReferenceData() throws Exception {
        mvc.perform(post("/api/reference/import/units").contentType("text/csv").content("ma,ten\n01,Hà Nội\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("CSV_REJECTED"))
                .andExpect(jsonPath("$.problems[0].reason").value(
                        "loại dữ liệu không hỗ trợ 'units' (provinces, clusters, heads, mergers, renames, supervisors)"));
        verifyNoInteractions(importer);
    }

    @Test
    void shouldRefuseAFileNotSavedAsUtf8NamingItsLine() throws Exception {
        byte[] windows1258 = "code,name\nHN,Hà Nội\n".getBytes(Charset.forName("windows-1258"));

        mvc.perform(post("/api/reference/import/provinces").contentType("text/csv").content(windows1258))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("CSV_REJECTED"))
                .andExpect(jsonPath("$.problems[0].line").value(2))
                .andExpect(jsonPath("$.message").value("Tệp CSV bị từ chối: dòng 2: tệp không phải văn bản UTF-8 "
                        + "(byte thứ 15); hãy lưu lại tệp CSV với mã hóa UTF-8"));
        verify(importer, never()).importCsv(any(), any(Reader.class), any());
    }

    @Test
    void shouldRefuseAMalformedDayInVietnamese() throws Exception {
        mvc.perform(get("/api/reference/provinces").param("date", "01/07/2025"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("BAD_REQUEST"))
                .andExpect(jsonPath("$.message").value("date: '01/07/2025' không phải ngày dạng YYYY-MM-DD"));

        mvc.perform(post("/api/reference/clusters/reform").param("from", "2026").contentType("text/csv")
                        .content("cluster,name,province_code\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("from: '2026' không phải ngày dạng YYYY-MM-DD"));
        verifyNoInteractions(history, reformation);
    }
}

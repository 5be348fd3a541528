package vn.vusta.thidua.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Calls {@code /engine-rest/task/…} as a user would (HTTP Basic with the demo password; {@code null} user: no
 * credentials), with form values typed as Tasklist sends them: text as String, whole numbers as Long, yes/no as
 * Boolean, lists as Json text.
 */
public final class RestTasks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate rest;

    public RestTasks(TestRestTemplate rest) {
        this.rest = rest;
    }

    public ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange("/engine-rest/task/" + path, method, new HttpEntity<>(body, headers), String.class);
    }

    public ResponseEntity<String> complete(String user, String taskId, Map<String, Object> values) {
        return call(user, HttpMethod.POST, taskId + "/complete", Map.of("variables", typed(values)));
    }

    public ResponseEntity<String> submitForm(String user, String taskId, Map<String, Object> values) {
        return call(user, HttpMethod.POST, taskId + "/submit-form", Map.of("variables", typed(values)));
    }

    /** Form values as REST variables ({@code {"name": {"value": …, "type": …}}}). */
    public static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((name, value) -> typed.put(name, typed(value)));
        return typed;
    }

    private static Map<String, Object> typed(Object value) {
        Map<String, Object> typed = new LinkedHashMap<>();
        if (value instanceof List<?> list) {
            typed.put("value", json(list));
            typed.put("type", "Json");
        } else {
            typed.put("value", value);
            typed.put("type", value == null ? "Null" : value instanceof Boolean ? "Boolean"
                    : value instanceof Number ? "Long" : "String");
        }
        return typed;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

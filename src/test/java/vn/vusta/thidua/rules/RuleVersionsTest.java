package vn.vusta.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RuleVersionsTest {

    @Test
    void shouldRoundTripThroughAPlainMap() {
        Map<String, String> stored = new HashMap<>(Map.of("score", "score:3:abc", "quotas", "quotas:1:def"));

        RuleVersions versions = RuleVersions.fromMap(stored);
        stored.put("score", "changed");

        assertThat(versions.toMap()).isEqualTo(Map.of("quotas", "quotas:1:def", "score", "score:3:abc"));
        assertThat(RuleVersions.fromMap(versions.toMap())).isEqualTo(versions);
    }

    @Test
    void shouldNameTheMissingDecision() {
        RuleVersions versions = new RuleVersions(Map.of("score", "score:1:x"));

        assertThat(versions.definitionIdOf("score")).isEqualTo("score:1:x");
        assertThatThrownBy(() -> versions.definitionIdOf("council"))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("council");
    }
}

package vn.vusta.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;

class RefusedSubmissionLogFilterTest {

    private final RefusedSubmissionLogFilter filter = new RefusedSubmissionLogFilter();
    private final ch.qos.logback.classic.Logger logger = new LoggerContext().getLogger("org.camunda.bpm.engine.context");

    @Test
    void dropsTheEnginesErrorForARefusedSubmissionPassedAsParameterOrThrowable() {
        ProcessEngineException wrapped = new ProcessEngineException("Exception while invoking TaskListener",
                new InvalidSubmissionException("flag", "«son-la» không đủ điều kiện"));

        assertThat(filter.decide(null, logger, Level.ERROR, "ENGINE-16004 {}", new Object[] {wrapped}, null)).isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, logger, Level.ERROR, "failed", null, wrapped)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void letsEveryOtherErrorThrough() {
        ProcessEngineException other = new ProcessEngineException("database down", new IllegalStateException("x"));

        assertThat(filter.decide(null, logger, Level.ERROR, "ENGINE-16004 {}", new Object[] {other}, null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, logger, Level.INFO, "started", null, null)).isEqualTo(FilterReply.NEUTRAL);
    }
}

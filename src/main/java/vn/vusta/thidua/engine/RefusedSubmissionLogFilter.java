package vn.vusta.thidua.engine;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * A submission refused by validation is the officer's mistake, answered with 400 and a message; the engine
 * would also log it at ERROR with the submitted values (for a refused ballot, its choices). This drops those
 * log events, so the log neither cries wolf nor carries ballot contents. Registered in logback-spring.xml.
 */
public class RefusedSubmissionLogFilter extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (causedByRefusal(t)) {
            return FilterReply.DENY;
        }
        if (params != null) {
            for (Object param : params) {
                if (param instanceof Throwable thrown && causedByRefusal(thrown)) {
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }

    private static boolean causedByRefusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSubmissionException) {
                return true;
            }
        }
        return false;
    }
}

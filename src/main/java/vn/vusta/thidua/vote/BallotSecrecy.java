package vn.vusta.thidua.vote;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.vusta.thidua.engine.SecretFields;

/**
 * The ballot's fields are secret: the engine records them nowhere, for any user ({@link SecretFields}); they are
 * task-local transient values that only {@link CastBallotListener} reads, and a ballot is stored without its voter.
 */
@Configuration(proxyBeanMethods = false)
class BallotSecrecy {

    @Bean
    SecretFields ballotFields() {
        return new SecretFields(VoteVariables.PROCESS_KEY, Set.copyOf(VoteVariables.BALLOT_FIELDS),
                Set.copyOf(VoteVariables.BALLOT_TASKS));
    }
}

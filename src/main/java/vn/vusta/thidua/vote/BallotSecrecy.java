package vn.vusta.thidua.vote;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.engine.SecretFields;

/**
 * The ballot's fields are secret: the engine records them nowhere, for any user ({@link SecretFields}); they are
 * task-local transient values that only {@link CastBallotListener} reads, and a ballot is stored without its voter.
 * Under every key the vote has run under: votes started before its renaming keep the old key until they end.
 */
@Configuration(proxyBeanMethods = false)
class BallotSecrecy {

    @Bean
    SecretFields ballotFields() {
        return new SecretFields(Set.copyOf(Phase.VOTE.allProcessKeys()), Set.copyOf(VoteVariables.BALLOT_FIELDS),
                Set.copyOf(VoteVariables.BALLOT_TASKS));
    }
}

package vn.vusta.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

class CandidateTaskJoinTest {

    private static final String SQL = "select distinct RES.* from ACT_RU_TASK RES\n"
            + "      left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_\n"
            + " left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_\n"
            + " WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) )";

    @Test
    void theIdentityLinkJoinBecomesInnerAndNothingElseChanges() {
        String rewritten = CandidateTaskJoin.innerJoin(SQL);

        assertThat(rewritten).contains("inner join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_")
                .doesNotContain("left join ACT_RU_IDENTITYLINK")
                .contains("left join ACT_RE_PROCDEF D");
        assertThat(rewritten.replace("inner join ACT_RU_IDENTITYLINK", "left join ACT_RU_IDENTITYLINK")).isEqualTo(SQL);
        assertThat(CandidateTaskJoin.innerJoin(SQL.replace("ACT_RU_IDENTITYLINK", "PFX_ACT_RU_IDENTITYLINK")))
                .contains("inner join PFX_ACT_RU_IDENTITYLINK I");
    }

    @Test
    void sqlWithoutTheCandidateConditionOrWithTwoJoinsIsLeftAlone() {
        String noCandidate = SQL.replace("I.TYPE_ = 'candidate' and", "");
        assertThat(CandidateTaskJoin.innerJoin(noCandidate)).isEqualTo(noCandidate);
        String twice = SQL + " union " + SQL;
        assertThat(CandidateTaskJoin.innerJoin(twice)).isEqualTo(twice);
        assertThat(CandidateTaskJoin.innerJoin("select * from ACT_RU_TASK")).isEqualTo("select * from ACT_RU_TASK");
    }

    @Test
    void onlyQueriesThatRequireACandidateLinkQualify() {
        assertThat(CandidateTaskJoin.onlyCandidateTasks(query().taskCandidateGroup("province-son-la"))).isTrue();
        assertThat(CandidateTaskJoin.onlyCandidateTasks((TaskQueryImpl) query().taskCandidateGroupIn(List.of("province-son-la"))
                .includeAssignedTasks())).isTrue();
        assertThat(CandidateTaskJoin.onlyCandidateTasks(query().taskCandidateUser("son-la"))).isTrue();
        assertThat(CandidateTaskJoin.onlyCandidateTasks((TaskQueryImpl) query().taskCandidateGroupLike("province-%"))).isTrue();

        // can match tasks without a candidate link: the LEFT JOIN must stay
        assertThat(CandidateTaskJoin.onlyCandidateTasks(query())).isFalse();
        assertThat(CandidateTaskJoin.onlyCandidateTasks((TaskQueryImpl) query().taskInvolvedUser("son-la"))).isFalse();
        assertThat(CandidateTaskJoin.onlyCandidateTasks((TaskQueryImpl) query().taskCandidateGroup("province-son-la")
                .or().taskAssignee("son-la").taskCandidateGroup("province-son-la").endOr())).isFalse();
        assertThat(CandidateTaskJoin.onlyCandidateTasks((TaskQueryImpl) query().taskCandidateGroup("province-son-la")
                .withoutCandidateUsers())).isFalse();
    }

    private static TaskQueryImpl query() {
        return new TaskQueryImpl();
    }
}

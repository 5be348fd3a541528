package vn.vusta.thidua.council;

import java.time.Instant;
import java.util.List;

/** One council member's vote: approved or not, per proposed nominee. Council votes are public. */
record CouncilBallot(String businessKey, String voter, List<Item> items, String remarks, Instant votedAt, String taskId) {

    record Item(Nominee nominee, boolean approved) {
    }
}

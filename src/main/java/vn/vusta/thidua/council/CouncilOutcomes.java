package vn.vusta.thidua.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.rules.Title;

/**
 * What the council decided, for readers outside this package (the overview): the approvals per nominee, which
 * council members voted (participation, not what), the signed decision and the awards with their revocations.
 */
@Component
public class CouncilOutcomes {

    /** The council's count for one nominee, e.g. 4 of 5 members approved, with the explanation of the threshold. */
    public record Approval(String unit, Title title, int approvals, int base, boolean approved, String explanation) {
    }

    public record Decision(String number, LocalDate date, String signedBy, Instant signedAt) {
    }

    /** An award as granted; {@code revokedAt} and {@code revocationReason} are set once it has been revoked. */
    public record GrantedAward(long id, String businessKey, int year, int cluster, String unit, Title title,
            String decisionNumber, LocalDate decisionDate, Instant revokedAt, String revocationReason) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    private final CouncilVotes votes;
    private final Awards awards;

    CouncilOutcomes(CouncilVotes votes, Awards awards) {
        this.votes = votes;
        this.awards = awards;
    }

    public List<Approval> approvals(String businessKey) {
        return votes.tally(businessKey).stream().map(t -> new Approval(t.nominee().unit(), t.nominee().title(),
                t.approvals(), t.base(), t.approved(), t.explanation())).toList();
    }

    /** The council members who have voted on the cycle's nominees, in the order they voted. */
    public List<String> voters(String businessKey) {
        return votes.ballots(businessKey).stream().map(CouncilBallot::voter).distinct().toList();
    }

    public Optional<Decision> decision(String businessKey) {
        return awards.decision(businessKey).map(d -> new Decision(d.number(), d.date(), d.signedBy(), d.signedAt()));
    }

    public List<GrantedAward> awardsOf(String businessKey) {
        return awards.ofCycle(businessKey).stream().map(CouncilOutcomes::granted).toList();
    }

    /** Every award of every year, by year and cluster. */
    public List<GrantedAward> allAwards() {
        return awards.all().stream().map(CouncilOutcomes::granted).toList();
    }

    private static GrantedAward granted(Award a) {
        return new GrantedAward(a.id(), a.businessKey(), a.year(), a.cluster(), a.unit(), a.title(), a.decisionNumber(),
                a.decisionDate(), a.revocation() == null ? null : a.revocation().revokedAt(),
                a.revocation() == null ? null : a.revocation().reason());
    }
}

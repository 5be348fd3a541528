package vn.vusta.thidua.vote;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.vusta.thidua.rules.Role;

/**
 * Elects next year's head and deputy from the first-round ballots by plurality. Only units the rotation rule allows
 * for the role count; the deputy cannot be the elected head. Equal votes: the higher year-end score wins, then the
 * default candidate (by default the outgoing deputy, for head), then the order of the member list.
 */
final class LeaderElection {

    private record Winner(String unit, long votes, String tieNote) {
    }

    private final TallyInput in;

    LeaderElection(TallyInput in) {
        this.in = in;
    }

    ElectionOutcome elect() {
        Winner head = plurality(Role.HEAD, Ballot::nextHead, null);
        Winner deputy = plurality(Role.DEPUTY, Ballot::nextDeputy, head == null ? null : head.unit());
        String explanation = describe(Role.HEAD, head) + " " + describe(Role.DEPUTY, deputy);
        return new ElectionOutcome(head == null ? null : head.unit(), head == null ? 0 : head.votes(),
                deputy == null ? null : deputy.unit(), deputy == null ? 0 : deputy.votes(), explanation);
    }

    private Winner plurality(Role role, Function<Ballot, String> choice, String excluded) {
        List<String> candidates = in.members().stream()
                .filter(unit -> !unit.equals(excluded))
                .filter(unit -> in.rotationOf(unit, role).eligible())
                .toList();
        Map<String, Long> votes = in.ballots().stream().map(choice).filter(Objects::nonNull)
                .filter(candidates::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        if (votes.isEmpty()) {
            return null;
        }
        long most = votes.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<String> tied = candidates.stream().filter(unit -> votes.getOrDefault(unit, 0L) == most).toList();
        Comparator<String> tieBreak = Comparator.comparing(in::scoreOf).reversed()
                .thenComparing(unit -> !in.rotationOf(unit, role).defaultCandidate());
        String winner = tied.stream().sorted(tieBreak).findFirst().orElseThrow();
        return new Winner(winner, most, tied.size() == 1 ? "" : tieNote(winner, tied));
    }

    private String tieNote(String winner, List<String> tied) {
        String others = tied.stream().filter(unit -> !unit.equals(winner)).map(in::nameOf)
                .collect(Collectors.joining(", "));
        boolean sameScore = tied.stream().anyMatch(unit -> !unit.equals(winner)
                && in.scoreOf(unit).compareTo(in.scoreOf(winner)) == 0);
        return " — hoà phiếu với " + others + (sameScore ? ", bằng điểm tổng kết: ứng viên mặc định / thứ tự danh sách cụm"
                : ", điểm tổng kết cao hơn");
    }

    private String describe(Role role, Winner winner) {
        String label = role.label() + " năm sau: ";
        if (winner == null) {
            return label + "chưa bầu được (không có phiếu hợp lệ).";
        }
        return label + in.nameOf(winner.unit()) + " (" + winner.votes() + "/" + in.ballots().size() + " phiếu)"
                + winner.tieNote() + ".";
    }
}

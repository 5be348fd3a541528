package vn.vusta.thidua.vote;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.FormPrefill;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.workflow.Actor;
import vn.vusta.thidua.workflow.FormJson;
import vn.vusta.thidua.workflow.FormValues;

/**
 * The head's confirmation of the minutes ({@code Task_ConfirmMinutes}, form {@code confirm-minutes}): when the form opens, the
 * outcome table and the election; on complete, the meeting's date, place and members present, stored with who and
 * when. Refused input leaves the task open.
 */
@Component("confirmMinutes")
class ConfirmMinutesListener implements TaskListener, FormPrefill {

    static final String MEETING_DATE = "meetingDate";
    static final String MEETING_PLACE = "meetingPlace";
    static final String MEMBERS_PRESENT = "membersPresent";
    static final String CONFIRMED = "confirmed";
    static final int PLACE_LENGTH = 200;

    private final Nominations nominations;
    private final VoteMinutes minutes;
    private final VoteOptions options;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    ConfirmMinutesListener(Nominations nominations, VoteMinutes minutes, VoteOptions options, AuditTrail audit,
            Actor actor, Clock clock) {
        this.nominations = nominations;
        this.minutes = minutes;
        this.options = options;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            confirm(task, CycleContext.of(task));
        }
    }

    /** The outcome table and the election. */
    @Override
    public Map<String, Object> values(DelegateTask task) {
        CycleContext cycle = CycleContext.of(task);
        return Map.of(VoteVariables.OUTCOMES, FormJson.serialized(rows(cycle)),
                VoteVariables.ELECTION_TEXT, nominations.election(cycle.businessKey())
                        .map(e -> electionText(e)).orElse("Chưa có kết quả bầu."));
    }

    private void confirm(DelegateTask task, CycleContext cycle) {
        FormValues form = new FormValues(task);
        LocalDate date = form.meetingDate(MEETING_DATE, "Ngày họp", cycle.year());
        String place = form.text(MEETING_PLACE, "Địa điểm họp", PLACE_LENGTH, true);
        BigDecimal present = form.number(MEMBERS_PRESENT, "Số đơn vị có mặt", BigDecimal.ONE,
                BigDecimal.valueOf(cycle.members().size()));
        if (!form.checkbox(CONFIRMED, "Xác nhận biên bản")) {
            form.reject(CONFIRMED, "Xác nhận biên bản: cụm trưởng phải xác nhận kết quả bình xét để gửi hồ sơ");
        }
        if (present != null && present.stripTrailingZeros().scale() > 0) {
            form.reject(MEMBERS_PRESENT, "Số đơn vị có mặt: phải là số nguyên");
        }
        form.throwIfInvalid();
        String who = actor.of(task);
        minutes.insert(new VoteMinutes.Minutes(cycle.businessKey(), date, place, present.intValue(), who, clock.instant()));
        audit.record(who, "CONFIRM_VOTE_MINUTES", cycle.businessKey() + "/vote/minutes",
                date + ", " + place + ", " + present.intValue() + "/" + cycle.members().size() + " đơn vị có mặt");
    }

    private List<Map<String, Object>> rows(CycleContext cycle) {
        return nominations.all(cycle.businessKey()).stream().map(o -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", options.name(o.unit()));
            row.put("title", o.title().label());
            row.put("votes", o.votes());
            row.put("threshold", o.threshold());
            row.put("rank", o.rank() == null ? "—" : String.valueOf(o.rank()));
            row.put("proposed", o.proposed() ? "Đề nghị" : "Không");
            row.put("reason", o.reason());
            return row;
        }).toList();
    }

    private String electionText(ElectionOutcome election) {
        String head = election.head() == null ? "chưa bầu được" : options.name(election.head()) + " (" + election.headVotes() + " phiếu)";
        String deputy = election.deputy() == null ? "chưa bầu được"
                : options.name(election.deputy()) + " (" + election.deputyVotes() + " phiếu)";
        return "Cụm trưởng năm sau: " + head + ". Cụm phó năm sau: " + deputy + ".";
    }
}

package vn.vusta.thidua.yearend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseTallies;
import vn.vusta.thidua.rules.FieldResult;
import vn.vusta.thidua.rules.RuleBook;
import vn.vusta.thidua.rules.RuleBooks;
import vn.vusta.thidua.rules.YearEndScore;

/**
 * Scores each unit's current report with the cycle's score table ({@link RuleBook#score}), ranks the cluster and
 * replaces the cycle's {@link UnitScores}; runs again after every correction.
 */
@Component("tallyResults")
class TallyResultsDelegate implements JavaDelegate {

    private final ResultReports reports;
    private final UnitScores scores;
    private final RuleBooks ruleBooks;
    private final PhaseTallies tallies;

    TallyResultsDelegate(ResultReports reports, UnitScores scores, RuleBooks ruleBooks, PhaseTallies tallies) {
        this.reports = reports;
        this.scores = scores;
        this.ruleBooks = ruleBooks;
        this.tallies = tallies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        RuleBook rules = ruleBooks.forVersions(cycle.rules());
        // units merged away or moved out during the year stay on record but no longer count
        List<ResultReport> current = reports.allLatest(cycle.businessKey()).stream()
                .filter(r -> cycle.members().contains(r.province())).toList();
        List<Ranking.Scored> scored = new ArrayList<>();
        Map<String, Map<Integer, ?>> pointsByUnit = new LinkedHashMap<>();
        for (ResultReport report : current) {
            List<FieldResult> fields = report.items().stream()
                    .map(i -> new FieldResult(i.field(), i.target(), i.result())).toList();
            YearEndScore score = rules.score(cycle.cluster(), cycle.year(), fields);
            scored.add(new Ranking.Scored(report.province(), score.total(), score.reachedPercent()));
            pointsByUnit.put(report.province(), score.pointsByField());
        }
        List<UnitScore> ranking = Ranking.rank(scored);
        scores.replace(cycle.businessKey(), ranking);

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("members", cycle.members().size());
        summary.put("reported", current.stream().map(ResultReport::province).toList());
        summary.put("missing", cycle.members().stream()
                .filter(m -> current.stream().noneMatch(r -> r.province().equals(m))).toList());
        summary.put("late", current.stream().filter(ResultReport::late).map(ResultReport::province).toList());
        summary.put("ranking", ranking);
        summary.put("pointsByField", pointsByUnit);
        tallies.record(cycle.businessKey(), Phase.YEAR_END, summary);
    }
}

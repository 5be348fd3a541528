package vn.vusta.thidua.council;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;

/**
 * Names the unit's task when the head re-opens its year-end report for the council ({@code Task_CorrectResults} of
 * process {@code council}; the year-end feature's {@code resultsTask} fills and stores the form as for any
 * correction).
 */
@Component("reopenedResults")
class ReopenedResultsListener implements TaskListener {

    private final DossierView view;

    ReopenedResultsListener(DossierView view) {
        this.view = view;
    }

    @Override
    public void notify(DelegateTask task) {
        CycleContext cycle = CycleContext.of(task);
        String unit = CycleContext.unitOf(task);
        task.setName("Sửa số liệu tổng kết năm " + cycle.year() + " theo ý kiến của Hội đồng TĐKT — LHH " + view.name(unit));
        task.setDescription("Thường trực Hội đồng Thi đua – Khen thưởng LHHVN trả lại hồ sơ của " + cycle.clusterLabel()
                + "; cụm trưởng mở lại báo cáo tổng kết của đơn vị. Sửa số liệu và nộp lại: điểm và xếp hạng được tính"
                + " lại, văn bản của hồ sơ được tạo lại.");
    }
}

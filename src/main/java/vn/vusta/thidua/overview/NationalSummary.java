package vn.vusta.thidua.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.documents.PrintedReport;
import vn.vusta.thidua.documents.ReportPdf;
import vn.vusta.thidua.reference.VietnameseFormat;
import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.yearend.UnitScores;
import vn.vusta.thidua.vote.Nominations;
import vn.vusta.thidua.vote.NomineeOutcome;

/**
 * The national summary of a year for printing (VUSTA only): every cluster's progress, the leading unit of each
 * cluster, the titles the clusters proposed and the awards decided (revoked ones marked).
 */
@Component
class NationalSummary {

    private final ClusterRows rows;
    private final ReadableCycles cycles;
    private final UnitScores scores;
    private final Nominations nominations;
    private final AwardRows awards;
    private final MergedUnitNames names;
    private final ReportPdf pdf;
    private final Clock clock;

    NationalSummary(ClusterRows rows, ReadableCycles cycles, UnitScores scores, Nominations nominations, AwardRows awards,
            MergedUnitNames names, ReportPdf pdf, Clock clock) {
        this.rows = rows;
        this.cycles = cycles;
        this.scores = scores;
        this.nominations = nominations;
        this.awards = awards;
        this.names = names;
        this.pdf = pdf;
        this.clock = clock;
    }

    byte[] pdf(int year) {
        cycles.requireNational();
        LocalDate today = LocalDate.now(clock);
        List<Cycle> opened = cycles.ofYear(year);
        MergedUnitNames.Lookup lookup = names.lookup();
        return pdf.write(new PrintedReport("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM", "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG",
                "Hà Nội, ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue() + " năm " + today.getYear(),
                "BÁO CÁO TỔNG HỢP", "Phong trào thi đua của các Cụm thi đua năm " + year,
                List.of(progress(year), leaders(opened, lookup), proposals(opened, lookup), awards(year))));
    }

    private PrintedReport.Section progress(int year) {
        List<List<String>> table = new ArrayList<>();
        for (ClusterRow r : rows.of(year, false)) {
            table.add(List.of("Cụm " + r.cluster(), r.phaseLabel(), orDash(VietnameseFormat.date(r.due())),
                    r.submitted() == null ? "—" : r.submitted() + "/" + r.members(),
                    r.late() == null ? "—" : String.valueOf(r.late()), name(r.head()), name(r.deputy())));
        }
        return new PrintedReport.Section("I. TIẾN ĐỘ CÁC CỤM", List.of("Cụm", "Giai đoạn", "Hạn", "Đã nộp", "Trễ hạn",
                "Cụm trưởng", "Cụm phó"), List.of(3, 6, 4, 3, 3, 4, 4), table, "Chưa có cụm nào.");
    }

    private PrintedReport.Section leaders(List<Cycle> opened, MergedUnitNames.Lookup lookup) {
        List<List<String>> table = new ArrayList<>();
        for (Cycle cycle : opened) {
            List<UnitScore> ranking = scores.current(cycle.businessKey());
            if (!ranking.isEmpty()) {
                UnitScore first = ranking.get(0);
                table.add(List.of("Cụm " + cycle.cluster(), name(lookup.of(first.province())), orDash(VietnameseFormat.decimal(first.score())),
                        orDash(VietnameseFormat.percent(first.reachedPercent())), String.valueOf(ranking.size())));
            }
        }
        return new PrintedReport.Section("II. ĐƠN VỊ DẪN ĐẦU CÁC CỤM", List.of("Cụm", "Đơn vị dẫn đầu", "Điểm",
                "Tỷ lệ hoàn thành", "Số đơn vị chấm điểm"), List.of(3, 6, 3, 4, 4), table, "Chưa có cụm nào chấm điểm.");
    }

    private PrintedReport.Section proposals(List<Cycle> opened, MergedUnitNames.Lookup lookup) {
        List<List<String>> table = new ArrayList<>();
        for (Cycle cycle : opened) {
            for (NomineeOutcome o : nominations.proposed(cycle.businessKey())) {
                table.add(List.of("Cụm " + cycle.cluster(), name(lookup.of(o.unit())), o.title().label(), o.threshold()));
            }
        }
        return new PrintedReport.Section("III. CÁC CỤM ĐỀ NGHỊ KHEN THƯỞNG", List.of("Cụm", "Đơn vị", "Danh hiệu",
                "Kết quả bình xét"), List.of(3, 6, 4, 7), table, "Chưa có cụm nào đề nghị.");
    }

    private PrintedReport.Section awards(int year) {
        List<List<String>> table = new ArrayList<>();
        for (AwardRow a : awards.of(year)) {
            table.add(List.of("Cụm " + a.cluster(), name(a.unit()), a.titleName(),
                    a.decisionNumber() + " ngày " + orDash(VietnameseFormat.date(a.decisionDate())),
                    a.revoked() ? "ĐÃ THU HỒI: " + a.revocationReason() : "Còn hiệu lực"));
        }
        return new PrintedReport.Section("IV. KHEN THƯỞNG ĐÃ QUYẾT ĐỊNH", List.of("Cụm", "Đơn vị", "Danh hiệu",
                "Quyết định", "Tình trạng"), List.of(3, 5, 4, 5, 5), table, "Chưa có quyết định khen thưởng.");
    }

    private static String name(UnitName unit) {
        if (unit == null) {
            return "—";
        }
        return unit.nowPartOf() == null ? unit.name() : unit.name() + " (nay thuộc " + unit.nowPartOf() + ")";
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }
}

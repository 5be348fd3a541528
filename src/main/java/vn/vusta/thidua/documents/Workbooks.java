package vn.vusta.thidua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.CycleAccess;
import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.cycle.UnitStatus;
import vn.vusta.thidua.reference.FieldsOfWork;
import vn.vusta.thidua.registration.Registration;
import vn.vusta.thidua.registration.Registrations;
import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.yearend.UnitScores;
import vn.vusta.thidua.vote.ElectionOutcome;
import vn.vusta.thidua.vote.Nominations;
import vn.vusta.thidua.vote.NomineeOutcome;

/**
 * Spreadsheet exports of cycles: registrations, mid-year progress, year-end results, scores and ranking, and the
 * vote's aggregated outcome per nominee and the election (never a ballot or who voted how). One sheet per record
 * kind, one row per unit and field, the cluster in the first column so that the national export is one table.
 * A member officer's export holds the cluster's outcomes and only their own unit's submissions.
 */
@Component
class Workbooks {

    private static final String[] SHEETS = {"Đăng ký", "Sơ kết 6 tháng", "Tổng kết", "Điểm và xếp hạng", "Bình xét",
        "Bầu cụm trưởng", "Thực hiện thời hạn"};
    private static final String[][] COLUMNS = {
        {"Cụm", "Năm", "Đơn vị", "Phiên bản", "Lĩnh vực", "Tên lĩnh vực", "Chỉ tiêu", "Mô tả", "Phấn đấu Cờ thi đua",
            "Phấn đấu Bằng khen", "Nộp muộn"},
        {"Cụm", "Năm", "Đơn vị", "Lĩnh vực", "Tên lĩnh vực", "Tiến độ (%)"},
        {"Cụm", "Năm", "Đơn vị", "Lĩnh vực", "Tên lĩnh vực", "Kết quả"},
        {"Cụm", "Năm", "Xếp hạng", "Đơn vị", "Tỷ lệ hoàn thành (%)", "Điểm"},
        {"Cụm", "Năm", "Đơn vị", "Danh hiệu", "Số phiếu", "Trên tổng số", "Ngưỡng", "Thứ hạng", "Đề nghị", "Lý do"},
        {"Cụm", "Năm", "Cụm trưởng năm sau", "Số phiếu", "Cụm phó năm sau", "Số phiếu", "Ghi chú"},
        {"Cụm", "Năm", "Đơn vị", "Giai đoạn", "Tình trạng", "Hạn", "Lý do", "Nộp lúc", "Số lần nộp"}};

    private final Registrations registrations;
    private final UnitScores scores;
    private final Nominations nominations;
    private final PhaseRecords records;
    private final DocumentModels models;

    private final UnitProgress progress;
    private final Clock clock;

    Workbooks(Registrations registrations, UnitScores scores, Nominations nominations, PhaseRecords records,
            DocumentModels models, UnitProgress progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
        this.registrations = registrations;
        this.scores = scores;
        this.nominations = nominations;
        this.records = records;
        this.models = models;
    }

    /** Every cycle given, each as the viewer may see it (one scope per cycle, in the same order). */
    byte[] export(List<Cycle> cycles, List<CycleAccess.Scope> scopes) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet[] sheets = new Sheet[SHEETS.length];
            for (int s = 0; s < SHEETS.length; s++) {
                sheets[s] = book.createSheet(SHEETS[s]);
                Row header = sheets[s].createRow(0);
                for (int c = 0; c < COLUMNS[s].length; c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(COLUMNS[s][c]);
                    cell.setCellStyle(bold);
                    sheets[s].setColumnWidth(c, (c == 5 || c == 7 || c == 9 ? 40 : 16) * 256);
                }
                sheets[s].createFreezePane(0, 1);
            }
            for (int i = 0; i < cycles.size(); i++) {
                fill(sheets, cycles.get(i), scopes.get(i));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(Sheet[] sheets, Cycle cycle, CycleAccess.Scope scope) {
        String key = cycle.businessKey();
        for (Registration r : registrations.allLatest(key)) {
            if (scope.maySee(r.province())) {
                for (Registration.Target t : r.targets()) {
                    add(sheets[0], cycle, models.name(r.province(), cycle), r.version(), t.field(), FieldsOfWork.name(t.field()),
                            t.target(), t.description(), yes(r.aimFlag()), yes(r.aimMerit()), yes(r.late()));
                }
            }
        }
        perField(sheets[1], cycle, scope, records.midYearProgress(key));
        perField(sheets[2], cycle, scope, records.yearEndResults(key));
        for (UnitScore s : scores.current(key)) {
            add(sheets[3], cycle, s.rank(), models.name(s.province(), cycle), s.reachedPercent(), s.score());
        }
        for (NomineeOutcome o : nominations.all(key)) {
            add(sheets[4], cycle, models.name(o.unit(), cycle), o.title().label(), o.votes(), o.base(), o.threshold(), o.rank(),
                    yes(o.proposed()), o.reason());
        }
        nominations.election(key).ifPresent((ElectionOutcome e) -> add(sheets[5], cycle, models.name(e.head(), cycle),
                e.headVotes(), models.name(e.deputy(), cycle), e.deputyVotes(), e.explanation()));
        for (UnitStatus s : progress.of(key).stream().sorted(java.util.Comparator.comparing(UnitStatus::phase)).toList()) {
            // the same words as every report; a unit's submission times only for its own officer and VUSTA
            add(sheets[6], cycle, models.name(s.province(), cycle), s.phase().label(),
                    s.timeliness(clock.instant()).label(s.phase()), day(s.extendedTo() != null ? s.extendedTo() : s.dueAt()),
                    s.closedReason() != null ? s.closedReason() : s.extensionReason(),
                    scope.maySee(s.province()) ? day(s.submittedAt()) : null, s.submissions());
        }
    }

    private void perField(Sheet sheet, Cycle cycle, CycleAccess.Scope scope, Map<String, Map<Integer, BigDecimal>> values) {
        values.forEach((unit, fields) -> {
            if (scope.maySee(unit)) {
                fields.forEach((field, value) -> add(sheet, cycle, models.name(unit, cycle), field, FieldsOfWork.name(field), value));
            }
        });
    }

    private static void add(Sheet sheet, Cycle cycle, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(cycle.cluster());
        row.createCell(1).setCellValue(cycle.year());
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i + 2);
            Object value = values[i];
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }

    private static String day(java.time.Instant instant) {
        return instant == null ? null : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(instant.atZone(vn.vusta.thidua.engine.EngineClock.VIETNAM));
    }

    private static String yes(boolean value) {
        return value ? "có" : "không";
    }
}

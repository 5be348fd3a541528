package vn.vusta.thidua.council;

import java.time.Instant;

/**
 * One version of a nominee's Báo cáo thành tích (achievement report of a collective, Nghị định 30/2020/NĐ-CP):
 * the unit's situation, its achievements of the year and the awards it already holds, written by its officer.
 */
public record AchievementReport(String businessKey, String unit, int version, String situation, String achievements,
        String previousAwards, String submittedBy, Instant submittedAt, String taskId) {
}

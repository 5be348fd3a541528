package vn.vusta.thidua.vote;

import vn.vusta.thidua.rules.Title;

/** The Vietnamese reasons written next to each nominee in the tally and the minutes. */
final class NomineeReasons {

    static final String IN_QUOTA = "đạt ngưỡng, trong chỉ tiêu";
    static final String IN_QUOTA_WAITING = "đạt ngưỡng, trong chỉ tiêu — chờ kết quả bầu lại";
    static final String NOT_REACHED = "không đạt ngưỡng";
    static final String NOT_ASSESSED = "chưa xét điều kiện";
    static final String RUNOFF_NEEDED = "hoà phiếu ở ranh giới chỉ tiêu — cần bầu lại";

    private NomineeReasons() {
    }

    static String overQuota(int quota, Title title) {
        return "vượt chỉ tiêu (tối đa " + quota + " " + title.label() + ")";
    }

    static String alreadyProposed(Title higher) {
        return "đã được đề nghị " + higher.label() + " — mỗi đơn vị chỉ nhận một danh hiệu";
    }

    static String waitingForRunoff(Title runoffTitle) {
        return "chờ kết quả bầu lại " + runoffTitle.label();
    }

    static String wonRunoff(long runoffVotes) {
        return "thắng khi bầu lại (" + runoffVotes + " phiếu)";
    }

    static String lostRunoff(long runoffVotes) {
        return "thua khi bầu lại (" + runoffVotes + " phiếu)";
    }

    /** After {@code runoffsHeld} runoffs the tie remains: the year-end score decides. */
    static String scoreDecided(int runoffsHeld, boolean higher, boolean equalScores) {
        String tie = runoffsHeld == 0 ? "hoà phiếu" : "hoà khi bầu lại";
        String score = higher ? "điểm tổng kết cao hơn" : "điểm tổng kết thấp hơn";
        return equalScores ? tie + " — bằng điểm tổng kết, theo thứ tự danh sách cụm" : tie + " — " + score;
    }
}

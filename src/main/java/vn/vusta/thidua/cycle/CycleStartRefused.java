package vn.vusta.thidua.cycle;

import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * A cycle that may not be started, refused in the starting transaction whichever API starts it: {@code 409} for a
 * cluster-year that already has a live cycle, {@code 400} for a start that could never open (no members, no head,
 * the wrong business key). A {@link RestException}, so that {@code /engine-rest} answers with its status; the
 * project API maps it in {@link CycleController}.
 */
public class CycleStartRefused extends RestException {

    private final String businessKey;

    private CycleStartRefused(Response.Status status, String businessKey, String message) {
        super(status, message);
        this.businessKey = businessKey;
    }

    static CycleStartRefused alreadyOpen(Cycle live) {
        return new CycleStartRefused(Response.Status.CONFLICT, live.businessKey(), "đã mở chu kỳ " + live.businessKey()
                + " (" + (live.closedAt() == null ? "đang ở giai đoạn " + live.phase().label() : "đã kết thúc")
                + "): không mở chu kỳ thứ hai cho cụm " + live.cluster() + " năm " + live.year()
                + "; huỷ chu kỳ đó trước nếu cần mở lại");
    }

    static CycleStartRefused startedMeanwhile(int cluster, int year, String businessKey) {
        return new CycleStartRefused(Response.Status.CONFLICT, businessKey, "Cụm " + cluster + " năm " + year
                + " vừa được mở bởi một yêu cầu khác: không mở chu kỳ thứ hai");
    }

    static CycleStartRefused invalid(String businessKey, String message) {
        return new CycleStartRefused(Response.Status.BAD_REQUEST, businessKey, message);
    }

    public boolean conflict() {
        return getStatus() == Response.Status.CONFLICT;
    }

    public String businessKey() {
        return businessKey;
    }
}

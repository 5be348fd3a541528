package vn.vusta.thidua.council;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vusta.thidua.reference.UnitNames;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.system.CurrentUser;
import vn.vusta.thidua.system.ForbiddenException;
import vn.vusta.thidua.system.GroupIds;

/**
 * Awards are public decisions: every signed-in user may list them. Revoking one (an award obtained through false
 * reports) is a new, audited record, for the council's chair and administrators only; nothing else changes an award.
 */
@RestController
@RequestMapping("/api/awards")
class AwardController {

    static final int REASON_LENGTH = 2000;

    private final Awards awards;
    private final UnitNames unitNames;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    AwardController(Awards awards, UnitNames unitNames, AuditTrail audit, CurrentUser currentUser) {
        this.awards = awards;
        this.unitNames = unitNames;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** {@code GET /api/awards?year=2024}: the year's awards of every cluster, with their status. */
    @GetMapping
    List<Map<String, Object>> ofYear(@RequestParam int year) {
        return awards.ofYear(year).stream().map(this::view).toList();
    }

    /** {@code POST /api/awards/{id}/revoke} with {@code {"reason": "..."}}. */
    @PostMapping("/{id}/revoke")
    Map<String, Object> revoke(@PathVariable long id, @RequestBody(required = false) Map<String, Object> body) {
        if (!currentUser.isIn(GroupIds.COUNCIL_CHAIR) && !currentUser.isAdministrator()) {
            throw new ForbiddenException(
                    "Chỉ Chủ tịch Hội đồng Thi đua – Khen thưởng hoặc quản trị viên được thu hồi khen thưởng");
        }
        Object reason = body == null ? null : body.get("reason");
        if (!(reason instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException("Lý do thu hồi: bắt buộc nhập");
        }
        if (text.strip().length() > REASON_LENGTH) {
            throw new IllegalArgumentException("Lý do thu hồi: tối đa " + REASON_LENGTH + " ký tự");
        }
        Award award = awards.find(id).orElseThrow(() -> new NoSuchElementException("Không có khen thưởng số " + id));
        if (award.revocation() != null || !awards.revoke(id, text.strip(), currentUser.id())) {
            throw new AlreadyRevoked(id);
        }
        audit.record(currentUser.id(), "REVOKE_AWARD", award.businessKey() + "/council/award/" + id, text.strip());
        return view(awards.find(id).orElseThrow());
    }

    @ExceptionHandler(AlreadyRevoked.class)
    ResponseEntity<Map<String, Object>> conflict(AlreadyRevoked e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "ALREADY_REVOKED", "message", e.getMessage()));
    }

    private Map<String, Object> view(Award a) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", a.id());
        view.put("year", a.year());
        view.put("cluster", a.cluster());
        view.put("unit", a.unit());
        view.put("unitName", unitNames.ofYear(a.unit(), a.year()));
        unitNames.successorOf(a.unit()).ifPresent(s -> {
            view.put("mergedInto", s.successorCode());
            view.put("mergedIntoName", unitNames.today(s.successorCode()));
        });
        view.put("label", unitNames.ofYearWithSuccessor(a.unit(), a.year()));
        view.put("title", a.title().name());
        view.put("titleName", a.title().label());
        view.put("decisionNumber", a.decisionNumber());
        view.put("decisionDate", a.decisionDate().toString());
        view.put("status", a.status());
        if (a.revocation() != null) {
            view.put("revocation", Map.of("reason", a.revocation().reason(), "revokedBy", a.revocation().revokedBy(),
                    "revokedAt", a.revocation().revokedAt().toString()));
        }
        return view;
    }

    static final class AlreadyRevoked extends RuntimeException {

        AlreadyRevoked(long id) {
            super("Khen thưởng số " + id + " đã bị thu hồi");
        }
    }
}

package vn.vusta.thidua.registration;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.SubmissionCarry;
import vn.vusta.thidua.cycle.SubmissionCarry.Sources;
import vn.vusta.thidua.reference.FieldsOfWork;
import vn.vusta.thidua.rules.MergerCarry;

/**
 * A merger during the cycle, rule {@code SUM_OF_PARTS}: the successor's registration becomes, as a new version, the
 * sum of its own and its parts' current targets per field, aiming for a title if any of them did. The parts'
 * registrations stay as they were.
 */
@Component
class RegistrationCarry implements SubmissionCarry {

    private final Registrations registrations;
    private final Clock clock;

    RegistrationCarry(Registrations registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public Phase phase() {
        return Phase.REGISTRATION;
    }

    @Override
    public Optional<Carried> carry(String businessKey, String successor, List<String> parts, MergerCarry rule, String actor) {
        Optional<Sources<Registration>> sources = Sources.gather(rule, parts, successor, unit -> registrations.latest(businessKey, unit),
                Registration::province);
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        Optional<Registration> own = sources.get().own();
        List<Registration> all = sources.get().all();
        String from = sources.get().from();
        List<Registration.Target> targets = new ArrayList<>();
        for (int field = 1; field <= FieldsOfWork.COUNT; field++) {
            int f = field;
            BigDecimal sum = all.stream().map(r -> r.targets().get(f - 1).target()).reduce(BigDecimal.ZERO, BigDecimal::add);
            String description = own.map(r -> r.targets().get(f - 1).description()).filter(d -> d != null && !d.isBlank())
                    .map(d -> d + "; ").orElse("") + "cộng chỉ tiêu của " + from + " (sáp nhập)";
            targets.add(new Registration.Target(field, sum, description.substring(0, Math.min(500, description.length()))));
        }
        int version = registrations.nextVersion(businessKey, successor);
        registrations.insert(new Registration(businessKey, successor, version, all.stream().anyMatch(Registration::aimFlag),
                all.stream().anyMatch(Registration::aimMerit), all.stream().anyMatch(Registration::covenantAccepted),
                targets, actor, clock.instant(), own.map(Registration::late).orElse(false), "sap-nhap-" + UUID.randomUUID()));
        return Optional.of(new Carried(version, sources.get().carriedUnits()));
    }
}

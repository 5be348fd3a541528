package vn.vusta.thidua.overview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ProvinceSuccession;
import vn.vusta.thidua.reference.ReferenceData;

/** Names of units, and the mergers of the reference data in both directions (successor and predecessors). */
@Component
class MergedUnitNames {

    /** The mergers read once for one answer. */
    final class Lookup {

        private final Map<String, String> successorOf = new HashMap<>();

        private Lookup(List<ProvinceSuccession> successions) {
            successions.stream().filter(ProvinceSuccession::isAbsorbed)
                    .forEach(s -> successorOf.put(s.mergedCode(), s.successorCode()));
        }

        UnitName of(String code) {
            if (code == null) {
                return null;
            }
            String successor = successorOf.get(code);
            return new UnitName(code, name(code), successor == null ? null : name(successor));
        }

        /** The units merged into this one (none for a unit that absorbed nobody). */
        List<String> predecessors(String code) {
            return successorOf.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).sorted()
                    .toList();
        }
    }

    private final ReferenceData reference;

    MergedUnitNames(ReferenceData reference) {
        this.reference = reference;
    }

    Lookup lookup() {
        return new Lookup(reference.successions());
    }

    String name(String code) {
        return reference.province(code).map(Province::name).orElse(code);
    }

    boolean exists(String code) {
        return reference.province(code).isPresent();
    }

    String clusterName(int cluster) {
        return reference.cluster(cluster).map(c -> c.name()).orElse("Cụm thi đua số " + cluster);
    }
}

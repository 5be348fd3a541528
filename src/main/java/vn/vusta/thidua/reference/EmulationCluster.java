package vn.vusta.thidua.reference;

/** An emulation cluster (Cụm thi đua), numbered 1–9 since 2022. */
public record EmulationCluster(int number, String name) {
}

package vn.vusta.thidua.reference;

/** A provincial union of science and technology associations, identified by its province's ASCII code. */
public record Province(String code, String gsoCode, String name) {
}

package vn.vusta.thidua.council;

import vn.vusta.thidua.rules.Title;

/** A unit proposed for a title; {@link #key()} is its value in the council's forms, e.g. {@code vinh-long:FLAG}. */
public record Nominee(String unit, Title title) {

    String key() {
        return unit + ":" + title.name();
    }
}

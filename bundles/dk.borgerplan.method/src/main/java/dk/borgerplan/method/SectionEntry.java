package dk.borgerplan.method;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a {@link PlanSection}: its fields' values as the plan model has checked and normalised them (a date as
 * {@code 2026-11-22}, an amount as {@code 1250.50}, a choice by its id). Fields without a value are absent.
 */
public record SectionEntry(Map<String, String> values) {

    /** Keeps the order the values were given in: the section's field order, as the plan model checks them. */
    public SectionEntry {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((field, value) -> copy.put(Objects.requireNonNull(field, "field"),
                Objects.requireNonNull(value, "value")));
        values = Collections.unmodifiableMap(copy);
    }

    /** The value of a field, if the entry has one. */
    public Optional<String> value(String field) {
        return Optional.ofNullable(values.get(field));
    }

    /** Whether the field has a value that is not blank. */
    public boolean has(String field) {
        String value = values.get(field);
        return value != null && !value.isBlank();
    }

    /** An {@link FieldKind#AMOUNT} field's value; zero when absent. */
    public BigDecimal amount(String field) {
        return value(field).map(BigDecimal::new).orElse(BigDecimal.ZERO);
    }

    /** A {@link FieldKind#DATE} field's value. */
    public Optional<LocalDate> date(String field) {
        return value(field).map(LocalDate::parse);
    }
}

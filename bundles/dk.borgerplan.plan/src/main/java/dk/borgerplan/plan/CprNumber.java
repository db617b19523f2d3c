package dk.borgerplan.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A Danish CPR number (personnummer): ten digits, DDMMYY and a serial whose first digit gives the century.
 * Sensitive: {@link #toString()} is masked, so that a number written to a log or an error by mistake shows only the
 * date part. Modulus 11 is not checked: numbers without it have been issued since 2007.
 */
public final class CprNumber {

    private final String digits;
    private final LocalDate birthDate;

    private CprNumber(String digits, LocalDate birthDate) {
        this.digits = digits;
        this.birthDate = birthDate;
    }

    /**
     * Why a text is not a CPR number: {@code cprFormat} (not ten digits, optionally DDMMYY-SSSS) or {@code cprDate}
     * (the first six digits are not a date in the century the serial gives); empty when it is one.
     */
    public static java.util.Optional<String> problem(String text) {
        try {
            parse(text);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of(e instanceof NotADate ? "cprDate" : "cprFormat");
        }
    }

    private static final class NotADate extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NotADate() {
            super("The date part of the CPR number is not a date");
        }
    }

    /**
     * Reads {@code DDMMYYSSSS} or {@code DDMMYY-SSSS}.
     *
     * @throws IllegalArgumentException when the text is not a CPR number; the message never repeats the text
     */
    public static CprNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        String digits = text.strip().replace("-", "");
        if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                || text.strip().indexOf('-') != text.strip().lastIndexOf('-')
                || (text.strip().contains("-") && text.strip().indexOf('-') != 6)) {
            throw new IllegalArgumentException("A CPR number is ten digits, DDMMYY-SSSS");
        }
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int year = Integer.parseInt(digits.substring(4, 6));
        int centuryDigit = digits.charAt(6) - '0';
        try {
            return new CprNumber(digits, LocalDate.of(century(centuryDigit, year) + year, month, day));
        } catch (DateTimeException e) {
            throw new NotADate();
        }
    }

    /** The CPR office's rule: the first serial digit and the two-digit year give the century. */
    private static int century(int serialDigit, int year) {
        if (serialDigit <= 3) {
            return 1900;
        }
        if (serialDigit == 4 || serialDigit == 9) {
            return year <= 36 ? 2000 : 1900;
        }
        return year <= 57 ? 2000 : 1800;
    }

    /** The ten digits, for storage and for the one place that shows them on purpose. */
    public String value() {
        return digits;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** {@code DDMMYY-xxxx}: how the number is shown unless a user asks to see it. */
    public String masked() {
        return digits.substring(0, 6) + "-xxxx";
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CprNumber cpr && cpr.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }
}

package dk.borgerplan.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A Danish CPR number (personnummer): ten digits, DDMMYY and a serial whose first digit gives the century.
 * Sensitive: {@link #toString()} is masked, so that a number written to a log or an error by mistake shows only the
 * date part. Modulus 11 is not checked: numbers without it have been issued since 2007.
 * <p>
 * <b>Fictitious numbers (test data).</b> The platform reserves birth dates in the years {@value #FICTITIOUS_FIRST_YEAR}
 * to {@value #FICTITIOUS_LAST_YEAR} for test and demo data ({@link #isFictitious()}, made by {@link #fictitious(int)}).
 * The CPR office's century rule writes such a date with a two-digit year 40–57 and a serial whose first digit is
 * 5–8 (with 0–3 the same digits mean 1940–1957, with 4 or 9 also the 1900s). These dates lie in the future, so no
 * living person has, or can be confused with having, such a number, and the CPR office cannot issue one for decades;
 * yet they are well-formed, so every rule of the plan model applies to them. Every screen that shows a CPR number
 * marks a fictitious one as test data.
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

    /** The first birth year of the range reserved for fictitious numbers (test data). */
    public static final int FICTITIOUS_FIRST_YEAR = 2040;
    /** The last birth year of the range reserved for fictitious numbers (test data). */
    public static final int FICTITIOUS_LAST_YEAR = 2057;

    private static final int FICTITIOUS_DAYS = 28;
    private static final int FICTITIOUS_DATES = (FICTITIOUS_LAST_YEAR - FICTITIOUS_FIRST_YEAR + 1) * 12
            * FICTITIOUS_DAYS;
    private static final int FICTITIOUS_SERIALS = 4000;

    /** How many distinct fictitious numbers {@link #fictitious(int)} makes: sequences 0 to this minus one. */
    public static final int FICTITIOUS_COUNT = FICTITIOUS_DATES * FICTITIOUS_SERIALS;

    /**
     * Whether this is a number from the range reserved for test data: a birth date in {@value #FICTITIOUS_FIRST_YEAR}
     * –{@value #FICTITIOUS_LAST_YEAR}, in the future, so it can never be a real person's (see the class comment).
     */
    public boolean isFictitious() {
        return birthDate.getYear() >= FICTITIOUS_FIRST_YEAR && birthDate.getYear() <= FICTITIOUS_LAST_YEAR;
    }

    /**
     * The fictitious number with this sequence number, for generated test and demo data: distinct sequences give
     * distinct numbers, and every one {@link #isFictitious()}. Consecutive sequences get consecutive birth dates (day
     * 1–28 of each month, 2040–2057), so that generated citizens do not share a birthday until all dates are used.
     *
     * @param sequence 0 to {@link #FICTITIOUS_COUNT} minus one
     */
    public static CprNumber fictitious(int sequence) {
        if (sequence < 0 || sequence >= FICTITIOUS_COUNT) {
            throw new IllegalArgumentException("A fictitious CPR number's sequence is 0 to " + (FICTITIOUS_COUNT - 1));
        }
        int date = sequence % FICTITIOUS_DATES;
        int serial = sequence / FICTITIOUS_DATES;
        int day = date % FICTITIOUS_DAYS + 1;
        int month = date / FICTITIOUS_DAYS % 12 + 1;
        int year = FICTITIOUS_FIRST_YEAR + date / (FICTITIOUS_DAYS * 12);
        // Serial digits 5000–8999: the first digit 5–8 puts a two-digit year 40–57 in the 2000s.
        String digits = String.format("%02d%02d%02d%04d", day, month, year % 100, 5000 + serial);
        return new CprNumber(digits, LocalDate.of(year, month, day));
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

package dk.borgerplan.export.letter.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.export.ExportOptions;
import dk.borgerplan.export.InformationLetterExport;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.platform.PlatformHome;
import dk.borgerplan.platform.Text;

/**
 * The information letter to a cooperating municipality (seed 001, 2.1.1) as PDF. The words come from a template the
 * municipality edits ({@link LetterConfig#template()}, read anew for every letter so that an edit applies at once);
 * the built-in template is used while that file does not exist, and instead of a template with a placeholder no
 * letter can fill, which is reported once as a configuration error.
 */
@Component(service = InformationLetterExport.class, configurationPid = PdfInformationLetterExport.PID)
@Designate(ocd = LetterConfig.class)
public class PdfInformationLetterExport implements InformationLetterExport {

    static final String PID = "dk.borgerplan.export.letter";
    private static final Logger LOG = LoggerFactory.getLogger(PdfInformationLetterExport.class);

    static final Text TITLE = Text.of("Informationsbrev til samarbejdskommuner",
            "Information letter to cooperating municipalities");
    static final Text NO_MEETING = Text.of("endnu ikke fastlagt", "not yet set");
    static final Text MUNICIPALITY_CODE = Text.of("kommunekode", "municipality code");

    private final PlatformHome home;
    private final Consumer<String> configurationErrors;
    /** Problems already reported, so that each is logged once rather than for every letter. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private volatile LetterConfig config;

    @Activate
    public PdfInformationLetterExport(@Reference PlatformHome home, LetterConfig config) {
        this(home, config, LOG::error);
    }

    PdfInformationLetterExport(PlatformHome home, LetterConfig config, Consumer<String> configurationErrors) {
        this.home = home;
        this.configurationErrors = configurationErrors;
        modified(config);
    }

    @Modified
    void modified(LetterConfig newConfig) {
        this.config = newConfig;
        reported.clear();
        if (newConfig.sender().isBlank()) {
            LOG.warn("The information letter has no sender: set 'sender' in {}.cfg", PID);
        }
    }

    @Override
    public byte[] pdf(Citizen citizen, Plan plan, ExportOptions options) {
        Objects.requireNonNull(citizen, "citizen");
        Objects.requireNonNull(options, "options");
        Locale locale = options.locale();
        LetterConfig settings = config;
        Map<String, String> values = new HashMap<>();
        values.put(LetterTemplate.MUNICIPALITY, municipality(citizen.actingMunicipality(), settings, locale));
        values.put(LetterTemplate.CITIZEN, citizen.name() == null ? "" : citizen.name());
        values.put(LetterTemplate.DATE, date(options.date(), locale));
        values.put(LetterTemplate.MEETING_DATE, plan != null && plan.meeting() != null && plan.meeting().date() != null
                ? date(plan.meeting().date(), locale)
                : NO_MEETING.in(locale));
        values.put(LetterTemplate.SENDER, settings.sender().strip());
        values.put(LetterTemplate.VIDEO, settings.video().strip());
        values.put(LetterTemplate.VIDEO_RELATIVES, settings.video_relatives().strip());
        return LetterPdf.render(template(settings, locale).fill(values), TITLE.in(locale), english(locale) ? "en-GB"
                : "da-DK");
    }

    /** The municipality's template if it exists and is sound, else the built-in one. */
    LetterTemplate template(LetterConfig settings, Locale locale) {
        String configured = english(locale) ? settings.template_en() : settings.template();
        if (configured != null && !configured.isBlank()) {
            Path file = home.resolve(configured.strip()).toAbsolutePath().normalize();
            if (Files.isRegularFile(file)) {
                try {
                    LetterTemplate template = new LetterTemplate(Files.readString(file, StandardCharsets.UTF_8));
                    Set<String> unknown = template.unknownPlaceholders();
                    if (unknown.isEmpty()) {
                        return template;
                    }
                    reportOnce(file + " " + unknown, "Configuration error in the information letter template " + file
                            + ": unknown placeholder(s) " + unknown + "; known are " + new java.util.TreeSet<>(
                                    LetterTemplate.PLACEHOLDERS) + ". The built-in letter is sent until it is fixed.");
                } catch (IOException | RuntimeException e) {
                    // The exception's text is about the file (encoding, access), never about a citizen.
                    reportOnce(file + " unreadable", "Configuration error: the information letter template " + file
                            + " cannot be read as UTF-8 text (" + e.getClass().getSimpleName()
                            + "). The built-in letter is sent until it is fixed.");
                }
            }
        }
        return builtIn(locale);
    }

    private void reportOnce(String key, String message) {
        if (reported.add(key)) {
            configurationErrors.accept(message);
        }
    }

    static LetterTemplate builtIn(Locale locale) {
        String name = english(locale) ? "informationsbrev-en.txt" : "informationsbrev.txt";
        try (InputStream in = PdfInformationLetterExport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The built-in template " + name + " is missing");
            }
            return new LetterTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The municipality's name from the configuration, else its code (kommunekode) as a number. */
    static String municipality(String code, LetterConfig settings, Locale locale) {
        String wanted = normalise(code);
        if (wanted.isEmpty()) {
            return "";
        }
        for (String entry : settings.municipalities()) {
            int equals = entry.indexOf('=');
            if (equals > 0 && normalise(entry.substring(0, equals)).equals(wanted)) {
                return entry.substring(equals + 1).strip();
            }
        }
        return MUNICIPALITY_CODE.in(locale) + " " + code.strip();
    }

    /** Codes are written with and without leading zeros ("0730", "730"). */
    private static String normalise(String code) {
        if (code == null) {
            return "";
        }
        String stripped = code.strip().replaceFirst("^0+(?=.)", "");
        return stripped;
    }

    static String date(LocalDate date, Locale locale) {
        return english(locale)
                ? date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))
                : date.format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK")));
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}

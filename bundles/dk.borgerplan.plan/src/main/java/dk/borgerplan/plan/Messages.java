package dk.borgerplan.plan;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The plan model's texts (violations and hints), Danish by default and English on request. */
final class Messages {

    private Messages() {
    }

    static String format(String key, List<Object> arguments, Locale locale) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle messages = ResourceBundle.getBundle("dk.borgerplan.plan.violations", language,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = messages.containsKey(key) ? messages.getString(key) : key;
        // Numbers as each language writes them: 2.000 in Danish, 2,000 in English.
        Locale numbers = language == Locale.ENGLISH ? Locale.ENGLISH : Locale.forLanguageTag("da");
        // A method's own message arrives as a Text in both languages.
        Object[] values = arguments.stream()
                .map(argument -> argument instanceof dk.borgerplan.platform.Text text ? text.in(language) : argument)
                .toArray();
        return new MessageFormat(pattern, numbers).format(values);
    }
}

package dk.borgerplan.method;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dk.borgerplan.platform.Text;

/**
 * The rules every {@link Method} must satisfy, in one place so that each plugin's test is one line
 * ({@code MethodContract.verify(new MyMethod())}) and a host can also check a plugin that arrives at run time. Free of
 * test libraries on purpose: it is part of the exported API.
 *
 * <ul>
 * <li>{@link Method#id()} is lower-case letters, digits and dashes, starting with a letter.</li>
 * <li>The class carries {@link MethodId} with the same id, so the service property cannot drift from it.</li>
 * <li>Name and description exist in Danish and English.</li>
 * <li>There is at least one phase; phases follow the order of {@link Phase}, each at most once.</li>
 * <li>Every phase has a name and a description in Danish and English.</li>
 * <li>Guides, sheets, card decks and sections have well-formed, unique ids and every text in both languages; a
 * choice field has choices; a section's fields are unique ({@link #contentViolations}).</li>
 * </ul>
 */
public final class MethodContract {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    /** An icon concept id as the icon packs name them: {@code theme.egenomsorg}, {@code prep.can-do}. */
    private static final Pattern ICON = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

    private MethodContract() {
    }

    /** Throws {@link IllegalArgumentException} listing every rule the method breaks; returns normally otherwise. */
    public static void verify(Method method) {
        List<String> violations = violations(method);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("Method " + describe(method) + " breaks the method contract:\n  - "
                    + String.join("\n  - ", violations));
        }
    }

    /** Every rule the method breaks, one sentence each; empty when the method satisfies the contract. */
    public static List<String> violations(Method method) {
        List<String> violations = new ArrayList<>();
        if (method == null) {
            violations.add("there is no method");
            return violations;
        }
        String id = method.id();
        if (id == null || !ID.matcher(id).matches()) {
            violations.add("id '" + id + "' must be lower-case letters, digits and dashes, starting with a letter");
        }
        MethodId annotation = method.getClass().getAnnotation(MethodId.class);
        if (annotation == null) {
            violations.add("the class must carry @MethodId(\"" + id + "\") to register the service property "
                    + Method.ID_PROPERTY);
        } else if (!annotation.value().equals(id)) {
            violations.add("@MethodId(\"" + annotation.value() + "\") differs from id() '" + id + "'");
        }
        checkText(violations, "name", method.name());
        checkText(violations, "description", method.description());

        List<MethodPhase> phases = method.phases();
        if (phases == null || phases.isEmpty()) {
            violations.add("phases must list at least one phase");
            return violations;
        }
        Phase previous = null;
        for (MethodPhase phase : phases) {
            if (phase == null) {
                violations.add("phases must not contain null");
                continue;
            }
            if (previous != null && phase.phase().compareTo(previous) <= 0) {
                violations.add("phase " + phase.phase() + " comes after " + previous
                        + ": phases must follow PREPARE, DRAFT, USE, RENEW, each at most once");
            }
            previous = phase.phase();
            checkText(violations, phase.phase() + " name", phase.name());
            checkText(violations, phase.phase() + " description", phase.description());
        }
        contentViolations(violations, new MethodContent(method.guides(), method.sheets(), method.cardDecks(),
                method.sections()));
        List<String> scales = method.preferredScales();
        if (scales == null) {
            violations.add("preferredScales must be a list (empty when there are none)");
        } else {
            scales.stream().filter(scale -> scale == null || !ID.matcher(scale).matches())
                    .forEach(scale -> violations.add("preferred scale '" + scale + "' is not a scale id"));
        }
        return violations;
    }

    /**
     * What is wrong with a list of guides, added to {@code violations}: ids as for a method and unique, a title and
     * an about in both languages, at least one item, item ids unique within their guide, every text in both languages.
     * Used for a method's guides and for the shared ones.
     */
    public static void guideViolations(List<String> violations, List<Guide> guides) {
        if (guides == null) {
            violations.add("guides must be a list (empty when there are none)");
            return;
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Guide guide : guides) {
            String where = "guide '" + guide.id() + "'";
            if (!ID.matcher(guide.id()).matches()) {
                violations.add(where + ": id must be lower-case letters, digits and dashes");
            }
            if (!ids.add(guide.id())) {
                violations.add(where + " is listed twice");
            }
            checkText(violations, where + " title", guide.title());
            checkText(violations, where + " about", guide.about());
            if (guide.items().isEmpty()) {
                violations.add(where + " has no items");
            }
            java.util.Set<String> itemIds = new java.util.HashSet<>();
            for (GuideItem item : guide.items()) {
                if (!itemIds.add(item.id())) {
                    violations.add(where + ": item '" + item.id() + "' is listed twice");
                }
                checkText(violations, where + " item " + item.id() + " name", item.name());
                checkText(violations, where + " item " + item.id() + " what", item.what());
                for (Text example : item.examples()) {
                    checkText(violations, where + " item " + item.id() + " example", example);
                }
            }
        }
    }

    /**
     * What is wrong with a method's content, added to {@code violations}: the guides as {@link #guideViolations}, and
     * sheets, card decks and sections likewise — ids well-formed and unique (a sheet's answers share the section ids,
     * as {@code sheet-<id>}), every text in both languages, prompts, cards and fields present, choice fields with
     * choices and only they, icons named by concept id.
     */
    public static void contentViolations(List<String> violations, MethodContent content) {
        guideViolations(violations, content.guides());
        java.util.Set<String> sectionIds = new java.util.HashSet<>();
        java.util.Set<String> sheetIds = new java.util.HashSet<>();
        for (Sheet sheet : content.sheets()) {
            String where = "sheet '" + sheet.id() + "'";
            checkId(violations, where, sheet.id(), sheetIds);
            if (sheet.group() != null) {
                checkText(violations, where + " group", sheet.group());
            }
            checkText(violations, where + " title", sheet.title());
            checkText(violations, where + " about", sheet.about());
            if (sheet.prompts().isEmpty()) {
                violations.add(where + " has no prompts");
            }
            java.util.Set<String> promptIds = new java.util.HashSet<>();
            for (SheetPrompt prompt : sheet.prompts()) {
                checkId(violations, where + " prompt '" + prompt.id() + "'", prompt.id(), promptIds);
                checkText(violations, where + " prompt " + prompt.id(), prompt.text());
                checkIcon(violations, where + " prompt " + prompt.id(), prompt.icon());
            }
            sectionIds.add(sheet.answers().id());
        }
        java.util.Set<String> deckIds = new java.util.HashSet<>();
        for (CardDeck deck : content.cardDecks()) {
            String where = "card deck '" + deck.id() + "'";
            checkId(violations, where, deck.id(), deckIds);
            checkText(violations, where + " title", deck.title());
            checkText(violations, where + " about", deck.about());
            if (deck.cards().isEmpty()) {
                violations.add(where + " has no cards");
            }
            java.util.Set<String> cardIds = new java.util.HashSet<>();
            for (CardDeck.Card card : deck.cards()) {
                checkId(violations, where + " card '" + card.id() + "'", card.id(), cardIds);
                checkText(violations, where + " card " + card.id(), card.caption());
                checkIcon(violations, where + " card " + card.id(), card.icon());
            }
        }
        for (PlanSection section : content.sections()) {
            String where = "section '" + section.id() + "'";
            checkId(violations, where, section.id(), sectionIds);
            checkText(violations, where + " title", section.title());
            checkText(violations, where + " about", section.about());
            if (section.maxEntries() < 0) {
                violations.add(where + ": maxEntries must be 0 (no limit) or more");
            }
            if (section.fields().isEmpty()) {
                violations.add(where + " has no fields");
            }
            java.util.Set<String> fieldIds = new java.util.HashSet<>();
            for (SectionField field : section.fields()) {
                String fieldWhere = where + " field '" + field.id() + "'";
                checkId(violations, fieldWhere, field.id(), fieldIds);
                checkText(violations, fieldWhere + " label", field.label());
                if (field.kind() == FieldKind.CHOICE && field.choices().isEmpty()) {
                    violations.add(fieldWhere + " is a choice without choices");
                }
                if (field.kind() != FieldKind.CHOICE && !field.choices().isEmpty()) {
                    violations.add(fieldWhere + " has choices but is not a CHOICE");
                }
                java.util.Set<String> choiceIds = new java.util.HashSet<>();
                for (SectionField.Choice choice : field.choices()) {
                    checkId(violations, fieldWhere + " choice '" + choice.id() + "'", choice.id(), choiceIds);
                    checkText(violations, fieldWhere + " choice " + choice.id(), choice.label());
                }
            }
        }
    }

    private static void checkId(List<String> violations, String where, String id, java.util.Set<String> seen) {
        if (!ID.matcher(id).matches()) {
            violations.add(where + ": id must be lower-case letters, digits and dashes, starting with a letter");
        }
        if (!seen.add(id)) {
            violations.add(where + " is listed twice");
        }
    }

    private static void checkIcon(List<String> violations, String where, String icon) {
        if (icon != null && !ICON.matcher(icon).matches()) {
            violations.add(where + ": icon '" + icon + "' is not an icon concept id");
        }
    }

    private static void checkText(List<String> violations, String what, Text text) {
        if (text == null) {
            violations.add(what + " is missing");
            return;
        }
        // Text itself guarantees the Danish wording; English is optional there but required of a method.
        if (text.en() == null || text.en().isBlank()) {
            violations.add(what + " '" + text.da() + "' has no English wording");
        }
    }

    private static String describe(Method method) {
        return method == null ? "null" : method.getClass().getName();
    }
}

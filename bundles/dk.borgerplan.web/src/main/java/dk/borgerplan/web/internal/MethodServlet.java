package dk.borgerplan.web.internal;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.method.FieldKind;
import dk.borgerplan.method.Method;
import dk.borgerplan.method.PlanSection;
import dk.borgerplan.method.Phase;

/**
 * {@code GET /api/methods}: the methods the active plugins contribute, in the user's language: their phases, sheets
 * (with {@code pictograms} when every prompt has an icon, so the sheet can be shown in pictograms only), card decks,
 * plan sections with their fields, and the scales they prefer. Their question guides are at {@code /api/guides}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/methods")
public class MethodServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Method> methods;

    record PhaseView(Phase phase, String phaseLabel, String name, String description) {
    }

    record PromptView(String id, String text, String icon) {
    }

    record SheetView(String id, Phase phase, String group, String title, String about, boolean pictograms,
            String answersSection, List<PromptView> prompts) {
    }

    record CardView(String id, String caption, String icon) {
    }

    record CardDeckView(String id, String title, String about, List<CardView> cards) {
    }

    record ChoiceView(String id, String label) {
    }

    record FieldView(String id, String label, FieldKind kind, boolean required, List<ChoiceView> choices) {
    }

    record SectionView(String id, Phase phase, String title, String about, int maxEntries, List<FieldView> fields) {
    }

    record MethodView(String id, String name, String description, List<PhaseView> phases, List<SheetView> sheets,
            List<CardDeckView> cardDecks, List<SectionView> sections, List<String> preferredScales) {
    }

    @Override
    protected Handler handler(String method) {
        return "GET".equals(method) ? this::get : null;
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        json(response, 200, methods.stream().sorted(Comparator.comparing(Method::id)).map(m -> view(m, locale))
                .toList());
    }

    private static MethodView view(Method method, Locale locale) {
        return new MethodView(method.id(), method.name().in(locale), method.description().in(locale),
                method.phases().stream().map(p -> new PhaseView(p.phase(), p.phase().label().in(locale),
                        p.name().in(locale), p.description().in(locale))).toList(),
                method.sheets().stream().map(s -> new SheetView(s.id(), s.phase(),
                        s.group() == null ? null : s.group().in(locale), s.title().in(locale), s.about().in(locale),
                        s.pictograms(), s.answers().id(), s.prompts().stream()
                                .map(p -> new PromptView(p.id(), p.text().in(locale), p.icon())).toList()))
                        .toList(),
                method.cardDecks().stream().map(d -> new CardDeckView(d.id(), d.title().in(locale),
                        d.about().in(locale), d.cards().stream()
                                .map(c -> new CardView(c.id(), c.caption().in(locale), c.icon())).toList()))
                        .toList(),
                method.sections().stream().map(s -> section(s, locale)).toList(),
                method.preferredScales());
    }

    private static SectionView section(PlanSection section, Locale locale) {
        return new SectionView(section.id(), section.phase(), section.title().in(locale), section.about().in(locale),
                section.maxEntries(), section.fields().stream().map(f -> new FieldView(f.id(), f.label().in(locale),
                        f.kind(), f.required(), f.choices().stream()
                                .map(c -> new ChoiceView(c.id(), c.label().in(locale))).toList()))
                        .toList());
    }
}

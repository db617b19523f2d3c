package dk.borgerplan.web.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.themes.Theme;
import dk.borgerplan.themes.ThemeCatalog;
import dk.borgerplan.themes.ThemeRef;

/**
 * {@code GET /api/themes}: the life themes of the visual plan's wheel (the default catalogue version, VUM 2.0 /
 * FFB), each with its sub-themes, labels in the client's language, and the reference a plan stores.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/themes")
public class ThemeServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient ThemeCatalog themes;

    @Activate
    public ThemeServlet(@Reference ThemeCatalog themes) {
        this.themes = themes;
    }

    record ThemeView(ThemeRef ref, String label, String wheelField, String icon, List<ThemeView> subThemes) {
    }

    @Override
    protected Handler handler(String method) {
        return "GET".equals(method) ? this::get : null;
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        json(response, 200, themes.lifeThemes().stream().map(theme -> view(theme, locale)).toList());
    }

    private ThemeView view(Theme theme, Locale locale) {
        List<ThemeView> subThemes = theme.top()
                ? themes.subThemes(theme.ref()).stream().map(sub -> view(sub, locale)).toList()
                : List.of();
        return new ThemeView(theme.ref(), theme.label().in(locale), theme.wheelField(), theme.icon(), subThemes);
    }
}

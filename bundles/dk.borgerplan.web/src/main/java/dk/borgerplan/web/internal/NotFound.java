package dk.borgerplan.web.internal;

import java.util.List;
import java.util.Locale;

final class NotFound {

    private NotFound() {
    }

    static ApiException resource(Locale locale) {
        return new ApiException(404, "not-found", Texts.NO_SUCH_RESOURCE.in(locale), List.of());
    }
}

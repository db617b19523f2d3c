package dk.borgerplan.guides.internal;

import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.guides.EditableContent;
import dk.borgerplan.guides.SharedGuides;
import dk.borgerplan.method.Guide;
import dk.borgerplan.platform.PlatformHome;

/** The shared guides: the shipped {@code guides/shared.json}, or the municipality's {@code etc/guides/shared.json}. */
@Component(service = SharedGuides.class)
public class DefaultSharedGuides implements SharedGuides {

    static final String SHIPPED = "/guides/shared.json";
    static final String OVERRIDE = "etc/guides/shared.json";

    private final EditableContent content;

    @Activate
    public DefaultSharedGuides(@Reference PlatformHome home) {
        this(home.resolve(OVERRIDE));
    }

    DefaultSharedGuides(Path override) {
        this.content = new EditableContent(DefaultSharedGuides.class, SHIPPED, override);
    }

    @Override
    public List<Guide> guides() {
        return content.content().guides();
    }
}

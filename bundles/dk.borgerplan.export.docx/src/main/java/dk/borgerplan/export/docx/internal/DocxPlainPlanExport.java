package dk.borgerplan.export.docx.internal;

import java.util.Objects;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.export.ExportOptions;
import dk.borgerplan.export.PlainPlanExport;
import dk.borgerplan.icons.IconCatalog;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.scales.ScaleCatalog;

/**
 * The plain document (seed 001, 2.1: "et almindeligt word-dokument") for a citizen who opted out of the visual
 * plan: the same content, as a Word document with real headings and bullet lists.
 */
@Component(service = PlainPlanExport.class)
public class DocxPlainPlanExport implements PlainPlanExport {

    private final ScaleCatalog scales;
    private final IconCatalog icons;

    @Activate
    public DocxPlainPlanExport(@Reference ScaleCatalog scales, @Reference IconCatalog icons) {
        this.scales = scales;
        this.icons = icons;
    }

    @Override
    public byte[] docx(Citizen citizen, Plan plan, ExportOptions options) {
        Objects.requireNonNull(citizen, "citizen");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        return withOwnClassLoader(() -> new PlainDocument(options.locale(),
                score -> scales.find(score.scale(), score.scaleVersion()), icons::label)
                .write(citizen, plan, options));
    }

    /**
     * Runs POI with this bundle's class loader as the thread's context class loader. XMLBeans (and POI's type
     * loader on top of it) finds the compiled schema type systems of poi-ooxml-lite through the context class loader;
     * in OSGi that is whatever the calling thread carries (Jetty's, or none), which cannot see the classes embedded
     * in this bundle, and documents would fail with "schema type not found" errors.
     */
    static <T> T withOwnClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(DocxPlainPlanExport.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

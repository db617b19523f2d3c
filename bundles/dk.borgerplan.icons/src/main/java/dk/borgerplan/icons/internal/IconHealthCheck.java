package dk.borgerplan.icons.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.icons.IconCatalog;
import dk.borgerplan.icons.IconPack;
import dk.borgerplan.platform.Health;
import dk.borgerplan.platform.HealthCheck;

/** Reports the active icon packs; without any, citizens see no pictograms, so that is DOWN. */
@Component(service = HealthCheck.class)
public class IconHealthCheck implements HealthCheck {

    private final IconCatalog catalog;

    @Activate
    public IconHealthCheck(@Reference IconCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String part() {
        return "icons";
    }

    @Override
    public Health check() {
        try {
            List<IconPack> packs = catalog.packs();
            if (packs.isEmpty()) {
                return Health.down("no icon pack is active");
            }
            List<Map<String, Object>> details = packs.stream().map(IconHealthCheck::describe).toList();
            return Health.up(Map.of("packs", details, "concepts", catalog.icons().size()));
        } catch (RuntimeException e) {
            return Health.down(e.getClass().getSimpleName());
        }
    }

    private static Map<String, Object> describe(IconPack pack) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", pack.id());
        entry.put("version", pack.version());
        entry.put("icons", pack.iconCount());
        return entry;
    }
}

package dk.borgerplan.plan;

import java.util.Locale;
import java.util.Set;

/**
 * Whose goals a progression report is made of. The caller (the web layer) decides it from the authorization
 * service's answer, as it does for every list: {@code citizenIds} = the citizens the user may see ({@code null}:
 * every citizen, for a caller that has decided so); {@code provider} = only the goals that an offer of this provider
 * (organisation, compared without case and surrounding blanks) works on, as for an offer's staff, whose offer
 * groups are then only their own; {@code null}: every goal.
 */
public record ProgressionScope(Set<String> citizenIds, String provider) {

    public ProgressionScope {
        citizenIds = citizenIds == null ? null : Set.copyOf(citizenIds);
        provider = provider == null || provider.isBlank() ? null : provider.strip().toLowerCase(Locale.ROOT);
    }

    public static ProgressionScope everyone() {
        return new ProgressionScope(null, null);
    }

    public static ProgressionScope citizens(Set<String> citizenIds) {
        return new ProgressionScope(citizenIds, null);
    }

    public ProgressionScope providedBy(String organisation) {
        return new ProgressionScope(citizenIds, organisation);
    }
}

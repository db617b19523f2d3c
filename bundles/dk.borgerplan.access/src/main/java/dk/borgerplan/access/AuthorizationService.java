package dk.borgerplan.access;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.osgi.annotation.versioning.ProviderType;

import dk.borgerplan.accounts.Account;
import dk.borgerplan.plan.Citizen;

/**
 * The one place that decides who may see and do what with a citizen's data. The web layer asks it for every request
 * that names a citizen's data, and for every item of a list it returns; nothing else decides.
 */
@ProviderType
public interface AuthorizationService {

    /**
     * May {@code account} do {@code operation} on {@code part} of the data that the resource {@code kind}/{@code id}
     * belongs to? A resource that does not exist is denied with no citizen (the caller answers "not found" either way).
     */
    Decision decide(Account account, ResourceKind kind, String id, Part part, Operation operation);

    /**
     * May {@code account} begin what names no citizen yet: a search, a registration, an upload? What the search
     * finds is then only {@link #visibleTo} citizens, and what is registered is decided on the citizen it joins.
     */
    boolean may(Account account, Undertaking undertaking);

    /** The citizens whose record {@code account} may read, as a test for lists and searches. */
    Predicate<Citizen> visibleTo(Account account);

    /**
     * The ids of the citizens whose record {@code account} may read, when the relationships alone decide it (a
     * caseworker's caseload and teams, a citizen's own account, a relative's consent; nobody for an administrator or
     * a peer guide), read without reading a single citizen; empty when the citizens' own data decides it (an offer's
     * staff: the citizen's offers), and the caller tests each citizen with {@link #visibleTo}.
     */
    Optional<Set<String>> visibleIds(Account account);
}

package dk.borgerplan.access.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import dk.borgerplan.access.Grant;

/**
 * Bulk storage of relationships, for generated test and demo data (the generator bundle). Not for users' changes:
 * those go through {@link dk.borgerplan.access.RelationshipService}, which checks them.
 */
@ConsumerType
public interface BulkGrantStore {

    /**
     * Stores the grants in one transaction, leaving out any whose id is stored already (so that an interrupted run
     * can be repeated); returns how many were stored.
     */
    int insertAllNew(List<Grant> grants);
}

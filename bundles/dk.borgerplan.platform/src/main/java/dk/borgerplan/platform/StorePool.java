package dk.borgerplan.platform;

import org.osgi.annotation.versioning.ProviderType;

/** The store's pool of database connections, as monitoring reads it. */
@ProviderType
public interface StorePool {

    /** A moment's view of the pool: connections open in all, those idle, and the most it opens. */
    record Usage(int open, int idle, int max) {
        public int inUse() {
            return open - idle;
        }
    }

    /** The pool now; all zero while the store is still opening. */
    Usage usage();
}

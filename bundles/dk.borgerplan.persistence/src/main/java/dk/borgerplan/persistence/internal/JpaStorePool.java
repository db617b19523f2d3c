package dk.borgerplan.persistence.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.platform.StorePool;

/** The store's connection pools as monitoring reads them (EclipseLink's internal pools over Derby). */
@Component(service = StorePool.class)
public class JpaStorePool implements StorePool {

    private final StoreDatabase store;

    @Activate
    public JpaStorePool(@Reference StoreDatabase store) {
        this.store = store;
    }

    @Override
    public Usage usage() {
        return store.poolUsage();
    }
}

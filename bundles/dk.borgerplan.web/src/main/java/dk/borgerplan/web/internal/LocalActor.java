package dk.borgerplan.web.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import dk.borgerplan.plan.Actor;

/**
 * The acting user for every change, until login exists: one configured local user. There is deliberately no request
 * header through which a caller could claim to be someone else.
 */
@Component(service = LocalActor.class, configurationPid = "dk.borgerplan.web")
@Designate(ocd = WebConfig.class)
public class LocalActor {

    /** The role the local user is logged with in the audit log. */
    static final String ROLE = "local-user";
    /** Why the local user's accesses are allowed: there is no login and no relationship to check yet. */
    static final String PURPOSE = "local-user-no-login";

    private final Actor actor;

    @Activate
    public LocalActor(WebConfig config) {
        this.actor = new Actor(config.localUserId(), config.localUserName());
    }

    Actor actor() {
        return actor;
    }
}

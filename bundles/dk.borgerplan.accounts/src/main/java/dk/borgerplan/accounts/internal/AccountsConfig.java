package dk.borgerplan.accounts.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Borgerplan accounts", description = "Logins and sessions (PID dk.borgerplan.accounts)")
public @interface AccountsConfig {

    @AttributeDefinition(description = "Minutes without a request after which a session ends")
    int idleTimeoutMinutes() default 30;

    @AttributeDefinition(description = "Hours after login at which a session ends, used or not")
    int absoluteTimeoutHours() default 10;

    @AttributeDefinition(description = "Failed logins in a row after which an account is locked")
    int maxFailedLogins() default 5;

    @AttributeDefinition(description = "Failed logins from one client address, across accounts, within the lockout "
            + "period after which that address is locked out")
    int maxFailedLoginsPerClient() default 20;

    @AttributeDefinition(description = "Minutes an account or a client address stays locked")
    int lockoutMinutes() default 15;

    @AttributeDefinition(description = "Shortest password a user may choose")
    int minPasswordLength() default 12;
}

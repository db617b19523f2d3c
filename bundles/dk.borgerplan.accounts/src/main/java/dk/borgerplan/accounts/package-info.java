/**
 * Who logs in: built-in accounts (the embedded default) with their role and organisation, login with throttling and
 * temporary lockout, and sessions with idle and absolute timeouts. Passwords are Argon2id hashes; a password is
 * never stored, logged or shown, except a one-time password shown once to the person who must hand it on.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package dk.borgerplan.accounts;

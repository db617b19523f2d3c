/**
 * The method SPI. A method is a municipality's way of working with the citizen on the §141 action plan
 * ("Mit liv – Min plan" in Randers, Livsmester in Aarhus, ...). Every method walks the same four {@link Phase}s and
 * names them in its own words ({@link MethodPhase}). A plugin bundle provides one {@link Method} service, marked with
 * {@link MethodId}, and checks itself against {@link MethodContract} in its tests.
 *
 * <p>1.1 adds question guides ({@link Guide}, {@link Method#guides()}). Later versions add sheets, card decks, plan
 * sections and scales the same way: new types and {@code default} methods on {@link Method}, so that existing
 * plugins keep working.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package dk.borgerplan.method;

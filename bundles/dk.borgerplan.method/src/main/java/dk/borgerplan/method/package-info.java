/**
 * The method SPI. A method is a municipality's way of working with the citizen on the §141 action plan
 * ("Mit liv – Min plan" in Randers, Livsmester in Aarhus, ...). Every method walks the same four {@link Phase}s and
 * names them in its own words ({@link MethodPhase}). A plugin bundle provides one {@link Method} service, marked with
 * {@link MethodId}, and checks itself against {@link MethodContract} in its tests.
 *
 * <p>1.1 adds question guides ({@link Guide}, {@link Method#guides()}); 1.2 adds sheets ({@link Sheet}), card decks
 * ({@link CardDeck}), plan sections with the method's own rules and figures ({@link PlanSection},
 * {@link Method#check}, {@link Method#summarize}) and preferred scales. Each version adds new types and
 * {@code default} methods on {@link Method}, so that existing plugins keep working.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package dk.borgerplan.method;

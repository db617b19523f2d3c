/**
 * The method SPI. A method is a municipality's way of working with the citizen on the §141 action plan
 * ("Mit liv – Min plan" in Randers, Livsmester in Aarhus, ...). Every method walks the same four {@link Phase}s and
 * names them in its own words ({@link MethodPhase}). A plugin bundle provides one {@link Method} service, marked with
 * {@link MethodId}, and checks itself against {@link MethodContract} in its tests.
 *
 * <p>Later versions add what a method brings to each phase (sheets, question guides, card decks, plan sections,
 * scales) as new types and as {@code default} methods on {@link Method}, so that existing plugins keep working.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dk.borgerplan.method;

/**
 * Community Safety Partnerships: the local bodies that commission reviews and receive
 * letters. Offers {@link org.dhrqa.tracker.csp.Csps} to the other modules; administrators
 * keep the list.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account" })
package org.dhrqa.tracker.csp;

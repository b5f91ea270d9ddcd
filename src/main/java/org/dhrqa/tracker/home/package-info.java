/**
 * The start page after sign-in: what each role needs first (DESIGN.md section 3).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "review" })
package org.dhrqa.tracker.home;

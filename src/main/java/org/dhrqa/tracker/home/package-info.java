/**
 * The start page after sign-in: what each role needs first (see docs/domain.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "review" })
package org.dhrqa.tracker.home;

/**
 * People and sign-in: user accounts, their roles (see docs/domain.md), the Spring
 * Security set-up and the signed-in principal that every other module asks "may this
 * person see that CSP?".
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.dhrqa.tracker.account;

/**
 * The administrator's pages for people: accounts, roles, CSP membership, disabling. Lives
 * apart from {@code account} because it needs the CSP list, and {@code csp} already
 * depends on {@code account}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "csp" })
package org.dhrqa.tracker.admin;

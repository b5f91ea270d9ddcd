/**
 * Demo data for a newcomer's first run: CSPs, the demo accounts, the "Salome" review with
 * the real QA letter of 7 August 2024 (kept with the tests in src/test/resources/letters)
 * and two versions of its report (before and after the letter), and reviews at other
 * stages. Seeds only an empty embedded database, or any empty database when
 * DHR_DEMO_DATA=true.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "account", "report", "publication", "document" })
package org.dhrqa.tracker.demo;

package org.dhrqa.tracker.actionplan;

/**
 * What an import does with the actions the plan already has (same recommendation number
 * and action text): skip them, update them from the spreadsheet, or add them again; or
 * replace the whole plan with the spreadsheet.
 */
enum ImportMode {

	ADD, SKIP, UPDATE, REPLACE;

	String messageKey() {
		return "import.mode." + name();
	}

}

package org.dhrqa.tracker.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a locked data folder into a plain explanation instead of a stack trace. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
		return new FailureAnalysis(
				"Another DHR QA Tracker is already running on the data folder " + cause.getDataFolder()
						+ ". Two servers on one folder would damage the database, so this one did not start.",
				"Stop the other instance, or start this one with a different folder (DHR_DATA_DIR=/some/other/folder).",
				cause);
	}

}

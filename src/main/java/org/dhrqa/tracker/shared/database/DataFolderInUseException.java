package org.dhrqa.tracker.shared.database;

import java.nio.file.Path;

/** Another running instance already owns the embedded database's data folder. */
public class DataFolderInUseException extends IllegalStateException {

	private final Path dataFolder;

	public DataFolderInUseException(Path dataFolder) {
		super("The data folder " + dataFolder + " is already in use by another DHR QA Tracker");
		this.dataFolder = dataFolder;
	}

	public Path getDataFolder() {
		return this.dataFolder;
	}

}

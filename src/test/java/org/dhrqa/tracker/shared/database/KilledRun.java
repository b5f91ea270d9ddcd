package org.dhrqa.tracker.shared.database;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedPostgresDatabaseIT}: starts the embedded database
 * on a folder, says "ready", and waits to be killed with SIGKILL, leaving its PostgreSQL
 * orphaned.
 */
public final class KilledRun {

	private KilledRun() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresDatabase.start(Path.of(args[0]));
		System.out.println("ready");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}

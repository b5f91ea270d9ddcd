package org.dhrqa.tracker.shared.database;

/**
 * Whether the service runs its own embedded PostgreSQL or uses a server it was pointed
 * at.
 */
public enum DatabaseMode {

	EMBEDDED, EXTERNAL

}

package org.dhrqa.tracker.document;

import java.time.Instant;

/** A file kept in the database: what it is called, its type, size and SHA-256 digest. */
public record StoredFile(Long id, String filename, String contentType, long sizeBytes, String sha256,
		Instant createdAt) {

}

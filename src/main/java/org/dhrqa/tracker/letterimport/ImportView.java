package org.dhrqa.tracker.letterimport;

import java.time.Instant;
import java.util.UUID;

/** An import as its pages show it, beside the draft. */
record ImportView(Long id, ImportStatus status, String filename, String originalText, String uploadedByName,
		Instant createdAt, String cspName, Long cspId, boolean cspFixed, String failureKey, Long reviewId,
		Long letterId, UUID batchId, long version, boolean hasFile) {

	static ImportView of(LetterImport letterImport) {
		return new ImportView(letterImport.getId(), letterImport.getStatus(), letterImport.getFilename(),
				letterImport.getOriginalText(), letterImport.getUploadedByName(), letterImport.getCreatedAt(),
				letterImport.getCspName(), letterImport.getCspId(), letterImport.getOwnerCspId() != null,
				letterImport.getFailureKey(), letterImport.getReviewId(), letterImport.getLetterId(),
				letterImport.getBatchId(), letterImport.getVersion(), letterImport.getFileId() != null);
	}

	public boolean isParsed() {
		return this.status == ImportStatus.PARSED;
	}

}

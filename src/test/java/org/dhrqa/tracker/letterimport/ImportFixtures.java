package org.dhrqa.tracker.letterimport;

import java.util.List;
import java.util.UUID;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;

/** Imported letters for tests, made through the import module's own services. */
public class ImportFixtures {

	private final LetterImports imports;

	private final BatchUploads batches;

	public ImportFixtures(ApplicationContext context) {
		this.imports = context.getBean(LetterImports.class);
		this.batches = context.getBean(BatchUploads.class);
	}

	/** A pasted letter waiting to be checked, for a review of the person's CSP. */
	public Long pasted(String text, Long reviewId, SignedInUser by) {
		return this.imports.paste(text, reviewId, by);
	}

	/** A back-catalogue upload of one text letter; returns the batch's id. */
	public UUID batch(String text, SignedInUser secretariat) {
		return this.batches
			.upload(List.of(new MockMultipartFile("files", "letter.txt", "text/plain", text.getBytes())), secretariat)
			.id();
	}

}

package org.dhrqa.tracker.publication;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.context.ApplicationContext;

/** Publication work for tests, through the publication module's services. */
public class PublicationFixtures {

	private final Publications publications;

	private final PublicationPacks packs;

	public PublicationFixtures(ApplicationContext context) {
		this.publications = context.getBean(Publications.class);
		this.packs = context.getBean(PublicationPacks.class);
	}

	public void override(Long reviewId, String reason, SignedInUser manager) {
		this.publications.recordOverride(reviewId, reason, manager);
	}

	public Long pack(Long reviewId, SignedInUser by) {
		return this.packs.assemble(reviewId, by);
	}

}

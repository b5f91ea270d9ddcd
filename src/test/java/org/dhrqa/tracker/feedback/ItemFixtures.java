package org.dhrqa.tracker.feedback;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.context.ApplicationContext;

/** Work on feedback items for tests, through the feedback module's services. */
public class ItemFixtures {

	private final FeedbackWork work;

	public ItemFixtures(ApplicationContext context) {
		this.work = context.getBean(FeedbackWork.class);
	}

	public void respond(Long itemId, String response, SignedInUser by) {
		this.work.respond(itemId, response, null, null, by);
	}

	public void accept(Long itemId, SignedInUser secretariat) {
		this.work.accept(itemId, null, secretariat);
	}

	public ItemView item(Long itemId, SignedInUser by) {
		return this.work.item(itemId, by);
	}

}

package org.dhrqa.tracker.support;

import java.util.UUID;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.actionplan.PlanFixtures;
import org.dhrqa.tracker.feedback.ItemFixtures;
import org.dhrqa.tracker.letter.LetterFixtures;
import org.dhrqa.tracker.letterimport.ImportFixtures;
import org.dhrqa.tracker.publication.PublicationFixtures;
import org.dhrqa.tracker.report.ReportFixtures;
import org.dhrqa.tracker.review.ReviewFixtures;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds what a test needs through the modules' own services, as the people of the demo
 * data: reviews, letters, report versions, plans and packs obey the same rules as on the
 * pages, so fixtures cannot drift from the domain.
 */
public class Fixtures {

	public final ReviewFixtures reviews;

	public final LetterFixtures letters;

	public final ReportFixtures reports;

	public final PlanFixtures plans;

	public final PublicationFixtures publications;

	public final ItemFixtures items;

	public final ImportFixtures imports;

	private final UserDetailsService users;

	public Fixtures(ApplicationContext context) {
		this.reviews = new ReviewFixtures(context);
		this.letters = new LetterFixtures(context);
		this.reports = new ReportFixtures(context);
		this.plans = new PlanFixtures(context);
		this.publications = new PublicationFixtures(context);
		this.items = new ItemFixtures(context);
		this.imports = new ImportFixtures(context);
		this.users = context.getBean(UserDetailsService.class);
	}

	/** The signed-in principal of a demo account. */
	public SignedInUser user(String email) {
		return (SignedInUser) this.users.loadUserByUsername(email);
	}

	/** A reference no other test uses. */
	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

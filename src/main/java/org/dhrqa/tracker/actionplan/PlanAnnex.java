package org.dhrqa.tracker.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.document.PdfRenderer;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The action plan annex of the published report: the template's columns, each action's
 * implementation updates in date order, the date it was generated and the statement that
 * the plan is a live document. One template makes the HTML and the PDF.
 */
@Component
public class PlanAnnex {

	private final ActionPlans plans;

	private final Reviews reviews;

	private final PdfRenderer pdfRenderer;

	private final ITemplateEngine templates;

	private final Clock clock;

	PlanAnnex(ActionPlans plans, Reviews reviews, PdfRenderer pdfRenderer, ITemplateEngine templates, Clock clock) {
		this.plans = plans;
		this.reviews = reviews;
		this.pdfRenderer = pdfRenderer;
		this.templates = templates;
		this.clock = clock;
	}

	public String html(Long reviewId, SignedInUser user) {
		return render(reviewId, user, false);
	}

	public byte[] pdf(Long reviewId, SignedInUser user) {
		return this.pdfRenderer.render(render(reviewId, user, true), "about:blank");
	}

	private String render(Long reviewId, SignedInUser user, boolean forPdf) {
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		Context context = new Context(Locale.UK);
		context.setVariable("review", review);
		context.setVariable("plan", this.plans.plan(reviewId, user));
		context.setVariable("generated", LocalDate.now(this.clock));
		context.setVariable("forPdf", forPdf);
		context.setVariable("columns", PlanImport.TEMPLATE_COLUMNS);
		context.setVariable("css", forPdf ? AnnexStylesheet.CSS : "");
		return this.templates.process("actionplan/annex", context);
	}

}

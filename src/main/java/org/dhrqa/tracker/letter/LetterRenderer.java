package org.dhrqa.tracker.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhrqa.tracker.csp.CspDetails;
import org.dhrqa.tracker.document.PdfRenderer;
import org.dhrqa.tracker.feedback.FeedbackItems;
import org.dhrqa.tracker.feedback.ItemView;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a letter into the page and the PDF the CSP reads, from one template, and fills
 * the standard wording in for a new letter.
 */
@Component
class LetterRenderer {

	static final String DOCUMENT_TEMPLATE = "letter/document";

	private static final List<String> TITLES = List.of("cllr", "councillor", "dr", "mr", "mrs", "ms", "miss", "mx",
			"prof", "professor", "sir", "dame", "rev", "lord", "lady");

	private final LetterTemplateRepository templates;

	private final Reviews reviews;

	private final FeedbackItems items;

	private final PdfRenderer pdfRenderer;

	private final ITemplateEngine templateEngine;

	private final Messages messages;

	LetterRenderer(LetterTemplateRepository templates, Reviews reviews, FeedbackItems items, PdfRenderer pdfRenderer,
			ITemplateEngine templateEngine, Messages messages) {
		this.templates = templates;
		this.reviews = reviews;
		this.items = items;
		this.pdfRenderer = pdfRenderer;
		this.templateEngine = templateEngine;
		this.messages = messages;
	}

	byte[] pdf(PanelLetter letter) {
		return this.pdfRenderer.render(html(letter, true), "about:blank");
	}

	/**
	 * The PDF carries its stylesheet inside; the browser loads it (inline styles are
	 * refused there).
	 */
	String html(PanelLetter letter, boolean forPdf) {
		Context context = new Context(Locale.UK);
		context.setVariable("doc", document(letter));
		context.setVariable("inlineCss", forPdf);
		context.setVariable("css", forPdf ? LetterStylesheet.CSS : "");
		return this.templateEngine.process(DOCUMENT_TEMPLATE, context);
	}

	/** The standard wording, by key, filled in for this review, CSP and meeting. */
	Map<String, String> wording(ReviewView review, CspDetails csp, LocalDate meetingDate) {
		String firstName = firstName(csp.contactName());
		return this.templates.findAllByOrderByIdAsc()
			.stream()
			.collect(Collectors.toMap(LetterTemplate::getKey,
					(template) -> template.getBody()
						.replace("{pseudonym}", review.victimPseudonyms())
						.replace("{csp}", csp.name() + (csp.name().endsWith("(CSP)") ? "" : " (CSP)"))
						.replace("{meetingDate}", LetterDates.ordinal(meetingDate))
						.replace("{addresseeFirstName}", firstName)));
	}

	/** "Cllr Clair Bell" is written to as "Dear Clair". */
	static String firstName(String contactName) {
		if (contactName == null || contactName.isBlank()) {
			return "Sir or Madam";
		}
		for (String word : contactName.trim().split("\\s+")) {
			if (!TITLES.contains(word.replace(".", "").toLowerCase(Locale.UK))) {
				return word;
			}
		}
		return contactName.trim();
	}

	private LetterDocument document(PanelLetter letter) {
		LetterContent content = letter.content();
		ReviewView review = this.reviews.byId(letter.getReviewId());
		List<String> addressee = new ArrayList<>();
		addressee.add(content.addresseeName());
		addIfPresent(addressee, content.addresseeRole());
		addIfPresent(addressee, content.addresseeOrganisation());
		addressee.addAll(LetterDocument.lines(content.addresseeAddress()));
		List<String> itemTexts = this.items.ofLetter(letter.getId()).stream().map(ItemView::text).toList();
		return new LetterDocument(
				this.messages.get("letter.document.title", review.victimPseudonyms(), review.cspName()),
				LetterDocument.lines(content.letterhead()), addressee,
				(content.letterDate() != null) ? LetterDates.parts(content.letterDate()) : null, content.salutation(),
				LetterDocument.paragraphs(content.opening()), letter.strengthTexts(),
				LetterDocument.paragraphs(content.outcomeText()), content.listHeading(), itemTexts,
				LetterDocument.paragraphs(content.publicationInstructions()),
				LetterDocument.paragraphs(content.closing()), LetterDocument.lines(content.signOff()),
				letter.getStatus() == LetterStatus.DRAFT);
	}

	private static void addIfPresent(List<String> lines, String value) {
		if (value != null && !value.isBlank()) {
			lines.add(value.trim());
		}
	}

}

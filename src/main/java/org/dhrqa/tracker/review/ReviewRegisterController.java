package org.dhrqa.tracker.review;

import java.util.List;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.CsvWriter;
import org.dhrqa.tracker.csp.Csps;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Option;
import org.dhrqa.tracker.shared.web.Pagination;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /reviews}: the register of every review the person may see, filtered, sorted and
 * paged.
 */
@Controller
class ReviewRegisterController {

	static final String VIEW = "review/register";

	static final int PAGE_SIZE = 25;

	private final Reviews reviews;

	private final Csps csps;

	private final Formats formats;

	private final MessageSource messages;

	ReviewRegisterController(Reviews reviews, Csps csps, Formats formats, MessageSource messages) {
		this.reviews = reviews;
		this.csps = csps;
		this.formats = formats;
		this.messages = messages;
	}

	@GetMapping("/reviews")
	String register(@RequestParam(required = false) String csp, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String year, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(defaultValue = "1") String page, @AuthenticationPrincipal SignedInUser user, Model model) {
		RegisterQuery query = query(csp, stage, year, q, sort, dir);
		int pageNumber = Math.max(parseInt(page, 1), 1) - 1;
		Page<RegisterRow> results = this.reviews.register(query, user, pageNumber, PAGE_SIZE);
		if (pageNumber > 0 && pageNumber >= results.getTotalPages()) {
			results = this.reviews.register(query, user, Math.max(results.getTotalPages() - 1, 0), PAGE_SIZE);
		}
		model.addAttribute("results", results);
		model.addAttribute("query", query);
		RegisterLinks links = new RegisterLinks(query);
		model.addAttribute("links", links);
		model.addAttribute("pagination", Pagination.of(results, links::page));
		model.addAttribute("filter", new RegisterFilter(query));
		model.addAttribute("cspOptions",
				this.csps.visibleTo(user).stream().map((c) -> new Option(c.id().toString(), c.name())).toList());
		model.addAttribute("stageOptions",
				Arrays.stream(ReviewStage.values())
					.map((s) -> new Option(s.name(), this.messages.getMessage(s.messageKey(), null, Locale.UK)))
					.toList());
		model.addAttribute("yearOptions",
				this.reviews.years(user).stream().map((y) -> new Option(y.toString(), y.toString())).toList());
		model.addAttribute("filtered",
				query.csp() != null || query.stage() != null || query.year() != null || query.search() != null);
		return VIEW;
	}

	@GetMapping("/reviews/export.csv")
	void export(@RequestParam(required = false) String csp, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String year, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
		RegisterQuery query = query(csp, stage, year, q, sort, dir);
		try (CsvWriter csv = CsvWriter.download(response, "reviews.csv", List.of("Id", "Reference", "CSP",
				"Victim pseudonym(s)", "Type", "Stage", "Notified", "Submitted to QA", "Published"))) {
			for (ReviewView review : this.reviews.registerAll(query, user)) {
				csv.row(review.id(), review.reference(), review.cspName(), review.victimPseudonyms(),
						this.messages.getMessage(review.type().messageKey(), null, Locale.UK),
						this.messages.getMessage(review.stage().messageKey(), null, Locale.UK),
						this.formats.date(review.notifiedOn()), this.formats.date(review.submittedToQaOn()),
						this.formats.date(review.publishedOn()));
			}
		}
	}

	private static RegisterQuery query(String csp, String stage, String year, String q, String sort, String dir) {
		Long cspId = parseLong(csp);
		ReviewStage stageFilter = Arrays.stream(ReviewStage.values())
			.filter((s) -> s.name().equals(stage))
			.findFirst()
			.orElse(null);
		Integer yearFilter = (year != null && year.matches("\\d{4}")) ? Integer.valueOf(year) : null;
		return new RegisterQuery(cspId, stageFilter, yearFilter, q, sort,
				("asc".equals(dir) || "desc".equals(dir)) ? dir : null);
	}

	private static Long parseLong(String value) {
		try {
			return (value != null && !value.isBlank()) ? Long.valueOf(value.trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static int parseInt(String value, int fallback) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}

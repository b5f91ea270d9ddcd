package org.dhrqa.tracker.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.NotFoundException;
import org.dhrqa.tracker.shared.web.Option;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /reviews/{id}/reports/compare}: the paragraphs that changed between two versions
 * of the report, the latest against the one before unless others are chosen. A GET form,
 * so a comparison can be bookmarked and sent.
 */
@Controller
class CompareController {

	static final String VIEW = "report/compare";

	private final VersionComparisons comparisons;

	private final Reviews reviews;

	private final Messages messages;

	private final Formats formats;

	private final Clock clock;

	CompareController(VersionComparisons comparisons, Reviews reviews, Messages messages, Formats formats,
			Clock clock) {
		this.comparisons = comparisons;
		this.reviews = reviews;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	@GetMapping("/reviews/{id:\\d+}/reports/compare")
	String compare(@PathVariable Long id, @ModelAttribute("form") CompareForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		ReviewView review = this.reviews.requireVisible(id, user);
		List<ReportVersionView> versions = this.comparisons.versionsOf(id, user);
		model.addAttribute("review", review);
		model.addAttribute("tooFew", versions.size() < 2);
		model.addAttribute("versionOptions",
				versions.stream()
					.map((v) -> new Option(v.id().toString(),
							this.messages.get("report.compare.option", v.versionNumber(),
									this.formats.date(LocalDate.ofInstant(v.uploadedAt(), this.clock.getZone())))))
					.toList());
		if (versions.size() < 2) {
			return VIEW;
		}
		if (form.getFrom().isEmpty() && form.getTo().isEmpty()) {
			form.setFrom(versions.get(1).id().toString());
			form.setTo(versions.get(0).id().toString());
		}
		Long from = versionId(form.getFrom(), versions);
		Long to = versionId(form.getTo(), versions);
		if (from.equals(to)) {
			result.rejectValue("to", "report.compare.same");
			return VIEW;
		}
		ReportComparison comparison = this.comparisons.compare(versions, from, to);
		form.setFrom(comparison.from().id().toString());
		form.setTo(comparison.to().id().toString());
		model.addAttribute("comparison", comparison);
		model.addAttribute("refresh",
				"/reviews/" + id + "/reports/compare?from=" + form.getFrom() + "&to=" + form.getTo());
		return VIEW;
	}

	/**
	 * The chosen version, which must be one of this review's: anything else (another
	 * review's, another CSP's, not a number) is not found.
	 */
	private static Long versionId(String value, List<ReportVersionView> versions) {
		try {
			Long id = Long.valueOf(value);
			if (versions.stream().anyMatch((v) -> v.id().equals(id))) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// not a version id: falls through to not found
		}
		throw new NotFoundException();
	}

}

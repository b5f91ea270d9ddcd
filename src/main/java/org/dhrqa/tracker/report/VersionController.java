package org.dhrqa.tracker.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /reports/{versionId}}: one version, with the checks that save a read (names
 * across the text, pages, size against the publication limit) once its text is read, and
 * how far reading has got until then. {@code text-status} answers the page's script.
 */
@Controller
class VersionController {

	static final String VIEW = "report/version";

	private final ReportVersions versions;

	private final ReportTextStore texts;

	private final NameChecks names;

	private final Reviews reviews;

	private final MessageSource messages;

	VersionController(ReportVersions versions, ReportTextStore texts, NameChecks names, Reviews reviews,
			MessageSource messages) {
		this.versions = versions;
		this.texts = texts;
		this.names = names;
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping("/reports/{versionId:\\d+}")
	String show(@PathVariable Long versionId, @AuthenticationPrincipal SignedInUser user, Model model) {
		ReportVersionView version = this.versions.requireVisible(versionId, user);
		ReviewView review = this.reviews.requireVisible(version.reviewId(), user);
		TextStatus text = status(version);
		model.addAttribute("review", review);
		model.addAttribute("version", version);
		model.addAttribute("text", text);
		model.addAttribute("previous",
				this.versions.of(review.id(), user)
					.stream()
					.filter((v) -> v.versionNumber() < version.versionNumber())
					.max(Comparator.comparingInt(ReportVersionView::versionNumber))
					.orElse(null));
		if (text.isReady()) {
			model.addAttribute("findings", this.names.find(review, this.texts.paragraphs(versionId)));
		}
		return VIEW;
	}

	@GetMapping(path = "/reports/{versionId:\\d+}/text-status", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> textStatus(@PathVariable Long versionId, @AuthenticationPrincipal SignedInUser user) {
		ReportVersionView version = this.versions.requireVisible(versionId, user);
		TextStatus text = status(version);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("state", text.state().name());
		body.put("working", text.isWorking());
		body.put("pagesDone", text.pagesDone());
		body.put("pageCount", text.pageCount());
		body.put("message",
				text.isStarted()
						? msg("report.text.running", version.versionNumber(), text.pagesDone(), text.pageCount())
						: text.isWorking() ? msg("report.text.pending", version.versionNumber())
								: msg("report.text.finished", version.versionNumber()));
		return body;
	}

	private TextStatus status(ReportVersionView version) {
		return VersionComparisons.statusOf(this.texts.statuses(List.of(version.id())), version);
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}

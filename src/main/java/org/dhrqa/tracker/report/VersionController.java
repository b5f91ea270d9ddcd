package org.dhrqa.tracker.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	private final Messages messages;

	VersionController(ReportVersions versions, ReportTextStore texts, NameChecks names, Reviews reviews,
			Messages messages) {
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

	@PostMapping("/reports/{versionId:\\d+}/final")
	String markFinal(@PathVariable Long versionId, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		ReportVersionView version = this.versions.requireVisible(versionId, user);
		this.versions.markFinal(versionId, user);
		redirect.addFlashAttribute("flash", this.messages.get("report.markedFinal", version.versionNumber()));
		return "redirect:/reports/" + versionId;
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
						? this.messages.get("report.text.running", version.versionNumber(), text.pagesDone(),
								text.pageCount())
						: text.isWorking() ? this.messages.get("report.text.pending", version.versionNumber())
								: this.messages.get("report.text.finished", version.versionNumber()));
		return body;
	}

	private TextStatus status(ReportVersionView version) {
		return VersionComparisons.statusOf(this.texts.statuses(List.of(version.id())), version);
	}

}

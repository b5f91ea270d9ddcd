package org.dhrqa.tracker.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /reviews/{id}/reports}: the versions of a review's report, uploading a new one,
 * downloading.
 */
@Controller
class ReportController {

	static final String VIEW = "report/versions";

	static final String UPLOAD_TOO_LARGE = "uploadTooLarge";

	private final ReportVersions versions;

	private final Reviews reviews;

	private final Messages messages;

	private final ReportTextStore texts;

	ReportController(ReportVersions versions, Reviews reviews, Messages messages, ReportTextStore texts) {
		this.versions = versions;
		this.reviews = reviews;
		this.messages = messages;
		this.texts = texts;
	}

	@GetMapping("/reviews/{id:\\d+}/reports")
	String list(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ReportUploadForm form = new ReportUploadForm();
		if (model.containsAttribute(UPLOAD_TOO_LARGE)) {
			BindingResult result = new BeanPropertyBindingResult(form, "form");
			result.rejectValue("file", "report.upload.tooLarge", new Object[] { this.versions.maxSize().toMegabytes() },
					null);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		}
		return show(id, form, user, model);
	}

	@PostMapping("/reviews/{id:\\d+}/reports")
	String upload(@PathVariable Long id, @ModelAttribute("form") ReportUploadForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) throws IOException {
		ReviewView review = this.reviews.requireVisible(id, user);
		user.require(Permission.UPLOAD_REPORTS, review.cspId());
		if (form.getFile() == null || form.getFile().isEmpty()) {
			result.rejectValue("file", "report.upload.required");
		}
		if (form.getNote().length() > 1000) {
			result.rejectValue("note", "review.tooLong", new Object[] { 1000 }, null);
		}
		if (result.hasErrors()) {
			return show(id, form, user, model);
		}
		Path temp = Files.createTempFile("dhr-report-", ".pdf");
		try {
			form.getFile().transferTo(temp);
			ReportVersionView version = this.versions.upload(id, temp, form.getFile().getOriginalFilename(),
					form.isFinalVersion(), form.getNote(), user);
			redirect.addFlashAttribute("flash", this.messages.get("report.uploaded", version.versionNumber(),
					version.pageCount(), version.sizeText()));
			if (version.overPublicationLimit()) {
				redirect.addFlashAttribute("warning",
						this.messages.get("report.overPublicationLimit", version.sizeText()));
			}
			return "redirect:/reviews/" + review.id() + "/reports";
		}
		catch (ReportUploadException ex) {
			result.rejectValue("file", ex.getMessageKey(), ex.getArguments(), null);
			return show(id, form, user, model);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@GetMapping("/reports/{versionId:\\d+}/download")
	void download(@PathVariable Long versionId, @AuthenticationPrincipal SignedInUser user,
			HttpServletResponse response) throws IOException {
		ReportVersionView version = this.versions.requireVisible(versionId, user);
		response.setContentType("application/pdf");
		response.setContentLengthLong(version.sizeBytes());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(version.filename()).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.versions.download(versionId, user, response.getOutputStream());
	}

	private String show(Long id, ReportUploadForm form, SignedInUser user, Model model) {
		ReviewView review = this.reviews.requireVisible(id, user);
		model.addAttribute("review", review);
		List<ReportVersionView> versions = this.versions.of(id, user);
		Map<Long, TextStatus> statuses = this.texts.statuses(versions.stream().map(ReportVersionView::id).toList());
		Map<Long, TextStatus> texts = new HashMap<>();
		versions.forEach((v) -> texts.put(v.id(), VersionComparisons.statusOf(statuses, v)));
		model.addAttribute("versions", versions);
		model.addAttribute("texts", texts);
		model.addAttribute("anyWorking", texts.values().stream().anyMatch(TextStatus::isWorking));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("maxSize", this.versions.maxSize().toMegabytes());
		return VIEW;
	}

}

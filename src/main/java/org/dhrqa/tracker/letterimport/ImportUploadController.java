package org.dhrqa.tracker.letterimport;

import java.io.IOException;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.letterimport.ImportForms.PasteForm;
import org.dhrqa.tracker.letterimport.ImportForms.UploadForm;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /letter-imports/new}: upload a letter (PDF, Word or text) or paste its text. It
 * is read at once and the person goes on to check it; a file that cannot be read is
 * refused on the same page, saying why, and nothing is kept.
 */
@Controller
class ImportUploadController {

	static final String VIEW = "letterimport/upload";

	static final int MAX_PASTE = 200_000;

	private final LetterImports imports;

	private final Reviews reviews;

	ImportUploadController(LetterImports imports, Reviews reviews) {
		this.imports = imports;
		this.reviews = reviews;
	}

	@GetMapping("/letter-imports/new")
	String initUpload(@RequestParam(name = "review", required = false) String review,
			@RequestParam(name = "tooLarge", required = false) String tooLarge,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		LetterImports.requireImporter(user);
		UploadForm upload = new UploadForm();
		upload.setReview(review);
		PasteForm paste = new PasteForm();
		paste.setReview(review);
		if (tooLarge != null) {
			BindingResult result = new BeanPropertyBindingResult(upload, "upload");
			result.rejectValue("file", UnreadableLetterException.Reason.TOO_LARGE.messageKey());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "upload", result);
		}
		return show(upload, paste, user, model);
	}

	@PostMapping("/letter-imports/upload")
	String upload(@ModelAttribute("upload") UploadForm upload, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) throws IOException {
		LetterImports.requireImporter(user);
		if (upload.getFile() == null || upload.getFile().isEmpty()) {
			result.rejectValue("file", "letterImport.file.required");
			return show(upload, paste(upload.getReview()), user, model);
		}
		if (upload.getFile().getSize() > LetterFiles.MAX_SIZE) {
			result.rejectValue("file", UnreadableLetterException.Reason.TOO_LARGE.messageKey());
			return show(upload, paste(upload.getReview()), user, model);
		}
		try {
			Long id = this.imports.upload(upload.getFile().getBytes(), upload.getFile().getOriginalFilename(),
					ImportCheckController.parseId(upload.getReview()), user);
			return "redirect:/letter-imports/" + id;
		}
		catch (UnreadableLetterException ex) {
			result.rejectValue("file", ex.reason().messageKey());
			return show(upload, paste(upload.getReview()), user, model);
		}
	}

	@PostMapping("/letter-imports/paste")
	String paste(@ModelAttribute("paste") PasteForm paste, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		LetterImports.requireImporter(user);
		if (paste.getText().isBlank()) {
			result.rejectValue("text", "letterImport.text.required");
		}
		else if (paste.getText().length() > MAX_PASTE) {
			result.rejectValue("text", "letterImport.tooLong", new Object[] { MAX_PASTE }, null);
		}
		if (result.hasErrors()) {
			return show(upload(paste.getReview()), paste, user, model);
		}
		try {
			return "redirect:/letter-imports/"
					+ this.imports.paste(paste.getText(), ImportCheckController.parseId(paste.getReview()), user);
		}
		catch (UnreadableLetterException ex) {
			result.rejectValue("text", ex.reason().messageKey());
			return show(upload(paste.getReview()), paste, user, model);
		}
	}

	private String show(UploadForm upload, PasteForm paste, SignedInUser user, Model model) {
		if (!model.containsAttribute("upload")) {
			model.addAttribute("upload", upload);
		}
		if (!model.containsAttribute("paste")) {
			model.addAttribute("paste", paste);
		}
		ReviewView review = this.reviews.findVisible(ImportCheckController.parseId(upload.getReview()), user)
			.orElse(null);
		model.addAttribute("review", review);
		model.addAttribute("maxSize", LetterFiles.MAX_SIZE / (1024 * 1024));
		return VIEW;
	}

	private static UploadForm upload(String review) {
		UploadForm form = new UploadForm();
		form.setReview(review);
		return form;
	}

	private static PasteForm paste(String review) {
		PasteForm form = new PasteForm();
		form.setReview(review);
		return form;
	}

}

package org.dhrqa.tracker.letterimport;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.document.StoredFile;
import org.dhrqa.tracker.letterimport.ImportForms.BatchForm;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.NotFoundException;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /letter-imports}: the imports waiting for a person and those done; the back
 * catalogue upload (several files or ZIPs) and its progress as the background job reads
 * it; discarding an import; the file as uploaded.
 */
@Controller
class ImportQueueController {

	static final String LIST_VIEW = "letterimport/list";

	static final String BATCH_VIEW = "letterimport/batch";

	static final String PROGRESS_VIEW = "letterimport/progress";

	private final LetterImports imports;

	private final BatchUploads batches;

	private final Messages messages;

	ImportQueueController(LetterImports imports, BatchUploads batches, Messages messages) {
		this.imports = imports;
		this.batches = batches;
		this.messages = messages;
	}

	@GetMapping("/letter-imports")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<ImportView> all = this.imports.list(user);
		model.addAttribute("waiting", all.stream().filter((i) -> i.status().isOpen()).toList());
		model.addAttribute("done", all.stream().filter((i) -> !i.status().isOpen()).limit(50).toList());
		model.addAttribute("canBatch", user.may(Permission.IMPORT_BACK_CATALOGUE));
		return LIST_VIEW;
	}

	@PostMapping("/letter-imports/{id:\\d+}/discard")
	String discard(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.imports.discard(id, user);
		redirect.addFlashAttribute("flash", this.messages.get("letterImport.discarded"));
		return "redirect:/letter-imports";
	}

	@GetMapping("/letter-imports/{id:\\d+}/original")
	void original(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, HttpServletResponse response)
			throws IOException {
		StoredFile file = this.imports.original(id, user).orElseThrow(NotFoundException::new);
		response.setContentType(file.contentType());
		response.setContentLengthLong(file.sizeBytes());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file.filename()).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		this.imports.copyOriginal(id, user, response.getOutputStream());
	}

	@GetMapping("/letter-imports/batch")
	String initBatch(@RequestParam(name = "tooLarge", required = false) String tooLarge,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		LetterImports.requireSecretariat(user);
		BatchForm form = new BatchForm();
		if (tooLarge != null) {
			BindingResult result = new BeanPropertyBindingResult(form, "form");
			result.rejectValue("files", "letterImport.batch.tooLarge",
					new Object[] { UploadSizeFilter.BATCH_LIMIT / (1024 * 1024) }, null);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		}
		return showBatch(form, model);
	}

	@PostMapping("/letter-imports/batch")
	String uploadBatch(@ModelAttribute("form") BatchForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		LetterImports.requireSecretariat(user);
		try {
			BatchUploads.Batch batch = this.batches.upload(form.getFiles(), user);
			redirect.addFlashAttribute("flash", this.messages.get("letterImport.batch.queued", batch.queued()));
			return "redirect:/letter-imports/batches/" + batch.id();
		}
		catch (BatchUploads.RejectedException ex) {
			result.rejectValue("files", ex.messageKey(),
					new Object[] { BatchUploads.MAX_LETTERS, BatchUploads.MAX_UNCOMPRESSED_MB }, null);
			return showBatch(form, model);
		}
	}

	private String showBatch(BatchForm form, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("maxLetters", BatchUploads.MAX_LETTERS);
		model.addAttribute("maxMegabytes", UploadSizeFilter.BATCH_LIMIT / (1024 * 1024));
		return BATCH_VIEW;
	}

	/** Progress of one back-catalogue upload: how many of its letters have been read. */
	record Progress(int read, int total, boolean done) {

	}

	@GetMapping("/letter-imports/batches/{batchId}")
	String batch(@PathVariable UUID batchId, @AuthenticationPrincipal SignedInUser user, Model model) {
		List<ImportView> rows = batchRows(batchId, user);
		model.addAttribute("batchId", batchId);
		model.addAttribute("rows", rows);
		model.addAttribute("progress", progress(rows));
		return PROGRESS_VIEW;
	}

	@GetMapping("/letter-imports/batches/{batchId}/progress")
	@ResponseBody
	Map<String, Object> batchProgress(@PathVariable UUID batchId, @AuthenticationPrincipal SignedInUser user) {
		Progress progress = progress(batchRows(batchId, user));
		return Map.of("read", progress.read(), "total", progress.total(), "done", progress.done(), "text",
				this.messages.get("letterImport.progress.count", progress.read(), progress.total()));
	}

	private List<ImportView> batchRows(UUID batchId, SignedInUser user) {
		return this.imports.batch(batchId, user);
	}

	private static Progress progress(List<ImportView> rows) {
		int read = (int) rows.stream().filter((row) -> row.status() != ImportStatus.QUEUED).count();
		return new Progress(read, rows.size(), read == rows.size());
	}

}

package org.dhrqa.tracker.actionplan;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /reviews/{id}/action-plan/import}: upload a spreadsheet, check every row and see
 * which actions the plan already has, say what to do with them (or replace the plan,
 * after a confirmation), then import: at once, or in the background with its progress
 * shown. The checked import waits in the database; the session only remembers which one
 * it is.
 */
@Controller
class PlanImportController {

	static final String VIEW = "actionplan/import";

	static final String PREVIEW_VIEW = "actionplan/import-preview";

	static final String REPLACE_VIEW = "actionplan/import-replace";

	static final String PROGRESS_VIEW = "actionplan/import-progress";

	static final String SESSION_KEY = PlanImportController.class.getName() + ".import.";

	/** Rows the preview lists: every row with a problem, and this many more. */
	static final int ROWS_SHOWN = 200;

	private final PlanImports imports;

	private final ActionPlans plans;

	private final PlanAccess access;

	private final PlanPages pages;

	private final Messages messages;

	private final DataSize maxSize;

	PlanImportController(PlanImports imports, ActionPlans plans, PlanAccess access, PlanPages pages, Messages messages,
			@Value("${dhr.plan-import.max-size:2MB}") DataSize maxSize) {
		this.imports = imports;
		this.plans = plans;
		this.access = access;
		this.pages = pages;
		this.messages = messages;
		this.maxSize = maxSize;
	}

	@GetMapping("/reviews/{id:\\d+}/action-plan/import")
	String initImport(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		this.access.requireKeeper(id, user);
		model.addAttribute("form", new PlanForms.ImportForm());
		return showUpload(id, user, model);
	}

	@PostMapping("/reviews/{id:\\d+}/action-plan/import")
	String check(@PathVariable Long id, @ModelAttribute("form") PlanForms.ImportForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model) {
		this.access.requireKeeper(id, user);
		session.removeAttribute(SESSION_KEY + id);
		if (form.getPlanFile() == null || form.getPlanFile().isEmpty()) {
			result.rejectValue("planFile", "import.file.required");
			return showUpload(id, user, model);
		}
		String filename = String.valueOf(form.getPlanFile().getOriginalFilename());
		String lower = filename.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
			result.rejectValue("planFile", "import.file.type");
			return showUpload(id, user, model);
		}
		if (form.getPlanFile().getSize() > this.maxSize.toBytes()) {
			result.rejectValue("planFile", "import.file.tooLarge", new Object[] { sizeText() }, null);
			return showUpload(id, user, model);
		}
		PlanImports.Check check;
		try (InputStream in = form.getPlanFile().getInputStream()) {
			check = this.imports.check(id, in, filename, user);
		}
		catch (IOException | UnreadablePlanFileException ex) {
			result.rejectValue("planFile", "import.file.unreadable");
			return showUpload(id, user, model);
		}
		if (check.preview().hasProblem("import.tooManyRows")) {
			result.rejectValue("planFile", "import.tooManyRows", new Object[] { this.imports.maxRows() }, null);
			return showUpload(id, user, model);
		}
		if (check.importId() != null) {
			session.setAttribute(SESSION_KEY + id, check.importId());
		}
		model.addAttribute("choice", new PlanForms.ChoiceForm());
		return showPreview(id, check, user, model);
	}

	@PostMapping("/reviews/{id:\\d+}/action-plan/import/confirm")
	String confirm(@PathVariable Long id, @ModelAttribute("choice") PlanForms.ChoiceForm choice, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		this.access.requireKeeper(id, user);
		Long importId = (Long) session.getAttribute(SESSION_KEY + id);
		PlanImports.Confirmation done = this.imports.confirm(importId, id, PlanValidation.mode(choice), false, user);
		return switch (done.outcome()) {
			case CHOICE_REQUIRED, MATCHES_CHANGED -> {
				result.rejectValue("mode", (done.outcome() == PlanImports.Outcome.CHOICE_REQUIRED)
						? "import.mode.required" : "import.matchesChanged");
				yield showPreview(id, this.imports.checked(importId, id, user).orElseThrow(), user, model);
			}
			case CONFIRM_REPLACEMENT -> "redirect:/reviews/" + id + "/action-plan/import/replace";
			default -> finished(id, done, session, redirect);
		};
	}

	@GetMapping("/reviews/{id:\\d+}/action-plan/import/replace")
	String initReplace(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, HttpSession session,
			Model model, RedirectAttributes redirect) {
		this.access.requireKeeper(id, user);
		Optional<PlanImports.Check> check = this.imports.checked((Long) session.getAttribute(SESSION_KEY + id), id,
				user);
		if (check.isEmpty()) {
			redirect.addFlashAttribute("notice", this.messages.get("import.nothingToConfirm"));
			return "redirect:/reviews/" + id + "/action-plan/import";
		}
		PlanViews.Plan plan = this.plans.plan(id, user);
		model.addAttribute("review", this.access.visible(id, user));
		model.addAttribute("check", check.get());
		model.addAttribute("planSize", this.messages.get("plan.history.planSize", plan.recommendations().size(),
				plan.actions().size(), plan.actions().stream().mapToInt((action) -> action.updates().size()).sum()));
		return REPLACE_VIEW;
	}

	@PostMapping("/reviews/{id:\\d+}/action-plan/import/replace")
	String replace(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, HttpSession session,
			RedirectAttributes redirect) {
		this.access.requireKeeper(id, user);
		Long importId = (Long) session.getAttribute(SESSION_KEY + id);
		PlanImports.Confirmation done = this.imports.confirm(importId, id, ImportMode.REPLACE, true, user);
		if (done.outcome() == PlanImports.Outcome.MATCHES_CHANGED) {
			return "redirect:/reviews/" + id + "/action-plan/import/replace";
		}
		return finished(id, done, session, redirect);
	}

	@GetMapping("/reviews/{id:\\d+}/action-plan/import/progress")
	String progress(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		this.access.requireKeeper(id, user);
		Optional<PlanImportStore.Job> job = this.imports.latestInBackground(id, user);
		if (job.isEmpty()) {
			return "redirect:/reviews/" + id + "/action-plan";
		}
		model.addAttribute("review", this.access.visible(id, user));
		model.addAttribute("job", job.get());
		return PROGRESS_VIEW;
	}

	private String finished(Long id, PlanImports.Confirmation done, HttpSession session, RedirectAttributes redirect) {
		switch (done.outcome()) {
			case APPLIED -> {
				session.removeAttribute(SESSION_KEY + id);
				redirect.addFlashAttribute("flash", this.messages.get("import.done", done.counts().added(),
						done.counts().updated(), done.counts().skipped()));
				return "redirect:/reviews/" + id + "/action-plan";
			}
			case QUEUED -> {
				session.removeAttribute(SESSION_KEY + id);
				return "redirect:/reviews/" + id + "/action-plan/import/progress";
			}
			case BUSY -> {
				redirect.addFlashAttribute("notice", this.messages.get("import.busy"));
				return "redirect:/reviews/" + id + "/action-plan/import/progress";
			}
			default -> {
				redirect.addFlashAttribute("notice", this.messages.get("import.nothingToConfirm"));
				return "redirect:/reviews/" + id + "/action-plan/import";
			}
		}
	}

	private String showUpload(Long id, SignedInUser user, Model model) {
		model.addAttribute("review", this.access.visible(id, user));
		model.addAttribute("templateColumns", PlanImport.TEMPLATE_COLUMNS);
		model.addAttribute("maxSize", sizeText());
		model.addAttribute("maxRows", this.imports.maxRows());
		return VIEW;
	}

	private String showPreview(Long id, PlanImports.Check check, SignedInUser user, Model model) {
		model.addAttribute("review", this.access.visible(id, user));
		model.addAttribute("check", check);
		model.addAttribute("rows", ImportPreviewRow.of(check, ROWS_SHOWN, this.messages));
		model.addAttribute("problemText",
				check.preview()
					.problems()
					.stream()
					.filter((problem) -> problem.line() == 0)
					.map((problem) -> this.messages.get(problem.key(), problem.arguments().toArray()))
					.toList());
		model.addAttribute("modeOptions", this.pages.modeOptions(check.matched()));
		return PREVIEW_VIEW;
	}

	private String sizeText() {
		return this.messages.get("import.file.megabytes", this.maxSize.toMegabytes());
	}

}

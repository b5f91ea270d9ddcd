package org.dhrqa.tracker.actionplan;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.DateParts;
import org.dhrqa.tracker.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /reviews/{id}/action-plan}: the live action plan, its recommendations and
 * actions, dated updates, import from and export to the Home Office template, and the
 * annex.
 */
@Controller
class ActionPlanController {

	static final String IMPORT_SESSION_KEY = ActionPlanController.class.getName() + ".import.";

	private final ActionPlans plans;

	private final PlanAnnex annex;

	private final Reviews reviews;

	private final MessageSource messages;

	private final Clock clock;

	ActionPlanController(ActionPlans plans, PlanAnnex annex, Reviews reviews, MessageSource messages, Clock clock) {
		this.plans = plans;
		this.annex = annex;
		this.reviews = reviews;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/reviews/{id:\\d+}/action-plan")
	String plan(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return showPlan(id, new PlanForms.RecommendationForm(), user, model);
	}

	@PostMapping("/reviews/{id:\\d+}/action-plan/recommendations")
	String addRecommendation(@PathVariable Long id, @ModelAttribute("recForm") PlanForms.RecommendationForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		requireEditor(id, user);
		Scope scope = validate(form, result);
		if (result.hasErrors()) {
			return showPlan(id, form, user, model);
		}
		this.plans.addRecommendation(id, form.getNumber(), form.getRecommendation(), scope, form.getAddressedTo(),
				user);
		redirect.addFlashAttribute("flash", msg("plan.recommendation.added"));
		return "redirect:/reviews/" + id + "/action-plan";
	}

	@GetMapping("/recommendations/{id:\\d+}/edit")
	String initRecommendation(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		PlanViews.Rec rec = this.plans.recommendation(id, user);
		requireEditor(this.plans.reviewOfRecommendation(id, user), user);
		PlanForms.RecommendationForm form = new PlanForms.RecommendationForm();
		form.setNumber(rec.number());
		form.setRecommendation(rec.text());
		form.setScope(rec.scope().name());
		form.setAddressedTo(rec.addressedTo());
		return showRecommendationForm(id, form, user, model);
	}

	@PostMapping("/recommendations/{id:\\d+}/edit")
	String editRecommendation(@PathVariable Long id, @ModelAttribute("recForm") PlanForms.RecommendationForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		Long reviewId = this.plans.reviewOfRecommendation(id, user);
		requireEditor(reviewId, user);
		Scope scope = validate(form, result);
		if (form.getNumber().isBlank()) {
			result.rejectValue("number", "plan.number.required");
		}
		if (result.hasErrors()) {
			return showRecommendationForm(id, form, user, model);
		}
		this.plans.editRecommendation(id, form.getNumber(), form.getRecommendation(), scope, form.getAddressedTo(),
				user);
		redirect.addFlashAttribute("flash", msg("plan.recommendation.saved"));
		return "redirect:/reviews/" + reviewId + "/action-plan";
	}

	@GetMapping("/recommendations/{id:\\d+}/actions/new")
	String initAction(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		requireEditor(this.plans.reviewOfRecommendation(id, user), user);
		return showActionForm(id, null, new PlanForms.ActionForm(), user, model);
	}

	@PostMapping("/recommendations/{id:\\d+}/actions/new")
	String addAction(@PathVariable Long id, @ModelAttribute("form") PlanForms.ActionForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Long reviewId = this.plans.reviewOfRecommendation(id, user);
		requireEditor(reviewId, user);
		ActionDetails details = validate(form, result);
		if (result.hasErrors()) {
			return showActionForm(id, null, form, user, model);
		}
		Long actionId = this.plans.addAction(id, details, user);
		redirect.addFlashAttribute("flash", msg("plan.action.added"));
		return "redirect:/reviews/" + reviewId + "/action-plan#action-" + actionId;
	}

	@GetMapping("/actions/{id:\\d+}")
	String action(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		PlanForms.UpdateForm form = new PlanForms.UpdateForm();
		form.setUpdateDate(DateParts.of(LocalDate.now(this.clock)));
		return showAction(id, form, user, model);
	}

	@PostMapping("/actions/{id:\\d+}/updates")
	String addUpdate(@PathVariable Long id, @ModelAttribute("updateForm") PlanForms.UpdateForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		requireEditor(this.plans.reviewOfAction(id, user), user);
		LocalDate date = form.getUpdateDate()
			.validate(result, "updateDate", new DefaultMessageSourceResolvable("plan.name.updateDate"), true,
					LocalDate.now(this.clock));
		if (form.getUpdateText().isBlank()) {
			result.rejectValue("updateText", "plan.update.required");
		}
		else if (form.getUpdateText().length() > 5000) {
			result.rejectValue("updateText", "review.tooLong", new Object[] { 5000 }, null);
		}
		ActionStatus status = status(form.getNewStatus());
		if (!form.getNewStatus().isBlank() && status == null) {
			result.rejectValue("newStatus", "plan.status.invalid");
		}
		if (result.hasErrors()) {
			return showAction(id, form, user, model);
		}
		this.plans.addUpdate(id, date, form.getUpdateText(), status, user);
		redirect.addFlashAttribute("flash", msg("plan.update.added"));
		return "redirect:/actions/" + id;
	}

	@GetMapping("/actions/{id:\\d+}/edit")
	String initEditAction(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		PlanViews.Action action = this.plans.action(id, user);
		requireEditor(this.plans.reviewOfAction(id, user), user);
		PlanForms.ActionForm form = new PlanForms.ActionForm();
		form.setActionText(action.actionText());
		form.setLeadAgency(action.leadAgency());
		form.setKeyMilestones(action.keyMilestones());
		form.setTargetDate(DateParts.of(action.targetDate()));
		form.setCompletedOn(DateParts.of(action.completedOn()));
		form.setCompletionOutcome(action.completionOutcome());
		form.setStatus(action.status().name());
		form.setVersion(String.valueOf(action.version()));
		return showActionForm(action.recommendationId(), id, form, user, model);
	}

	@PostMapping("/actions/{id:\\d+}/edit")
	String editAction(@PathVariable Long id, @ModelAttribute("form") PlanForms.ActionForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		PlanViews.Action action = this.plans.action(id, user);
		requireEditor(this.plans.reviewOfAction(id, user), user);
		ActionDetails details = validate(form, result);
		if (result.hasErrors()) {
			return showActionForm(action.recommendationId(), id, form, user, model);
		}
		try {
			this.plans.editAction(id, parseLong(form.getVersion()), details, user);
		}
		catch (org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
			result.reject("plan.action.conflict");
			form.setVersion(String.valueOf(this.plans.action(id, user).version()));
			return showActionForm(action.recommendationId(), id, form, user, model);
		}
		redirect.addFlashAttribute("flash", msg("plan.action.saved"));
		return "redirect:/actions/" + id;
	}

	// Import and export

	@GetMapping("/reviews/{id:\\d+}/action-plan/import")
	String initImport(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		requireEditor(id, user);
		model.addAttribute("review", this.reviews.requireVisible(id, user));
		model.addAttribute("form", new PlanForms.ImportForm());
		model.addAttribute("templateColumns", PlanImport.TEMPLATE_COLUMNS);
		return "actionplan/import";
	}

	@PostMapping("/reviews/{id:\\d+}/action-plan/import")
	String previewImport(@PathVariable Long id, @ModelAttribute("form") PlanForms.ImportForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model) {
		requireEditor(id, user);
		ReviewView review = this.reviews.requireVisible(id, user);
		model.addAttribute("review", review);
		model.addAttribute("templateColumns", PlanImport.TEMPLATE_COLUMNS);
		if (form.getPlanFile() == null || form.getPlanFile().isEmpty()) {
			result.rejectValue("planFile", "import.file.required");
			return "actionplan/import";
		}
		String filename = String.valueOf(form.getPlanFile().getOriginalFilename()).toLowerCase(Locale.ROOT);
		if (!filename.endsWith(".csv") && !filename.endsWith(".xlsx")) {
			result.rejectValue("planFile", "import.file.type");
			return "actionplan/import";
		}
		PlanImport.Preview preview;
		try (InputStream in = form.getPlanFile().getInputStream()) {
			preview = PlanImport.read(in, filename);
		}
		catch (IOException | RuntimeException ex) {
			result.rejectValue("planFile", "import.file.unreadable");
			return "actionplan/import";
		}
		session.setAttribute(IMPORT_SESSION_KEY + id, preview);
		model.addAttribute("preview", preview);
		model.addAttribute("problemText", problemTexts(preview));
		return "actionplan/import-preview";
	}

	@PostMapping("/reviews/{id:\\d+}/action-plan/import/confirm")
	String confirmImport(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, HttpSession session,
			RedirectAttributes redirect) {
		requireEditor(id, user);
		Object stored = session.getAttribute(IMPORT_SESSION_KEY + id);
		if (!(stored instanceof PlanImport.Preview preview) || !preview.clean()) {
			redirect.addFlashAttribute("flash", msg("import.nothingToConfirm"));
			return "redirect:/reviews/" + id + "/action-plan/import";
		}
		session.removeAttribute(IMPORT_SESSION_KEY + id);
		int added = this.plans.importRows(id, preview.rows(), user);
		redirect.addFlashAttribute("flash", msg("import.done", added));
		return "redirect:/reviews/" + id + "/action-plan";
	}

	@GetMapping("/reviews/{id:\\d+}/action-plan.csv")
	void exportCsv(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, HttpServletResponse response)
			throws IOException {
		PlanViews.Plan plan = this.plans.plan(id, user);
		ReviewView review = this.reviews.requireVisible(id, user);
		download(response, "text/csv;charset=UTF-8", filename(review, "csv"));
		PlanExport.csv(plan, response.getOutputStream());
	}

	@GetMapping("/reviews/{id:\\d+}/action-plan.xlsx")
	void exportXlsx(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, HttpServletResponse response)
			throws IOException {
		PlanViews.Plan plan = this.plans.plan(id, user);
		ReviewView review = this.reviews.requireVisible(id, user);
		download(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				filename(review, "xlsx"));
		PlanExport.xlsx(plan, response.getOutputStream());
	}

	@GetMapping(path = "/reviews/{id:\\d+}/action-plan/annex", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String annexHtml(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		return this.annex.html(id, user);
	}

	@GetMapping("/reviews/{id:\\d+}/action-plan/annex.pdf")
	ResponseEntity<byte[]> annexPdf(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(filename(review, "pdf").replace("Action plan", "Action plan annex"))
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.annex.pdf(id, user));
	}

	// Helpers

	private String showPlan(Long id, PlanForms.RecommendationForm form, SignedInUser user, Model model) {
		ReviewView review = this.reviews.requireVisible(id, user);
		model.addAttribute("review", review);
		model.addAttribute("plan", this.plans.plan(id, user));
		model.addAttribute("canEdit", this.plans.canEdit(id, user));
		model.addAttribute("recForm", form);
		if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + "recForm")) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "recForm",
					new BeanPropertyBindingResult(form, "recForm"));
		}
		model.addAttribute("scopeOptions", scopeOptions());
		model.addAttribute("driftDays", PlanViews.DRIFT_DAYS);
		return "actionplan/plan";
	}

	private String showRecommendationForm(Long id, PlanForms.RecommendationForm form, SignedInUser user, Model model) {
		Long reviewId = this.plans.reviewOfRecommendation(id, user);
		model.addAttribute("review", this.reviews.requireVisible(reviewId, user));
		model.addAttribute("recommendationId", id);
		model.addAttribute("recForm", form);
		model.addAttribute("scopeOptions", scopeOptions());
		return "actionplan/recommendation";
	}

	private String showActionForm(Long recommendationId, Long actionId, PlanForms.ActionForm form, SignedInUser user,
			Model model) {
		Long reviewId = this.plans.reviewOfRecommendation(recommendationId, user);
		model.addAttribute("review", this.reviews.requireVisible(reviewId, user));
		model.addAttribute("recommendation", this.plans.recommendation(recommendationId, user));
		model.addAttribute("actionId", actionId);
		model.addAttribute("form", form);
		model.addAttribute("statusOptions", statusOptions());
		return "actionplan/action-form";
	}

	private String showAction(Long id, PlanForms.UpdateForm form, SignedInUser user, Model model) {
		PlanViews.Action action = this.plans.action(id, user);
		Long reviewId = this.plans.reviewOfAction(id, user);
		model.addAttribute("review", this.reviews.requireVisible(reviewId, user));
		model.addAttribute("action", action);
		model.addAttribute("recommendation", this.plans.recommendation(action.recommendationId(), user));
		model.addAttribute("canEdit", this.plans.canEdit(reviewId, user));
		model.addAttribute("updateForm", form);
		model.addAttribute("statusOptions", statusOptions());
		java.util.List<org.dhrqa.tracker.shared.web.TimelineItem> timeline = new java.util.ArrayList<>();
		for (UpdateView update : action.updates()) {
			java.util.List<String> lines = new java.util.ArrayList<>();
			lines.add(update.text());
			if (update.statusTo() != null) {
				lines.add(msg("plan.update.statusChange", msg(update.statusFrom().messageKey()),
						msg(update.statusTo().messageKey())));
			}
			timeline.add(0,
					new org.dhrqa.tracker.shared.web.TimelineItem(msg("plan.update.title", formatDate(update.date())),
							msg("plan.update.by", update.author()), lines));
		}
		model.addAttribute("timeline", timeline);
		return "actionplan/action";
	}

	private Scope validate(PlanForms.RecommendationForm form, Errors errors) {
		if (form.getRecommendation().isBlank()) {
			errors.rejectValue("recommendation", "plan.recommendation.required");
		}
		else if (form.getRecommendation().length() > 5000) {
			errors.rejectValue("recommendation", "review.tooLong", new Object[] { 5000 }, null);
		}
		if (form.getNumber().trim().length() > 20) {
			errors.rejectValue("number", "review.tooLong", new Object[] { 20 }, null);
		}
		if (form.getAddressedTo().trim().length() > 300) {
			errors.rejectValue("addressedTo", "review.tooLong", new Object[] { 300 }, null);
		}
		Scope scope = Arrays.stream(Scope.values())
			.filter((s) -> s.name().equals(form.getScope()))
			.findFirst()
			.orElse(null);
		if (scope == null) {
			errors.rejectValue("scope", "plan.scope.required");
		}
		return scope;
	}

	private ActionDetails validate(PlanForms.ActionForm form, Errors errors) {
		if (form.getActionText().isBlank()) {
			errors.rejectValue("actionText", "plan.action.required");
		}
		if (form.getLeadAgency().isBlank()) {
			errors.rejectValue("leadAgency", "plan.lead.required");
		}
		else if (form.getLeadAgency().trim().length() > 300) {
			errors.rejectValue("leadAgency", "review.tooLong", new Object[] { 300 }, null);
		}
		LocalDate target = form.getTargetDate()
			.validate(errors, "targetDate", new DefaultMessageSourceResolvable("plan.name.targetDate"), false, null);
		LocalDate completed = form.getCompletedOn()
			.validate(errors, "completedOn", new DefaultMessageSourceResolvable("plan.name.completedOn"), false,
					LocalDate.now(this.clock));
		ActionStatus status = status(form.getStatus());
		if (status == null) {
			errors.rejectValue("status", "plan.status.invalid");
		}
		if (status == ActionStatus.COMPLETE || completed != null) {
			if (form.getCompletedOn().isEmpty()) {
				errors.rejectValue("completedOn", "plan.completedOn.required");
			}
			if (form.getCompletionOutcome().isBlank()) {
				errors.rejectValue("completionOutcome", "plan.completionOutcome.required");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new ActionDetails(form.getActionText().trim(), form.getLeadAgency().trim(),
				form.getKeyMilestones().isBlank() ? null : form.getKeyMilestones().trim(), target, completed,
				form.getCompletionOutcome().isBlank() ? null : form.getCompletionOutcome().trim(), status);
	}

	private void requireEditor(Long reviewId, SignedInUser user) {
		if (!this.plans.canEdit(reviewId, user)) {
			throw new AccessDeniedException("Only the CSP's own people change its action plans");
		}
	}

	private List<String> problemTexts(PlanImport.Preview preview) {
		return preview.problems()
			.stream()
			.filter((problem) -> problem.line() == 0)
			.map((problem) -> msg(problem.key(), problem.arguments().toArray()))
			.toList();
	}

	private List<Option> scopeOptions() {
		return Arrays.stream(Scope.values()).map((s) -> new Option(s.name(), msg(s.messageKey()))).toList();
	}

	private List<Option> statusOptions() {
		return Arrays.stream(ActionStatus.values()).map((s) -> new Option(s.name(), msg(s.messageKey()))).toList();
	}

	private static ActionStatus status(String value) {
		return Arrays.stream(ActionStatus.values()).filter((s) -> s.name().equals(value)).findFirst().orElse(null);
	}

	private static void download(HttpServletResponse response, String type, String filename) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	private static String filename(ReviewView review, String extension) {
		return ("Action plan " + review.victimPseudonyms() + "." + extension).replaceAll("[^A-Za-z0-9 ._-]", "");
	}

	private static long parseLong(String value) {
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String formatDate(LocalDate date) {
		return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(date);
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}

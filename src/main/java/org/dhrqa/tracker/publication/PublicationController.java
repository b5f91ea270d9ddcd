package org.dhrqa.tracker.publication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.DateParts;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
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
 * {@code /reviews/{id}/publication}: the publication task list, the pack, confirmations
 * and overrides.
 */
@Controller
class PublicationController {

	private static final String URL = "(?i)https?://[^\\s/$.?#][^\\s]*";

	private final Publications publications;

	private final PublicationPacks packs;

	private final Reviews reviews;

	private final Messages messages;

	private final Formats formats;

	private final Clock clock;

	PublicationController(Publications publications, PublicationPacks packs, Reviews reviews, Messages messages,
			Formats formats, Clock clock) {
		this.formats = formats;
		this.publications = publications;
		this.packs = packs;
		this.reviews = reviews;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/reviews/{id:\\d+}/publication")
	String tasks(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return showTasks(id, new PublicationForms.Override(), user, model);
	}

	@PostMapping("/reviews/{id:\\d+}/publication/pack")
	String assemble(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		try {
			Long pack = this.packs.assemble(id, user);
			Readiness.Pack made = this.packs.requirePack(pack, user);
			redirect.addFlashAttribute(made.overLimit() ? "warning" : "flash",
					made.overLimit() ? this.messages.get("pack.tooLarge", made.sizeText())
							: this.messages.get("pack.assembledFlash", made.pageCount(), made.sizeText()));
		}
		catch (PackNotPossibleException ex) {
			redirect.addFlashAttribute("warning", this.messages.get("pack.notPossible"));
		}
		return "redirect:/reviews/" + id + "/publication#pack";
	}

	@GetMapping("/packs/{packId:\\d+}/download")
	void download(@PathVariable Long packId, @AuthenticationPrincipal SignedInUser user, HttpServletResponse response)
			throws IOException {
		Readiness.Pack pack = this.packs.requirePack(packId, user);
		response.setContentType("application/pdf");
		response.setContentLengthLong(pack.sizeBytes());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(this.packs.filename(packId, user), StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.packs.download(packId, user, response.getOutputStream());
	}

	@GetMapping("/reviews/{id:\\d+}/publication/{task:[a-z-]+}")
	String initConfirm(@PathVariable Long id, @PathVariable String task, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		TaskKey key = confirmable(task);
		requireCanAct(id, user);
		if (!this.publications.canConfirmNow(id, key, user)) {
			return notYet(id, redirect);
		}
		PublicationForms.Confirm form = new PublicationForms.Confirm();
		form.setConfirmedOn(DateParts.of(LocalDate.now(this.clock)));
		return showConfirm(id, key, form, user, model);
	}

	@PostMapping("/reviews/{id:\\d+}/publication/{task:[a-z-]+}")
	String confirm(@PathVariable Long id, @PathVariable String task,
			@ModelAttribute("form") PublicationForms.Confirm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		TaskKey key = confirmable(task);
		requireCanAct(id, user);
		LocalDate on = form.getConfirmedOn()
			.validate(result, "confirmedOn", new DefaultMessageSourceResolvable("task.name.date"), true,
					LocalDate.now(this.clock));
		String detail = form.getDetail().trim();
		if (key == TaskKey.PUBLISHED_ON_WEBSITE
				&& (detail.isEmpty() || !detail.matches(URL) || detail.length() > 500)) {
			result.rejectValue("detail", "task.url.invalid");
		}
		else if (detail.length() > 500) {
			result.rejectValue("detail", "review.tooLong", new Object[] { 500 }, null);
		}
		if (result.hasErrors()) {
			return showConfirm(id, key, form, user, model);
		}
		try {
			this.publications.confirm(id, key, on, detail.isEmpty() ? null : detail, user);
		}
		catch (TaskNotAvailableException ex) {
			return notYet(id, redirect);
		}
		redirect.addFlashAttribute("flash", this.messages.get("task.confirmed", this.messages.get(key.messageKey())));
		return "redirect:/reviews/" + id + "/publication";
	}

	@GetMapping("/reviews/{id:\\d+}/publication/{task:[a-z-]+}/undo")
	String initUndo(@PathVariable Long id, @PathVariable String task, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		TaskKey key = confirmable(task);
		requireCanAct(id, user);
		return this.publications.confirmation(id, key, user)
			.map((confirmation) -> showUndo(id, key, confirmation, new PublicationForms.Override(), user, model))
			.orElseGet(() -> "redirect:/reviews/" + id + "/publication");
	}

	@PostMapping("/reviews/{id:\\d+}/publication/{task:[a-z-]+}/undo")
	String undo(@PathVariable Long id, @PathVariable String task,
			@ModelAttribute("form") PublicationForms.Override form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		TaskKey key = confirmable(task);
		requireCanAct(id, user);
		Readiness.Confirmation confirmation = this.publications.confirmation(id, key, user).orElse(null);
		if (confirmation == null) {
			return "redirect:/reviews/" + id + "/publication";
		}
		if (form.getReason().isBlank()) {
			result.rejectValue("reason", "task.undo.reason.required");
		}
		else if (form.getReason().length() > 2000) {
			result.rejectValue("reason", "review.tooLong", new Object[] { 2000 }, null);
		}
		if (result.hasErrors()) {
			return showUndo(id, key, confirmation, form, user, model);
		}
		this.publications.withdraw(id, key, form.getReason(), user);
		redirect.addFlashAttribute("flash", this.messages.get("task.undone", this.messages.get(key.messageKey())));
		return "redirect:/reviews/" + id + "/publication";
	}

	private String notYet(Long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("warning", this.messages.get("task.notYet"));
		return "redirect:/reviews/" + id + "/publication";
	}

	private String showUndo(Long id, TaskKey key, Readiness.Confirmation confirmation, PublicationForms.Override form,
			SignedInUser user, Model model) {
		model.addAttribute("review", this.reviews.requireVisible(id, user));
		model.addAttribute("task", key);
		model.addAttribute("confirmation", confirmation);
		model.addAttribute("form", form);
		return "publication/undo";
	}

	@PostMapping("/reviews/{id:\\d+}/publication/override")
	String override(@PathVariable Long id, @ModelAttribute("overrideForm") PublicationForms.Override form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		if (!this.publications.canOverride(id, user)) {
			throw new AccessDeniedException("Only a manager overrides readiness");
		}
		if (form.getReason().isBlank()) {
			result.rejectValue("reason", "override.reason.required");
		}
		else if (form.getReason().length() > 2000) {
			result.rejectValue("reason", "review.tooLong", new Object[] { 2000 }, null);
		}
		if (result.hasErrors()) {
			return showTasks(id, form, user, model);
		}
		this.publications.recordOverride(id, form.getReason(), user);
		redirect.addFlashAttribute("flash", this.messages.get("override.recorded"));
		return "redirect:/reviews/" + id + "/publication";
	}

	private String showTasks(Long id, PublicationForms.Override overrideForm, SignedInUser user, Model model) {
		ReviewView review = this.reviews.requireVisible(id, user);
		Readiness readiness = this.publications.readiness(id, user);
		model.addAttribute("review", review);
		model.addAttribute("readiness", readiness);
		model.addAttribute("canAct", this.publications.canAct(id, user));
		model.addAttribute("canOverride", this.publications.canOverride(id, user));
		model.addAttribute("overrideForm", overrideForm);
		if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + "overrideForm")) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "overrideForm",
					new BeanPropertyBindingResult(overrideForm, "overrideForm"));
		}
		boolean canAct = this.publications.canAct(id, user);
		model.addAttribute("taskDetails", readiness.tasks()
			.stream()
			.map((task) -> this.messages.get(task.detailKey(), task.detailArgs().stream().map(this::display).toArray()))
			.toList());
		// a task is a link only where it leads somewhere this person can act or read
		model.addAttribute("taskLinks",
				readiness.tasks()
					.stream()
					.map((task) -> (task.status() == TaskStatus.CANNOT_START || task.link() == null
							|| (task.key().isConfirmedByPerson() && (!canAct || task.status() == TaskStatus.COMPLETED)))
									? "" : task.link())
					.toList());
		model.addAttribute("undoLinks",
				readiness.tasks()
					.stream()
					.map((task) -> (canAct && task.key().isConfirmedByPerson() && task.status() == TaskStatus.COMPLETED)
							? task.link() + "/undo" : "")
					.toList());
		return "publication/tasks";
	}

	private String showConfirm(Long id, TaskKey key, PublicationForms.Confirm form, SignedInUser user, Model model) {
		model.addAttribute("review", this.reviews.requireVisible(id, user));
		model.addAttribute("task", key);
		model.addAttribute("form", form);
		return "publication/confirm";
	}

	private void requireCanAct(Long id, SignedInUser user) {
		if (!this.publications.canAct(id, user)) {
			throw new AccessDeniedException("Read-only access to this review");
		}
	}

	private static TaskKey confirmable(String slug) {
		return Arrays.stream(TaskKey.values())
			.filter((key) -> key.isConfirmedByPerson() && key.slug().equals(slug))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private Object display(Object value) {
		if (value instanceof LocalDate date) {
			return this.formats.date(date);
		}
		if (value instanceof Instant instant) {
			return this.formats.dateTime(instant);
		}
		return value;
	}

}

package org.dhrqa.tracker.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.account.UserSummary;
import org.dhrqa.tracker.report.ReportVersionView;
import org.dhrqa.tracker.report.ReportVersions;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Option;
import org.dhrqa.tracker.shared.web.TimelineItem;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Feedback items day to day: the review's list, "my items" for CSP staff, "awaiting
 * verification" for the secretariat, and each item's page with its timeline and the
 * actions the person may take.
 */
@Controller
class ItemController {

	private static final int MAX_TEXT = 5000;

	private final FeedbackWork work;

	private final Reviews reviews;

	private final ReportVersions reportVersions;

	private final Accounts accounts;

	private final MessageSource messages;

	private final Formats formats;

	private final Clock clock;

	private final ItemParagraphCheck paragraphCheck;

	ItemController(FeedbackWork work, Reviews reviews, ReportVersions reportVersions, Accounts accounts,
			MessageSource messages, Formats formats, Clock clock, ItemParagraphCheck paragraphCheck) {
		this.work = work;
		this.reviews = reviews;
		this.reportVersions = reportVersions;
		this.accounts = accounts;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
		this.paragraphCheck = paragraphCheck;
	}

	// Lists

	@GetMapping("/reviews/{id:\\d+}/items")
	String forReview(@PathVariable Long id, @ModelAttribute("filter") ItemForms.Filter filter,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		ReviewView review = this.reviews.requireVisible(id, user);
		model.addAttribute("review", review);
		model.addAttribute("rows", this.work.forReview(id, filter.toFilter(), user));
		model.addAttribute("filtered", filter.isActive());
		model.addAttribute("assigneeOptions",
				this.work.assignable(id, user)
					.stream()
					.map((person) -> new Option(person.id().toString(), person.name()))
					.toList());
		addFilterOptions(model);
		return "feedback/review-items";
	}

	@GetMapping("/items")
	String myWork(@ModelAttribute("filter") ItemForms.Filter filter, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		if (user.may(Permission.WORK_ON_ITEMS)) {
			model.addAttribute("rows", this.work.mine(user, filter.toFilter()));
			model.addAttribute("mode", "mine");
		}
		else if (user.may(Permission.DECIDE_ITEMS)) {
			model.addAttribute("rows", this.work.awaitingVerification(user, filter.toFilter()));
			model.addAttribute("mode", "awaiting");
			model.addAttribute("bulk", new ItemForms.Bulk());
		}
		else {
			return "redirect:/reviews";
		}
		model.addAttribute("filtered", filter.isActive());
		addFilterOptions(model);
		return "feedback/my-items";
	}

	@PostMapping("/items/accept")
	String acceptMany(@ModelAttribute("bulk") ItemForms.Bulk bulk, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		user.require(Permission.DECIDE_ITEMS);
		if (bulk.getItems().isEmpty()) {
			redirect.addFlashAttribute("warning", msg("item.bulk.none"));
			return "redirect:/items";
		}
		int accepted = this.work.acceptAll(bulk.getItems(), user);
		redirect.addFlashAttribute("flash", msg("item.bulk.accepted", accepted));
		return "redirect:/items";
	}

	// One item

	@GetMapping("/items/{id:\\d+}")
	String show(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return showItem(id, user, model);
	}

	@PostMapping("/items/{id:\\d+}/assign")
	String assign(@PathVariable Long id, @ModelAttribute("assignForm") ItemForms.Assign form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ItemView item = this.work.item(id, Permission.WORK_ON_ITEMS, user);
		Long assignee = parse(form.getAssignee());
		if (assignee == null || this.work.assignable(item.reviewId(), user)
			.stream()
			.noneMatch((person) -> person.id().equals(assignee))) {
			result.rejectValue("assignee", "item.assignee.required");
			return showItem(id, user, model);
		}
		this.work.assign(id, assignee, user);
		redirect.addFlashAttribute("flash", msg("item.assigned"));
		return "redirect:/items/" + id;
	}

	@PostMapping("/items/{id:\\d+}/due")
	String due(@PathVariable Long id, @ModelAttribute("dueForm") ItemForms.Due form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		this.work.item(id, Permission.WORK_ON_ITEMS, user);
		LocalDate due = form.getDueOn()
			.validate(result, "dueOn", new DefaultMessageSourceResolvable("item.name.dueOn"), true, null);
		if (due != null && due.isBefore(LocalDate.now(this.clock))) {
			result.rejectValue("dueOn", "item.dueOn.past");
		}
		if (result.hasErrors()) {
			return showItem(id, user, model);
		}
		this.work.setDueOn(id, due, user);
		redirect.addFlashAttribute("flash", msg("item.dueSet", this.formats.date(due)));
		return "redirect:/items/" + id;
	}

	@PostMapping("/items/{id:\\d+}/comment")
	String comment(@PathVariable Long id, @ModelAttribute("commentForm") ItemForms.Comment form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		this.work.item(id, Permission.COMMENT_ON_ITEMS, user);
		text(result, "comment", form.getComment(), "item.comment.required");
		if (result.hasErrors()) {
			return showItem(id, user, model);
		}
		this.work.comment(id, form.getComment(), user);
		redirect.addFlashAttribute("flash", msg("item.commented"));
		return "redirect:/items/" + id;
	}

	@PostMapping("/items/{id:\\d+}/respond")
	String respond(@PathVariable Long id, @ModelAttribute("respondForm") ItemForms.Respond form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ItemView item = this.work.item(id, Permission.WORK_ON_ITEMS, user);
		text(result, "response", form.getResponse(), "item.response.required");
		Long version = null;
		if (!form.getReportVersion().isBlank()) {
			version = parse(form.getReportVersion());
			Long chosen = version;
			if (chosen == null
					|| this.reportVersions.of(item.reviewId(), user).stream().noneMatch((v) -> v.id().equals(chosen))) {
				result.rejectValue("reportVersion", "item.reportVersion.invalid");
			}
		}
		if (form.getAddressedParagraph().trim().length() > 50) {
			result.rejectValue("addressedParagraph", "review.tooLong", new Object[] { 50 }, null);
		}
		if (result.hasErrors()) {
			return showItem(id, user, model);
		}
		this.work.respond(id, form.getResponse(), version, form.getAddressedParagraph(), user);
		redirect.addFlashAttribute("flash", msg("item.responded"));
		return "redirect:/items/" + id;
	}

	@PostMapping("/items/{id:\\d+}/accept")
	String accept(@PathVariable Long id, @ModelAttribute("acceptForm") ItemForms.Accept form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		this.work.item(id, Permission.DECIDE_ITEMS, user);
		if (form.getAcceptNote().length() > MAX_TEXT) {
			result.rejectValue("acceptNote", "review.tooLong", new Object[] { MAX_TEXT }, null);
			return showItem(id, user, model);
		}
		this.work.accept(id, form.getAcceptNote(), user);
		redirect.addFlashAttribute("flash", msg("item.accepted"));
		return "redirect:/items/" + id;
	}

	@PostMapping("/items/{id:\\d+}/return")
	String returnToCsp(@PathVariable Long id, @ModelAttribute("returnForm") ItemForms.Return form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		this.work.item(id, Permission.DECIDE_ITEMS, user);
		text(result, "returnReason", form.getReturnReason(), "item.returnReason.required");
		if (result.hasErrors()) {
			return showItem(id, user, model);
		}
		this.work.returnToCsp(id, form.getReturnReason(), user);
		redirect.addFlashAttribute("flash", msg("item.returned"));
		return "redirect:/items/" + id;
	}

	/**
	 * A status change that no longer fits (someone else acted first) is explained, not an
	 * error page.
	 */
	@ExceptionHandler({ IllegalItemTransitionException.class, ObjectOptimisticLockingFailureException.class })
	String outOfDate(jakarta.servlet.http.HttpServletRequest request) {
		java.util.regex.Matcher item = java.util.regex.Pattern.compile("^/items/(\\d+)")
			.matcher(request.getRequestURI());
		RequestContextUtils.getOutputFlashMap(request).put("flash", msg("item.outOfDate"));
		return item.find() ? "redirect:/items/" + item.group(1) : "redirect:/items";
	}

	private String showItem(Long id, SignedInUser user, Model model) {
		ItemView item = this.work.item(id, user);
		ReviewView review = this.reviews.requireVisible(item.reviewId(), user);
		boolean mayWork = user.may(Permission.WORK_ON_ITEMS, review.cspId());
		boolean cspCanWork = mayWork && item.status() != FeedbackStatus.ACCEPTED;
		boolean canRespond = mayWork && (item.status() == FeedbackStatus.OPEN
				|| item.status() == FeedbackStatus.IN_PROGRESS || item.status() == FeedbackStatus.RETURNED);
		boolean canDecide = user.may(Permission.DECIDE_ITEMS, review.cspId())
				&& item.status() == FeedbackStatus.RESPONDED;
		List<ReportVersionView> versions = this.reportVersions.of(review.id(), user);
		model.addAttribute("item", item);
		model.addAttribute("review", review);
		model.addAttribute("overdue", this.work.isOverdue(item));
		model.addAttribute("assigneeName", (item.assigneeUserId() != null)
				? this.accounts.find(item.assigneeUserId()).map(UserSummary::name).orElse("") : null);
		model.addAttribute("addressedIn",
				versions.stream()
					.filter((v) -> v.id().equals(item.addressedInVersionId()))
					.findFirst()
					.map((v) -> msg("item.addressedIn", v.versionNumber(), v.filename()))
					.orElse(null));
		model.addAttribute("timeline", timeline(id, user));
		model.addAttribute("paragraphCheck", this.paragraphCheck.of(item, user));
		model.addAttribute("cspCanWork", cspCanWork);
		model.addAttribute("canRespond", canRespond);
		model.addAttribute("canDecide", canDecide);
		model.addAttribute("canComment",
				user.may(Permission.COMMENT_ON_ITEMS, review.cspId()) && item.status() != FeedbackStatus.ACCEPTED);
		model.addAttribute("assigneeOptions",
				cspCanWork ? this.work.assignable(review.id(), user)
					.stream()
					.map((person) -> new Option(person.id().toString(), person.name()))
					.toList() : List.of());
		model.addAttribute("versionOptions", versions.stream()
			.map((v) -> new Option(v.id().toString(), msg("item.versionOption", v.versionNumber(), v.filename())))
			.toList());
		ensureForm(model, "assignForm", new ItemForms.Assign());
		ensureForm(model, "dueForm", new ItemForms.Due());
		ensureForm(model, "commentForm", new ItemForms.Comment());
		ItemForms.Respond respond = new ItemForms.Respond();
		if (item.responseText() != null) {
			respond.setResponse(item.responseText());
			respond.setAddressedParagraph((item.addressedParagraph() != null) ? item.addressedParagraph() : "");
			respond
				.setReportVersion((item.addressedInVersionId() != null) ? item.addressedInVersionId().toString() : "");
		}
		ensureForm(model, "respondForm", respond);
		ensureForm(model, "acceptForm", new ItemForms.Accept());
		ensureForm(model, "returnForm", new ItemForms.Return());
		return "feedback/item";
	}

	private List<TimelineItem> timeline(Long id, SignedInUser user) {
		List<ItemEventView> events = new java.util.ArrayList<>(this.work.timeline(id, user));
		java.util.Collections.reverse(events);
		return events.stream()
			.map((event) -> new TimelineItem(msg("itemEvent." + event.type()),
					msg("item.event.byline", event.actorName(), this.formats.dateTime(event.at())),
					(event.text() != null) ? List.of(event.text()) : List.of()))
			.toList();
	}

	private static void ensureForm(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
		if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + name)) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, new BeanPropertyBindingResult(form, name));
		}
	}

	private void addFilterOptions(Model model) {
		model.addAttribute("statusOptions",
				Arrays.stream(FeedbackStatus.values())
					.filter(FeedbackStatus::isLive)
					.map((s) -> new Option(s.name(), msg(s.messageKey())))
					.toList());
		model.addAttribute("categoryOptions",
				Arrays.stream(FeedbackCategory.values())
					.map((c) -> new Option(c.name(), msg(c.messageKey())))
					.toList());
		model.addAttribute("overdueOptions", List.of(new Option("true", msg("item.filter.overdueOnly"))));
	}

	private static void text(BindingResult result, String field, String value, String requiredCode) {
		if (value == null || value.isBlank()) {
			result.rejectValue(field, requiredCode);
		}
		else if (value.trim().length() > MAX_TEXT) {
			result.rejectValue(field, "review.tooLong", new Object[] { MAX_TEXT }, null);
		}
	}

	private static Long parse(String value) {
		try {
			return Long.valueOf(value.trim());
		}
		catch (NumberFormatException | NullPointerException ex) {
			return null;
		}
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}

package org.dhrqa.tracker.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.account.UserSummary;
import org.dhrqa.tracker.report.ReportVersionView;
import org.dhrqa.tracker.report.ReportVersions;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.FieldRules;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.Option;
import org.dhrqa.tracker.shared.web.TimelineItem;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /items/{id}}: one feedback item with its timeline and the actions the person may
 * take; its back link returns to the list the person came from.
 */
@Controller
class ItemController {

	private static final int MAX_TEXT = 5000;

	private static final Pattern ITEM_PATH = Pattern.compile("^/items/(\\d+)");

	/** The lists an item page can be opened from, and where "Back" leads. */
	private static final Set<String> LISTS = Set.of("mine", "awaiting", "unassigned");

	private final FeedbackWork work;

	private final Reviews reviews;

	private final ReportVersions reportVersions;

	private final Accounts accounts;

	private final ItemParagraphCheck paragraphCheck;

	private final Messages messages;

	private final Formats formats;

	private final Clock clock;

	ItemController(FeedbackWork work, Reviews reviews, ReportVersions reportVersions, Accounts accounts,
			ItemParagraphCheck paragraphCheck, Messages messages, Formats formats, Clock clock) {
		this.work = work;
		this.reviews = reviews;
		this.reportVersions = reportVersions;
		this.accounts = accounts;
		this.paragraphCheck = paragraphCheck;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	@GetMapping("/items/{id:\\d+}")
	String show(@PathVariable Long id, @RequestParam(required = false) String from,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		return showItem(id, from, user, model);
	}

	@PostMapping("/items/{id:\\d+}/assign")
	String assign(@PathVariable Long id, @RequestParam(required = false) String from,
			@ModelAttribute("assignForm") ItemForms.Assign form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ItemView item = this.work.item(id, Permission.WORK_ON_ITEMS, user);
		Long assignee = FieldRules.parseId(form.getAssignee());
		if (assignee == null || this.work.assignable(item.reviewId(), user)
			.stream()
			.noneMatch((person) -> person.id().equals(assignee))) {
			result.rejectValue("assignee", "item.assignee.required");
			return showItem(id, from, user, model);
		}
		this.work.assign(id, assignee, user);
		redirect.addFlashAttribute("flash", this.messages.get("item.assigned"));
		return back(id, from);
	}

	@PostMapping("/items/{id:\\d+}/due")
	String due(@PathVariable Long id, @RequestParam(required = false) String from,
			@ModelAttribute("dueForm") ItemForms.Due form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		this.work.item(id, Permission.WORK_ON_ITEMS, user);
		LocalDate due = form.getDueOn()
			.validate(result, "dueOn", new DefaultMessageSourceResolvable("item.name.dueOn"), true, null);
		if (due != null && due.isBefore(LocalDate.now(this.clock))) {
			result.rejectValue("dueOn", "item.dueOn.past");
		}
		if (result.hasErrors()) {
			return showItem(id, from, user, model);
		}
		this.work.setDueOn(id, due, user);
		redirect.addFlashAttribute("flash", this.messages.get("item.dueSet", this.formats.date(due)));
		return back(id, from);
	}

	@PostMapping("/items/{id:\\d+}/comment")
	String comment(@PathVariable Long id, @RequestParam(required = false) String from,
			@ModelAttribute("commentForm") ItemForms.Comment form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		this.work.item(id, Permission.COMMENT_ON_ITEMS, user);
		FieldRules.required(result, "comment", form.getComment(), MAX_TEXT, "item.comment.required");
		if (result.hasErrors()) {
			return showItem(id, from, user, model);
		}
		this.work.comment(id, form.getComment(), user);
		redirect.addFlashAttribute("flash", this.messages.get("item.commented"));
		return back(id, from);
	}

	@PostMapping("/items/{id:\\d+}/respond")
	String respond(@PathVariable Long id, @RequestParam(required = false) String from,
			@ModelAttribute("respondForm") ItemForms.Respond form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ItemView item = this.work.item(id, Permission.WORK_ON_ITEMS, user);
		FieldRules.required(result, "response", form.getResponse(), MAX_TEXT, "item.response.required");
		Long version = null;
		if (!form.getReportVersion().isBlank()) {
			version = FieldRules.parseId(form.getReportVersion());
			Long chosen = version;
			if (chosen == null
					|| this.reportVersions.of(item.reviewId(), user).stream().noneMatch((v) -> v.id().equals(chosen))) {
				result.rejectValue("reportVersion", "item.reportVersion.invalid");
			}
		}
		FieldRules.maxLength(result, "addressedParagraph", form.getAddressedParagraph(), 50);
		if (result.hasErrors()) {
			return showItem(id, from, user, model);
		}
		this.work.respond(id, form.getResponse(), version, form.getAddressedParagraph(), user);
		redirect.addFlashAttribute("flash", this.messages.get("item.responded"));
		return back(id, from);
	}

	@PostMapping("/items/{id:\\d+}/accept")
	String accept(@PathVariable Long id, @RequestParam(required = false) String from,
			@ModelAttribute("acceptForm") ItemForms.Accept form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		this.work.item(id, Permission.DECIDE_ITEMS, user);
		FieldRules.maxLength(result, "acceptNote", form.getAcceptNote(), MAX_TEXT);
		if (result.hasErrors()) {
			return showItem(id, from, user, model);
		}
		this.work.accept(id, form.getAcceptNote(), user);
		redirect.addFlashAttribute("flash", this.messages.get("item.accepted"));
		return back(id, from);
	}

	@PostMapping("/items/{id:\\d+}/return")
	String returnToCsp(@PathVariable Long id, @RequestParam(required = false) String from,
			@ModelAttribute("returnForm") ItemForms.Return form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		this.work.item(id, Permission.DECIDE_ITEMS, user);
		FieldRules.required(result, "returnReason", form.getReturnReason(), MAX_TEXT, "item.returnReason.required");
		if (result.hasErrors()) {
			return showItem(id, from, user, model);
		}
		this.work.returnToCsp(id, form.getReturnReason(), user);
		redirect.addFlashAttribute("flash", this.messages.get("item.returned"));
		return back(id, from);
	}

	/**
	 * A status change that no longer fits (someone else acted first) is explained, not an
	 * error page.
	 */
	@ExceptionHandler({ IllegalItemTransitionException.class, ObjectOptimisticLockingFailureException.class })
	String outOfDate(HttpServletRequest request) {
		Matcher item = ITEM_PATH.matcher(request.getRequestURI());
		RequestContextUtils.getOutputFlashMap(request).put("warning", this.messages.get("item.outOfDate"));
		return item.find() ? "redirect:/items/" + item.group(1) : "redirect:/items";
	}

	private String showItem(Long id, String from, SignedInUser user, Model model) {
		FeedbackWork.ItemPage page = this.work.page(id, user);
		ItemView item = page.item();
		ReviewView review = this.reviews.requireVisible(item.reviewId(), user);
		String list = (from != null && LISTS.contains(from)) ? from : null;
		boolean mayWork = user.may(Permission.WORK_ON_ITEMS, review.cspId());
		boolean cspCanWork = mayWork && item.status() != FeedbackStatus.ACCEPTED;
		boolean canRespond = mayWork && (item.status() == FeedbackStatus.OPEN
				|| item.status() == FeedbackStatus.IN_PROGRESS || item.status() == FeedbackStatus.RETURNED);
		boolean canDecide = user.may(Permission.DECIDE_ITEMS, review.cspId())
				&& item.status() == FeedbackStatus.RESPONDED;
		List<ReportVersionView> versions = this.reportVersions.of(review.id(), user);
		ReportVersionView addressedIn = versions.stream()
			.filter((v) -> v.id().equals(item.addressedInVersionId()))
			.findFirst()
			.orElse(null);
		model.addAttribute("item", item);
		model.addAttribute("review", review);
		model.addAttribute("from", list);
		model.addAttribute("backLink", backLink(list, review));
		model.addAttribute("overdue", this.work.isOverdue(item));
		List<UserSummary> assignable = cspCanWork ? this.work.assignable(review.id(), user) : List.of();
		model.addAttribute("assigneeName", assigneeName(item.assigneeUserId(), assignable));
		model.addAttribute("addressedIn", (addressedIn != null)
				? this.messages.get("item.addressedIn", addressedIn.versionNumber(), addressedIn.filename()) : null);
		model.addAttribute("addressedInLink", (addressedIn != null) ? "/reports/" + addressedIn.id() : null);
		model.addAttribute("timeline", timeline(page.timeline()));
		model.addAttribute("paragraphCheck", this.paragraphCheck.of(item, page.openedAt(), user));
		model.addAttribute("cspCanWork", cspCanWork);
		model.addAttribute("canRespond", canRespond);
		model.addAttribute("canDecide", canDecide);
		model.addAttribute("canComment",
				user.may(Permission.COMMENT_ON_ITEMS, review.cspId()) && item.status() != FeedbackStatus.ACCEPTED);
		model.addAttribute("assigneeOptions",
				assignable.stream().map((person) -> new Option(person.id().toString(), person.name())).toList());
		model.addAttribute("versionOptions",
				versions.stream()
					.map((v) -> new Option(v.id().toString(),
							this.messages.get("item.versionOption", v.versionNumber(), v.filename())))
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

	private static String backLink(String list, ReviewView review) {
		if (list == null) {
			return "/reviews/" + review.id() + "/items";
		}
		return "unassigned".equals(list) ? "/items/unassigned" : "/items";
	}

	private static String back(Long id, String from) {
		UriComponentsBuilder item = UriComponentsBuilder.fromPath("/items/" + id);
		if (from != null && LISTS.contains(from)) {
			item.queryParam("from", from);
		}
		return "redirect:" + item.toUriString();
	}

	/**
	 * Who has the item: from the people it could be given to when the page lists them (no
	 * second read), otherwise read by id (someone since disabled keeps their name).
	 */
	private String assigneeName(Long assigneeId, List<UserSummary> assignable) {
		if (assigneeId == null) {
			return null;
		}
		return assignable.stream()
			.filter((person) -> person.id().equals(assigneeId))
			.findFirst()
			.or(() -> this.accounts.find(assigneeId))
			.map(UserSummary::name)
			.orElse("");
	}

	private List<TimelineItem> timeline(List<ItemEventView> oldestFirst) {
		List<ItemEventView> events = new ArrayList<>(oldestFirst);
		Collections.reverse(events);
		return events.stream()
			.map((event) -> new TimelineItem(this.messages.get("itemEvent." + event.type()),
					this.messages.get("item.event.byline", event.actorName(), this.formats.dateTime(event.at())),
					(event.text() != null) ? List.of(event.text()) : List.of()))
			.toList();
	}

	static void ensureForm(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
		if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + name)) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, new BeanPropertyBindingResult(form, name));
		}
	}

}

package org.dhrqa.tracker.feedback;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.csp.Csps;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.FieldRules;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.Option;
import org.dhrqa.tracker.shared.web.Pagination;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The lists of feedback items, each paged: a review's items; "My items" and "Unassigned"
 * for the CSP (its manager gives several at once to a colleague or a due date); "Awaiting
 * verification" for the secretariat, who may accept several at once.
 */
@Controller
class ItemListController {

	private final ItemLists lists;

	private final FeedbackWork work;

	private final Reviews reviews;

	private final Csps csps;

	private final Messages messages;

	ItemListController(ItemLists lists, FeedbackWork work, Reviews reviews, Csps csps, Messages messages) {
		this.lists = lists;
		this.work = work;
		this.reviews = reviews;
		this.csps = csps;
		this.messages = messages;
	}

	@GetMapping("/reviews/{id:\\d+}/items")
	String forReview(@PathVariable Long id, @ModelAttribute("filter") ItemForms.Filter filter,
			@RequestParam(defaultValue = "1") String page, @AuthenticationPrincipal SignedInUser user, Model model) {
		ReviewView review = this.reviews.requireVisible(id, user);
		Page<ItemRow> rows = this.lists.forReview(id, filter.toFilter(), pageNumber(page), user);
		model.addAttribute("review", review);
		list(model, rows, filter, "/reviews/" + id + "/items");
		model.addAttribute("assigneeOptions", people(id, user));
		model.addAttribute("statusOptions", statusOptions());
		return "feedback/review-items";
	}

	/** "My items" for CSP people, "Awaiting verification" for the secretariat. */
	@GetMapping("/items")
	String myWork(@ModelAttribute("filter") ItemForms.Filter filter, @RequestParam(defaultValue = "1") String page,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		if (user.may(Permission.WORK_ON_ITEMS)) {
			list(model, this.lists.mine(filter.toFilter(), pageNumber(page), user), filter, "/items");
			model.addAttribute("statusOptions", statusOptions());
			return "feedback/mine";
		}
		if (user.may(Permission.DECIDE_ITEMS)) {
			list(model, this.lists.awaitingVerification(filter.toFilter(), pageNumber(page), user), filter, "/items");
			model.addAttribute("cspOptions",
					this.csps.all().stream().map((csp) -> new Option(csp.id().toString(), csp.name())).toList());
			return "feedback/awaiting";
		}
		return "redirect:/reviews";
	}

	@GetMapping("/items/unassigned")
	String unassigned(@ModelAttribute("filter") ItemForms.Filter filter, @RequestParam(defaultValue = "1") String page,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		list(model, this.lists.unassigned(filter.toFilter(), pageNumber(page), user), filter, "/items/unassigned");
		if (!model.containsAttribute("allocateForm")) {
			model.addAttribute("allocateForm", new ItemForms.Allocate());
		}
		ItemController.ensureForm(model, "allocateForm", model.getAttribute("allocateForm"));
		model.addAttribute("colleagueOptions",
				this.work.colleagues(user)
					.stream()
					.map((person) -> new Option(person.id().toString(), person.name()))
					.toList());
		return "feedback/unassigned";
	}

	@PostMapping("/items/allocate")
	String allocate(@ModelAttribute("allocateForm") ItemForms.Allocate form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		user.require(Permission.ALLOCATE_ITEMS);
		if (form.getItems().isEmpty()) {
			result.reject("item.allocate.none");
		}
		Long assignee = FieldRules.parseId(form.getAssignee());
		if (!form.getAssignee().isBlank() && (assignee == null
				|| this.work.colleagues(user).stream().noneMatch((person) -> person.id().equals(assignee)))) {
			result.rejectValue("assignee", "item.assignee.required");
		}
		LocalDate due = form.getDueOn()
			.validate(result, "dueOn", new DefaultMessageSourceResolvable("item.name.dueOn"), false, null);
		if (!result.hasFieldErrors() && assignee == null && due == null) {
			result.reject("item.allocate.nothing");
		}
		if (result.hasErrors()) {
			return unassigned(new ItemForms.Filter(), "1", user, model);
		}
		int changed = this.work.allocate(form.getItems(), assignee, due, user);
		redirect.addFlashAttribute("flash", this.messages.get("item.allocated", changed));
		return "redirect:/items/unassigned";
	}

	@PostMapping("/items/accept")
	String acceptMany(@ModelAttribute("bulk") ItemForms.Bulk bulk, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		user.require(Permission.DECIDE_ITEMS);
		if (bulk.getItems().isEmpty()) {
			redirect.addFlashAttribute("warning", this.messages.get("item.bulk.none"));
			return "redirect:/items";
		}
		int accepted = this.work.acceptAll(bulk.getItems(), user);
		redirect.addFlashAttribute("flash", this.messages.get("item.bulk.accepted", accepted));
		return "redirect:/items";
	}

	private void list(Model model, Page<ItemRow> rows, ItemForms.Filter filter, String path) {
		model.addAttribute("filter", filter);
		model.addAttribute("rows", rows);
		model.addAttribute("filtered", filter.isActive());
		model.addAttribute("pagination", Pagination.of(rows, (n) -> pageLink(path, filter, n)));
		model.addAttribute("categoryOptions",
				Arrays.stream(FeedbackCategory.values())
					.map((c) -> new Option(c.name(), this.messages.get(c.messageKey())))
					.toList());
		model.addAttribute("overdueOptions", List.of(new Option("true", this.messages.get("item.filter.overdueOnly"))));
	}

	private List<Option> statusOptions() {
		return Arrays.stream(FeedbackStatus.values())
			.filter(FeedbackStatus::isLive)
			.map((s) -> new Option(s.name(), this.messages.get(s.messageKey())))
			.toList();
	}

	private List<Option> people(Long reviewId, SignedInUser user) {
		return this.work.assignable(reviewId, user)
			.stream()
			.map((person) -> new Option(person.id().toString(), person.name()))
			.toList();
	}

	private static String pageLink(String path, ItemForms.Filter filter, int zeroBasedPage) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		addIfPresent(link, "csp", filter.getCsp());
		addIfPresent(link, "status", filter.getStatus());
		addIfPresent(link, "assignee", filter.getAssignee());
		addIfPresent(link, "category", filter.getCategory());
		addIfPresent(link, "overdue", filter.getOverdue());
		return link.queryParam("page", zeroBasedPage + 1).encode().toUriString();
	}

	private static void addIfPresent(UriComponentsBuilder link, String name, String value) {
		if (value != null && !value.isBlank()) {
			link.queryParam(name, value.trim());
		}
	}

	private static int pageNumber(String page) {
		Long parsed = FieldRules.parseId(page);
		return (parsed != null && parsed > 0 && parsed < 100_000) ? parsed.intValue() - 1 : 0;
	}

}

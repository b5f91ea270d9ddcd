package org.dhrqa.tracker.search;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.FieldRules;

import org.dhrqa.tracker.shared.web.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /search?q=...}: everything the person may see that matches their words, best
 * first, twenty to a page, each result linking to its review or item with the matching
 * text shown.
 */
@Controller
class SearchController {

	static final String VIEW = "search/results";

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	/** A result page's link, keeping the words. */
	private static String pageLink(String words, int zeroBasedPage) {
		return UriComponentsBuilder.fromPath("/search")
			.queryParam("q", words)
			.queryParam("page", zeroBasedPage + 1)
			.encode()
			.toUriString();
	}

	/** One result as the page shows it. */
	record Found(SearchHit hit, Snippet snippet) {

	}

	@GetMapping("/search")
	String search(@ModelAttribute("form") SearchForm form, BindingResult result,
			@RequestParam(defaultValue = "1") String page, @AuthenticationPrincipal SignedInUser user, Model model) {
		if (form.getQ() == null) {
			return VIEW;
		}
		FieldRules.required(result, "q", form.getQ(), SearchForm.MAX_LENGTH, "search.required");
		if (result.hasErrors()) {
			return VIEW;
		}
		Long asked = FieldRules.parseId(page);
		int number = (asked == null || asked < 1 || asked > Integer.MAX_VALUE) ? 0 : (int) (asked - 1);
		Page<SearchHit> hits = this.search.find(form.getQ(), user, number);
		model.addAttribute("results", hits.map((hit) -> new Found(hit, Snippet.of(hit.snippet()))));
		String words = form.getQ().strip();
		model.addAttribute("pagination", Pagination.of(hits, (zeroBased) -> pageLink(words, zeroBased)));
		model.addAttribute("capped", hits.getTotalElements() >= SearchQuery.MAX_RESULTS);
		return VIEW;
	}

}

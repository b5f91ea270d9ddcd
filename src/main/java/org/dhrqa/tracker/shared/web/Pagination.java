package org.dhrqa.tracker.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.springframework.data.domain.Page;

/**
 * The GOV.UK pagination of a long list: previous and next, the first and last pages, and
 * a window around the current one with ellipses between, so a list of 200 pages shows
 * seven links, not 200.
 */
public record Pagination(String previous, String next, List<Item> items) {

	/** Pages either side of the current one that get their own link. */
	private static final int WINDOW = 2;

	/** A page link, or an ellipsis standing for the pages left out. */
	public record Item(int number, String href, boolean current, boolean ellipsis) {

		/**
		 * Its GOV.UK class modifier (computed here: "__" in a template is Thymeleaf's own
		 * syntax).
		 */
		public String modifier() {
			return this.current ? "govuk-pagination__item--current"
					: this.ellipsis ? "govuk-pagination__item--ellipses" : "";
		}

	}

	/**
	 * @param hrefOfPage the link of a page, given its zero-based number
	 */
	public static Pagination of(Page<?> page, IntFunction<String> hrefOfPage) {
		int total = page.getTotalPages();
		int current = page.getNumber();
		List<Item> items = new ArrayList<>();
		boolean gap = false;
		for (int n = 0; n < total; n++) {
			boolean shown = n == 0 || n == total - 1 || Math.abs(n - current) <= WINDOW;
			if (shown) {
				items.add(new Item(n + 1, hrefOfPage.apply(n), n == current, false));
				gap = false;
			}
			else if (!gap) {
				items.add(new Item(0, null, false, true));
				gap = true;
			}
		}
		return new Pagination(page.hasPrevious() ? hrefOfPage.apply(current - 1) : null,
				page.hasNext() ? hrefOfPage.apply(current + 1) : null, items);
	}

	public boolean shown() {
		return this.items.size() > 1;
	}

}

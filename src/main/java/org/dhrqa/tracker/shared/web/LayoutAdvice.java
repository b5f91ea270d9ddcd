package org.dhrqa.tracker.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page needs: the path, to mark the current navigation item, and the formats
 * ({@code ${fmt.date(...)}}). The formats are a model variable rather than a bean
 * reference ({@code @fmt}): Spring compiles an expression that calls a variable's method
 * to bytecode, but never one that holds a bean reference, and the tables call it on every
 * row (decision 27).
 */
@ControllerAdvice
class LayoutAdvice {

	private final Formats formats;

	private final SelectOptions selectOptions;

	LayoutAdvice(Formats formats, SelectOptions selectOptions) {
		this.formats = formats;
		this.selectOptions = selectOptions;
	}

	@ModelAttribute("fmt")
	Formats fmt() {
		return this.formats;
	}

	/** The options of a select, for the {@code select} fragment (decision 28). */
	@ModelAttribute("selectOptions")
	SelectOptions selectOptions() {
		return this.selectOptions;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}

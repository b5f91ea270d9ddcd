package org.dhrqa.tracker.shared.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <option>} elements of the {@code selectList} fragment, as
 * {@code @selectOptions}: built here rather than by a {@code th:each}, because the CSP
 * filter offers all 300 CSPs and three template expressions an option made that list most
 * of the register's and the dashboard's rendering time. Values and labels are
 * HTML-escaped here, as {@code th:text} and {@code th:value} would.
 */
@Component("selectOptions")
public class SelectOptions {

	/**
	 * The options, the one whose value equals {@code current} (compared as text)
	 * selected.
	 */
	public String html(List<Option> options, Object current) {
		String selected = (current != null) ? current.toString() : null;
		StringBuilder html = new StringBuilder(options.size() * 48);
		for (Option option : options) {
			html.append("<option value=\"").append(escape(option.value())).append('"');
			if (option.value() != null && option.value().equals(selected)) {
				html.append(" selected=\"selected\"");
			}
			html.append('>').append(escape(option.label())).append("</option>");
		}
		return html.toString();
	}

	private static String escape(String text) {
		return (text != null) ? HtmlUtils.htmlEscape(text, "UTF-8") : "";
	}

}

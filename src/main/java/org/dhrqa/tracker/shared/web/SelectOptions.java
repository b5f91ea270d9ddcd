package org.dhrqa.tracker.shared.web;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The {@code <option>} elements of the {@code selectList} fragment, as
 * {@code ${selectOptions.html(...)}} (a page variable, decision 28): built here rather
 * than by a {@code th:each}, because the CSP filter offers all 300 CSPs and three
 * template expressions an option made that list most of the register's and the
 * dashboard's rendering time. Values and labels are HTML-escaped here, as {@code th:text}
 * and {@code th:value} would.
 */
@Component
public class SelectOptions implements PageVariable {

	@Override
	public String variableName() {
		return "selectOptions";
	}

	/**
	 * The options, the one whose value equals {@code current} (compared as text)
	 * selected. The list is typed {@code List<?>} because the template calls this through
	 * SpEL, which checks a typed list's every element against the parameter's element
	 * type before the call: for the 300 CSPs that was 5 % of the register's CPU.
	 */
	public String html(List<?> options, Object current) {
		String selected = (current != null) ? current.toString() : null;
		StringBuilder html = new StringBuilder(options.size() * 96);
		for (Object each : options) {
			Option option = (Option) each;
			html.append("<option value=\"");
			escape(option.value(), html);
			html.append('"');
			if (option.value() != null && option.value().equals(selected)) {
				html.append(" selected=\"selected\"");
			}
			html.append('>');
			escape(option.label(), html);
			html.append("</option>");
		}
		return html.toString();
	}

	/**
	 * Escapes the five characters HTML gives meaning to, as {@code th:text} does (and as
	 * {@code HtmlUtils.htmlEscape} does for UTF-8), appending as it goes: the general
	 * escaper looked every character up in an entity table, which made this method 7 % of
	 * the register's CPU. Text between those characters (for a CSP's name, all of it) is
	 * appended in one piece rather than a character at a time.
	 */
	static void escape(String text, StringBuilder html) {
		if (text == null) {
			return;
		}
		int plain = 0;
		for (int i = 0; i < text.length(); i++) {
			String entity = switch (text.charAt(i)) {
				case '&' -> "&amp;";
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '"' -> "&quot;";
				case '\'' -> "&#39;";
				default -> null;
			};
			if (entity != null) {
				html.append(text, plain, i).append(entity);
				plain = i + 1;
			}
		}
		html.append(text, plain, text.length());
	}

}

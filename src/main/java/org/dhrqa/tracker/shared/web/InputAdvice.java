package org.dhrqa.tracker.shared.web;

import java.beans.PropertyEditorSupport;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Hostile text stops at the edge, for every form and request parameter at once. A value
 * holding a control character (PostgreSQL refuses the NUL byte; the others have no
 * business in a record) or longer than {@link #MAX_LENGTH} is not bound: the form object
 * keeps its default, and the field gets an error in the {@link BindingResult}, so the
 * controller shows the form again with the GOV.UK error summary, the typed value kept
 * (control characters shown as U+FFFD so the person can see where they were). A request
 * parameter or path variable with such a value is a 400.
 * <p>
 * Tab, carriage return and line feed are allowed in every field: text areas need them,
 * and in a single-line field they are harmless (pages escape them, CSV quotes them) and
 * browsers never send them. Each form still checks its own, shorter limits with
 * {@link FieldRules}; {@link #MAX_LENGTH} is the net under all of them.
 */
@ControllerAdvice
class InputAdvice {

	/**
	 * No text field of the service holds more than this; each form has its own, lower
	 * limit.
	 */
	static final int MAX_LENGTH = 100_000;

	static final String CONTROL_CHARACTERS = "input.controlCharacters";

	static final String TOO_LONG = "input.tooLong";

	@InitBinder
	void rejectHostileText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new SafeTextEditor());
		// lists of text (checkboxes) are converted as a whole, not through the String
		// editor
		binder.registerCustomEditor(java.util.List.class, new SafeTextListEditor());
		binder.setBindingErrorProcessor(new HostileTextErrors());
	}

	/** The first problem with a value, or null when it is fit to keep. */
	static String problem(String value) {
		if (value == null) {
			return null;
		}
		if (value.length() > MAX_LENGTH) {
			return TOO_LONG;
		}
		for (int i = 0; i < value.length(); i++) {
			if (isForbidden(value.charAt(i))) {
				return CONTROL_CHARACTERS;
			}
		}
		return null;
	}

	static boolean isForbidden(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
	}

	/** The value as it is shown again: each control character visible as U+FFFD. */
	static String shownAgain(String value) {
		if (value.length() > MAX_LENGTH) {
			return value.substring(0, MAX_LENGTH);
		}
		StringBuilder shown = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			shown.append(isForbidden(c) ? '\uFFFD' : c);
		}
		return shown.toString();
	}

	/** Thrown by the editor; the binder turns it into a field error. */
	static final class HostileTextException extends IllegalArgumentException {

		private final String code;

		HostileTextException(String code) {
			super(code);
			this.code = code;
		}

		String code() {
			return this.code;
		}

	}

	static final class SafeTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			String problem = problem(text);
			if (problem != null) {
				throw new HostileTextException(problem);
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

	static final class SafeTextListEditor extends org.springframework.beans.propertyeditors.CustomCollectionEditor {

		SafeTextListEditor() {
			super(java.util.List.class);
		}

		@Override
		protected Object convertElement(Object element) {
			if (element instanceof String text) {
				String problem = problem(text);
				if (problem != null) {
					throw new HostileTextException(problem);
				}
			}
			return element;
		}

	}

	/**
	 * A rejected value becomes a field error with the service's own words; any other
	 * conversion problem is handled as Spring always does.
	 */
	static final class HostileTextErrors extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			HostileTextException hostile = hostileCause(ex);
			if (hostile == null) {
				super.processPropertyAccessException(ex, bindingResult);
				return;
			}
			String field = ex.getPropertyName();
			Object typed = ex.getValue();
			Object shown = (typed instanceof String text) ? shownAgain(text) : (typed instanceof String[] texts)
					? java.util.Arrays.stream(texts).map(InputAdvice::shownAgain).toList() : null;
			String[] codes = bindingResult.resolveMessageCodes(hostile.code(), field);
			Object[] arguments = hostile.code().equals(TOO_LONG) ? new Object[] { MAX_LENGTH } : new Object[0];
			bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, shown, true, codes, arguments,
					hostile.code()));
		}

		private static HostileTextException hostileCause(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof HostileTextException hostile) {
					return hostile;
				}
			}
			return null;
		}

	}

}

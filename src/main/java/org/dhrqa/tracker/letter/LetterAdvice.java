package org.dhrqa.tracker.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Any change to an issued letter, however it arrives, is refused in words. */
@ControllerAdvice(basePackageClasses = LetterAdvice.class)
class LetterAdvice {

	private static final Pattern LETTER = Pattern.compile("^/letters/(\\d+)");

	private final Messages messages;

	LetterAdvice(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(LetterAlreadyIssuedException.class)
	String alreadyIssued(HttpServletRequest request) {
		Matcher letter = LETTER.matcher(request.getRequestURI());
		RequestContextUtils.getOutputFlashMap(request).put("flash", this.messages.get("letter.immutable"));
		return letter.find() ? "redirect:/letters/" + letter.group(1) : "redirect:/reviews";
	}

}

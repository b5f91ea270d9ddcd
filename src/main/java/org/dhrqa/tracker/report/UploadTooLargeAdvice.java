package org.dhrqa.tracker.report;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over the server's upload limit is refused with a message on the page it came
 * from, not an error page.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put(ReportController.UPLOAD_TOO_LARGE, Boolean.TRUE);
		String path = request.getRequestURI();
		return path.matches("/reviews/\\d+/reports") ? "redirect:" + path : "redirect:/reviews";
	}

}

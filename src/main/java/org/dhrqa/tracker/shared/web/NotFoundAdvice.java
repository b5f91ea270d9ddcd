package org.dhrqa.tracker.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/**
 * A missing (or out-of-scope) record is a real 404: the GOV.UK page for people, a problem
 * document for the API.
 */
final class NotFoundAdvice {

	private NotFoundAdvice() {
	}

	@ControllerAdvice
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class Pages {

		@ExceptionHandler(NotFoundException.class)
		@ResponseStatus(HttpStatus.NOT_FOUND)
		ModelAndView notFound() {
			return new ModelAndView("error", java.util.Map.of("status", 404), HttpStatus.NOT_FOUND);
		}

	}

	@RestControllerAdvice(annotations = RestController.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Api {

		@ExceptionHandler(NotFoundException.class)
		ResponseEntity<ProblemDetail> notFound() {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record"));
		}

	}

}

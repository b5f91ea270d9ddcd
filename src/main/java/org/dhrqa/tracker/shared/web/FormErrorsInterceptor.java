package org.dhrqa.tracker.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Tells the layout that the page shows a rejected form, so that its title starts with
 * "Error: " as the GOV.UK error summary pattern asks, without every controller
 * remembering to say so.
 */
class FormErrorsInterceptor implements HandlerInterceptor {

	static final String ATTRIBUTE = "pageHasErrors";

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getModel().containsKey(ATTRIBUTE) || isRedirect(modelAndView)) {
			return;
		}
		boolean errors = modelAndView.getModel()
			.values()
			.stream()
			.anyMatch((value) -> value instanceof BindingResult result && result.hasErrors());
		modelAndView.addObject(ATTRIBUTE, errors);
	}

	// Model attributes of a redirect become query parameters: add nothing there.
	private static boolean isRedirect(ModelAndView modelAndView) {
		String viewName = modelAndView.getViewName();
		return (viewName != null && viewName.startsWith("redirect:")) || modelAndView.getView() instanceof RedirectView;
	}

}

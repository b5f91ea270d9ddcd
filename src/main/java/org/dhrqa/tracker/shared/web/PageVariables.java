package org.dhrqa.tracker.shared.web;

import java.util.List;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Gives every page the {@link PageVariable}s as static variables of Thymeleaf's view
 * resolver: every view it makes has them, whoever returned it (a controller, an exception
 * handler's error page), where a controller advice's model attributes reach only the
 * views of handler methods.
 */
@Component
class PageVariables implements SmartInitializingSingleton {

	private final List<ThymeleafViewResolver> resolvers;

	private final List<PageVariable> variables;

	PageVariables(List<ThymeleafViewResolver> resolvers, List<PageVariable> variables) {
		this.resolvers = resolvers;
		this.variables = variables;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (ThymeleafViewResolver resolver : this.resolvers) {
			for (PageVariable variable : this.variables) {
				resolver.addStaticVariable(variable.variableName(), variable);
			}
		}
	}

}

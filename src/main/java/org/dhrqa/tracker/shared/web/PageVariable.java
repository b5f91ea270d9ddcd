package org.dhrqa.tracker.shared.web;

/**
 * A bean that every page's templates call by name as a variable
 * ({@code ${perm.may(...)}}, {@code ${fmt.date(...)}}), put into every page's model by
 * {@link PageVariables}. A variable rather than a bean reference
 * ({@code ${@perm.may(...)}}): Spring compiles an expression that calls a variable's
 * method to bytecode, never one that holds a bean reference, and Thymeleaf's evaluation
 * context makes an interpreted call look its method up again on every evaluation
 * (decisions 27 and 28). Page variables are not named beans, so no template can reach
 * them as {@code @perm} by mistake.
 */
public interface PageVariable {

	/** The name templates call it by. */
	String variableName();

}

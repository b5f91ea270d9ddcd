package org.dhrqa.tracker.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application sends, on the calling thread only (a page
 * rendered through MockMvc runs on the test's thread; background reactions do not count).
 * Registered for every integration test, so statement budgets are tests, not guesses.
 */
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

	private static final ThreadLocal<List<String>> TEXTS = new ThreadLocal<>();

	/** Runs the work and returns how many statements it sent. */
	public static int count(Callable<?> work) throws Exception {
		int[] counter = new int[1];
		int[] previous = COUNT.get();
		COUNT.set(counter);
		try {
			work.call();
		}
		finally {
			COUNT.set(previous);
		}
		return counter[0];
	}

	/** Runs the work and returns the text of each statement it sent, in order. */
	public static List<String> texts(Callable<?> work) throws Exception {
		List<String> texts = new ArrayList<>();
		List<String> previous = TEXTS.get();
		TEXTS.set(texts);
		try {
			count(work);
		}
		finally {
			TEXTS.set(previous);
		}
		return texts;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
			return new Counting(dataSource);
		}
		return bean;
	}

	private static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connection(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return connection(super.getConnection(username, password));
		}

		private static Connection connection(Connection target) {
			return proxy(Connection.class, target, (method, args, result) -> {
				String prepared = (args != null && args.length > 0 && args[0] instanceof String sql) ? sql : null;
				if (result instanceof CallableStatement statement) {
					return proxy(CallableStatement.class, statement, counted(prepared));
				}
				if (result instanceof PreparedStatement statement) {
					return proxy(PreparedStatement.class, statement, counted(prepared));
				}
				if (result instanceof Statement statement) {
					return proxy(Statement.class, statement, counted(null));
				}
				return result;
			});
		}

	}

	private static Wrap counted(String prepared) {
		return (method, args, result) -> {
			if (method.getName().startsWith("execute")) {
				int[] counter = COUNT.get();
				if (counter != null) {
					counter[0]++;
				}
				List<String> texts = TEXTS.get();
				if (texts != null) {
					texts.add((prepared != null) ? prepared
							: (args != null && args.length > 0) ? String.valueOf(args[0]) : "");
				}
			}
			return result;
		};
	}

	private interface Wrap {

		Object apply(Method method, Object[] args, Object result);

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Wrap wrap) {
		InvocationHandler handler = (proxy, method, args) -> {
			if ("unwrap".equals(method.getName()) || "isWrapperFor".equals(method.getName())) {
				return method.invoke(target, args);
			}
			try {
				Object result = method.invoke(target, args);
				return wrap.apply(method, args, result);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

}

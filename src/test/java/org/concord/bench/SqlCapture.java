package org.concord.bench;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The SQL a request runs, for the page benchmark to run alone beside the request: a request with the header
 * {@code X-Bench-Capture: <label>} has every statement its thread executes recorded under that label, with the
 * parameters as they were bound, so they can be replayed on a plain JDBC connection. Added to the application as
 * a source by the page benchmark only (no stereotype: the test suite never picks it up).
 */
final class SqlCapture {

	/** A statement as the application executed it: its SQL and the calls that bound its parameters. */
	record Captured(String sql, List<Binding> bindings) {

		boolean isRead() {
			String text = sql.stripLeading().toLowerCase(java.util.Locale.ROOT);
			return text.startsWith("select") || text.startsWith("with") || text.startsWith("(select");
		}

		PreparedStatement prepare(Connection db) throws Exception {
			PreparedStatement statement = db.prepareStatement(sql);
			for (Binding binding : bindings) {
				binding.method().invoke(statement, binding.args());
			}
			return statement;
		}
	}

	record Binding(Method method, Object[] args) {
	}

	static final Map<String, List<Captured>> CAPTURED = new ConcurrentHashMap<>();

	private static final ThreadLocal<List<Captured>> CURRENT = new ThreadLocal<>();

	@Bean
	static BeanPostProcessor sqlCaptureDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource, (target, method, args) -> {
					Object result = method.invoke(target, args);
					return result instanceof Connection connection ? connection(connection) : result;
				}) : bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sqlCaptureFilter() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String label = request.getHeader("X-Bench-Capture");
				if (label == null) {
					chain.doFilter(request, response);
					return;
				}
				List<Captured> statements = new ArrayList<>();
				CURRENT.set(statements);
				try {
					chain.doFilter(request, response);
				}
				finally {
					CURRENT.remove();
					CAPTURED.put(label, List.copyOf(statements));
				}
			}
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			Object result = method.invoke(target, args);
			if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement
					&& args[0] instanceof String sql) {
				return prepared(statement, sql);
			}
			if (method.getName().equals("createStatement") && result instanceof Statement statement) {
				return plain(statement);
			}
			return result;
		});
	}

	private static PreparedStatement prepared(PreparedStatement statement, String sql) {
		List<Binding> bindings = new ArrayList<>();
		return proxy(PreparedStatement.class, statement, (target, method, args) -> {
			if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
				bindings.add(new Binding(method, args.clone()));
			}
			else if (method.getName().equals("clearParameters")) {
				bindings.clear();
			}
			else if (method.getName().startsWith("execute") && (args == null || args.length == 0)) {
				record(new Captured(sql, List.copyOf(bindings)));
			}
			return method.invoke(target, args);
		});
	}

	private static Statement plain(Statement statement) {
		return proxy(Statement.class, statement, (target, method, args) -> {
			if (method.getName().startsWith("execute") && args != null && args.length > 0 && args[0] instanceof String sql) {
				record(new Captured(sql, List.of()));
			}
			return method.invoke(target, args);
		});
	}

	private static void record(Captured statement) {
		List<Captured> current = CURRENT.get();
		if (current != null) {
			current.add(statement);
		}
	}

	interface Call {
		Object invoke(Object target, Method method, Object[] args) throws Throwable;
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Call call) {
		InvocationHandler handler = (proxy, method, args) -> {
			try {
				if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
					return method.invoke(target, args);
				}
				return call.invoke(target, method, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(), new Class<?>[] { type }, handler);
	}
}

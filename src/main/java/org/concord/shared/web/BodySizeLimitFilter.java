package org.concord.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the size of an API request's body: {@code concord.api.max-body-size} (2 MB by default), and
 * {@code concord.api.max-import-size} (10 MB) for file imports, whose paths end in {@code /import}. A declared
 * length over the cap is refused before anything is read; a body without one is counted as it is read and refused
 * when it passes the cap. Either way the answer is 413 with a problem detail.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

	private final DataSize maxBody;
	private final DataSize maxImport;

	public BodySizeLimitFilter(DataSize maxBody, DataSize maxImport) {
		this.maxBody = maxBody;
		this.maxImport = maxImport;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		DataSize cap = request.getRequestURI().endsWith("/import") ? maxImport : maxBody;
		if (request.getContentLengthLong() > cap.toBytes()) {
			tooLarge(response, cap);
			return;
		}
		chain.doFilter(new Capped(request, cap), response);
	}

	static void tooLarge(HttpServletResponse response, DataSize cap) throws IOException {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,\"detail\":\""
				+ PayloadTooLargeException.message(cap) + "\"}");
	}

	/** The request, with a body that refuses to be read past the cap. */
	private static final class Capped extends HttpServletRequestWrapper {

		private final DataSize cap;
		private ServletInputStream stream;

		Capped(HttpServletRequest request, DataSize cap) {
			super(request);
			this.cap = cap;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), cap);
			}
			return stream;
		}
	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;
		private final DataSize cap;
		private long read;

		CountingStream(ServletInputStream in, DataSize cap) {
			this.in = in;
			this.cap = cap;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(long n) {
			read += n;
			if (read > cap.toBytes()) {
				throw new PayloadTooLargeException(cap);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}

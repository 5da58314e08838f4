package com.marketplace.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Bounds every API request body before anything reads it in full: JSON (sign-up, sign-in, the
 * payment webhook, every command) to {@value #JSON_BYTES} bytes, multipart uploads to {@value
 * #MULTIPART_BYTES} bytes, the same as the pages' upload forms. A body that says it is larger is
 * refused at once; one that does not say (chunked) is cut off as it streams past the limit. Both
 * answer 413; the workspace's own per-file limit is checked afterwards as before.
 */
@WebFilter(urlPatterns = "/api/*", dispatcherTypes = DispatcherType.REQUEST)
public class BodyLimits extends HttpFilter {

  static final long JSON_BYTES = 256 * 1024;
  static final long MULTIPART_BYTES = 100L * 1024 * 1024;
  static final long DRAINED_BYTES = 1024 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long limit = limitOf(request.getContentType());
    long length = request.getContentLengthLong();
    if (length > limit) {
      if (length <= DRAINED_BYTES) {
        // read and drop a moderately large body, so that the client, still sending, gets the
        // answer instead of a closed connection; anything larger is not read at all
        request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      }
      ProblemMappers.write(
          response, 413, "Content Too Large", tooLarge(limit), request.getRequestURI());
      return;
    }
    chain.doFilter(new Bounded(request, limit), response);
  }

  static long limitOf(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
        ? MULTIPART_BYTES
        : JSON_BYTES;
  }

  static String tooLarge(long limit) {
    return limit % (1024 * 1024) == 0
        ? "The request body may be at most " + limit / (1024 * 1024) + " MB."
        : "The request body may be at most " + limit / 1024 + " KB.";
  }

  /** Read past its limit, a request body fails with this; the API answers 413. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    TooLarge(long limit) {
      super(tooLarge(limit));
      this.limit = limit;
    }
  }

  private static final class Bounded extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Bounded(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
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

    private void count(int n) throws TooLarge {
      read += n;
      if (read > limit) {
        throw new TooLarge(limit);
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

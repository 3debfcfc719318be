package org.tablero.publication;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.tablero.config.ApiErrors.Problem;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP for everyone at {@code /api/public/**}, before any other filter: a rate limit per client address (429
 * with Retry-After), CORS open for reading, read-only methods, and one ETag / Last-Modified for all public data
 * with 304 for a client that already has the current answer, a short Cache-Control, and the answers of the current
 * version from memory ({@link PublicAnswers}).
 */
class PublicHttpFilter extends OncePerRequestFilter {

    private static final String READ_METHODS = "GET, HEAD, OPTIONS";

    private final RateLimit rateLimit;
    private final PublicDataVersion dataVersion;
    private final PublicApiProperties properties;
    private final JsonMapper json;
    private final PublicAnswers answers;

    PublicHttpFilter(RateLimit rateLimit, PublicDataVersion dataVersion, PublicApiProperties properties,
            JsonMapper json, PublicAnswers answers) {
        this.rateLimit = rateLimit;
        this.answers = answers;
        this.dataVersion = dataVersion;
        this.properties = properties;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "ETag, Last-Modified, Retry-After, Content-Disposition");
        OptionalLong wait = rateLimit.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong()));
            problem(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests from your address: at most "
                    + rateLimit.requestsPerPeriod() + " per " + rateLimit.period().toSeconds()
                    + " s. Try again in " + wait.getAsLong() + " s.");
            return;
        }
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            response.setHeader("Access-Control-Allow-Methods", READ_METHODS);
            response.setHeader("Access-Control-Allow-Headers", "Accept, Accept-Language, If-None-Match, If-Modified-Since");
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setHeader(HttpHeaders.ALLOW, READ_METHODS);
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader(HttpHeaders.ALLOW, READ_METHODS);
            problem(response, HttpStatus.METHOD_NOT_ALLOWED, "The public API is read-only: " + READ_METHODS);
            return;
        }
        String path = request.getRequestURI();
        if (path.endsWith(".zip")) {
            chain.doFilter(request, response);
            return;
        }
        PublicDataVersion.Version version = dataVersion.current();
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + properties.maxAge().toSeconds());
        response.setHeader(HttpHeaders.VARY, "Accept-Language, Accept-Encoding");
        if (new ServletWebRequest(request, response).checkNotModified(version.etag(),
                version.lastModified().toEpochMilli())) {
            return;
        }
        // a CSV streams (its memory must not grow with the dataset), so it is never held
        if (!method.equals("GET") || path.endsWith(".csv")) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        String address = query == null ? path : path + '?' + query;
        Optional<PublicAnswers.Answer> known = answers.get(version, address, request);
        if (known.isPresent()) {
            send(known.get(), request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (answer.getStatus() == HttpStatus.OK.value() && answer.getContentType() != null) {
            answers.put(version, address, request, answer.getContentType(), answer.getContentAsByteArray());
        }
        answer.copyBodyToResponse();
    }

    private static void send(PublicAnswers.Answer answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        response.setContentType(answer.contentType());
        if (accepted != null && accepted.contains("gzip")) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.setContentLength(answer.gzipped().length);
            response.getOutputStream().write(answer.gzipped());
        } else {
            response.setContentLength(answer.length());
            answer.writeBody(response.getOutputStream());
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(new Problem(status.value(), message, List.of())));
    }
}

package org.tablero.publication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * Answers of the public API kept in memory, gzipped, as a caching proxy in front would keep them: a repeated
 * request is answered without the services, the database or the JSON writer (a list page cost ~10 ms of processor
 * time; from here ~0.2 ms). Nothing stale is served:
 * <ul>
 *   <li>an answer is held for its address and data version, and a new version is a new key;
 *   <li>unless its handler says how to tell that it still holds in a later version ({@link #holdWhile}): the
 *       project list's page does (its projects are the same and none of them changed), so that one project's new
 *       report makes only the pages that show it be computed again, not every page of every list.
 * </ul>
 * Old answers are evicted as memory fills.
 */
final class PublicAnswers {

    /** A 200 answer: its content type, its body gzipped, and the body's length. */
    record Answer(String contentType, byte[] gzipped, int length) {

        /** The body as it was, inflated straight into the stream: no copy of it is made per request. */
        void writeBody(OutputStream out) throws IOException {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), INFLATE_BUFFER)) {
                in.transferTo(out);
            }
        }
    }

    /** An answer, and for one held beyond its data version, the test of whether it still holds. */
    private record Held(Answer answer, @Nullable BooleanSupplier stillHolds) {}

    /** Request attribute: how the handler's answer can be known to hold in a later data version. */
    private static final String STILL_HOLDS = PublicAnswers.class.getName() + ".stillHolds";

    private static final int INFLATE_BUFFER = 16 * 1024;

    /** Larger answers (a page of 500 projects is ~550 kB) are not worth memory another page could use. */
    static final int LARGEST_BODY = 1 << 20;

    private final Cache<String, Held> answers;

    /** @param capacityBytes the gzipped bytes kept at most: 32 MB hold ~4,000 pages of 50 projects */
    PublicAnswers(long capacityBytes) {
        this.answers = Caffeine.newBuilder().maximumWeight(capacityBytes)
                .<String, Held>weigher((key, held) -> key.length() + held.answer().gzipped().length)
                .build();
    }

    /**
     * For a handler: its answer to this request may be held beyond the data version it was computed for, as long
     * as the test says it still holds. The test runs for each later request of the address, so it must be cheap.
     */
    static void holdWhile(HttpServletRequest request, BooleanSupplier stillHolds) {
        request.setAttribute(STILL_HOLDS, stillHolds);
    }

    /** The answer held for this version and address, or one held earlier for the address that still holds. */
    Optional<Answer> get(PublicDataVersion.Version version, String address, HttpServletRequest request) {
        Held current = answers.getIfPresent(versionKey(version, address, request));
        if (current != null) {
            return Optional.of(current.answer());
        }
        Held earlier = answers.getIfPresent(addressKey(address, request));
        if (earlier != null && earlier.stillHolds() != null && earlier.stillHolds().getAsBoolean()) {
            return Optional.of(earlier.answer());
        }
        return Optional.empty();
    }

    /** Holds a handler's body for this version and address (or for the address, while it holds), unless too large. */
    void put(PublicDataVersion.Version version, String address, HttpServletRequest request, String contentType,
            byte[] body) {
        if (body.length > LARGEST_BODY) {
            return;
        }
        Answer answer = new Answer(contentType, gzip(body), body.length);
        if (request.getAttribute(STILL_HOLDS) instanceof BooleanSupplier stillHolds) {
            answers.put(addressKey(address, request), new Held(answer, stillHolds));
        } else {
            answers.put(versionKey(version, address, request), new Held(answer, null));
        }
    }

    private static String versionKey(PublicDataVersion.Version version, String address, HttpServletRequest request) {
        return version.etag() + ' ' + addressKey(address, request);
    }

    private static String addressKey(String address, HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) + ' ' + address;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream(body.length / 6 + 64);
        // the fastest level: an answer is compressed once and sent many times; JSON still shrinks ~7 times
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gzipped.toByteArray();
    }
}

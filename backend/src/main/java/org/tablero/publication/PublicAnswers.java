package org.tablero.publication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Answers of the public API kept in memory, gzipped, by data version and address, as a caching proxy in front
 * would keep them: a repeated request of an unchanged version is answered without the services, the database or
 * the JSON writer (a list page cost ~10 ms of processor time; from here ~0.2 ms). A new data version is a new key,
 * so nothing stale is served after the version is read again; the old answers are evicted as memory fills.
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

    private static final int INFLATE_BUFFER = 16 * 1024;

    /** Larger answers (a page of 500 projects is ~550 kB) are not worth memory another page could use. */
    static final int LARGEST_BODY = 1 << 20;

    private final Cache<String, Answer> answers;

    /** @param capacityBytes the gzipped bytes kept at most: 32 MB hold ~4,000 pages of 50 projects */
    PublicAnswers(long capacityBytes) {
        this.answers = Caffeine.newBuilder().maximumWeight(capacityBytes)
                .<String, Answer>weigher((key, answer) -> key.length() + answer.gzipped().length)
                .build();
    }

    static String key(PublicDataVersion.Version version, String address, String language) {
        return version.etag() + ' ' + language + ' ' + address;
    }

    Optional<Answer> get(String key) {
        return Optional.ofNullable(answers.getIfPresent(key));
    }

    void put(String key, String contentType, byte[] body) {
        if (body.length <= LARGEST_BODY) {
            answers.put(key, new Answer(contentType, gzip(body), body.length));
        }
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

package org.vigie.status;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;

/** 304 when the client already holds this rendering, else the bytes; always revalidated. */
final class Conditional {

    private Conditional() {
    }

    /** {@code vary}: the request headers the body depends on (the language cookie for pages). */
    static void write(SnapshotRenderings.Rendering rendering, HttpServletRequest request, HttpServletResponse response,
            String contentType, String vary) throws IOException {
        response.setHeader(HttpHeaders.ETAG, rendering.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.VARY, vary);
        if (alreadyHeld(rendering.etag(), request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType);
        String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        byte[] body = rendering.body();
        if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            body = rendering.gzipped();
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** RFC 9110 13.1.2: {@code *}, or a list of tags compared weakly ({@code W/"x"} matches {@code "x"}). */
    static boolean alreadyHeld(String etag, String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.equals(etag) || ifNoneMatch.strip().equals("*")) {
            return true;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if ((candidate.startsWith("W/") ? candidate.substring(2) : candidate).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}

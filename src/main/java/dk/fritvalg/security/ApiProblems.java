package dk.fritvalg.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Problem details (RFC 9457) written by the open API's filters, before any controller: the same shape the API's
 * controllers answer with ({@code type}, {@code title}, {@code status}, {@code detail}), in English.
 */
public final class ApiProblems {

    /** Where the problem types are described: the API section of the OpenAPI document. */
    public static final String TYPE_BASE = "https://fritvalg.dk/api/problems/";

    private ApiProblems() {
    }

    public static URI type(String name) {
        return URI.create(TYPE_BASE + name);
    }

    static void write(HttpServletResponse response, int status, String type, String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"" + TYPE_BASE + type + "\",\"title\":\"" + escape(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\"}");
        response.flushBuffer();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

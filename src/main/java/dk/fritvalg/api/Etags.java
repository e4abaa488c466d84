package dk.fritvalg.api;

/** ETags are the record's version; If-Match must carry the one last read. */
final class Etags {

    private Etags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names: 428 without one, 400 for one that is not ours. */
    static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "precondition-required", "Precondition required", "If-Match",
                    "Send If-Match with the ETag of the resource as last read.");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() < 3 || !value.startsWith("\"") || !value.endsWith("\"")) {
            throw new ApiException(400, "invalid-parameter", "Invalid parameter", "If-Match", "is not an ETag of this API");
        }
        try {
            return Long.parseLong(value.substring(1, value.length() - 1));
        } catch (NumberFormatException e) {
            throw new ApiException(400, "invalid-parameter", "Invalid parameter", "If-Match", "is not an ETag of this API");
        }
    }
}

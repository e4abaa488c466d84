package dk.fritvalg.api;

/** An error the API answers with as problem+json: status, type, title and, when one field is wrong, the field. */
class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final String field;

    ApiException(int status, String type, String title, String field, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
    }

    static ApiException notFound(String what) {
        return new ApiException(404, "not-found", "Not found", null, what);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }

    String field() {
        return field;
    }
}

package org.vigie.tenant;

/**
 * Why a tenant file was not loaded: the file, the field path inside it, the offending value
 * ({@code null} when the field is missing) and what would have been allowed.
 */
public record CatalogueProblem(String file, String field, String value, String allowed) {

    /** A file that could not be read or parsed at all. */
    static CatalogueProblem unreadable(String file, String reason) {
        return new CatalogueProblem(file, "", null, reason);
    }

    public String message() {
        if (field.isEmpty() && value == null) {
            return file + ": " + allowed;
        }
        String where = field.isEmpty() ? file : file + ": " + field;
        String what = value == null ? "missing" : "value " + value + " is not allowed";
        return where + ": " + what + "; expected " + allowed;
    }

    @Override
    public String toString() {
        return message();
    }
}

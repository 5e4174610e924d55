package org.vigie.audit;

/**
 * Control characters (C0 U+0000–U+001F, DEL U+007F, C1 U+0080–U+009F) are kept out of the audit
 * trail: they forge lines in logs and CSV and hide text on screen.
 */
final class AuditText {

    private AuditText() {
    }

    /** Throws, naming the field, the character and its position, if the text holds a control character. */
    static void refuseControls(String field, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new IllegalArgumentException("audit field '" + field + "' contains the control character "
                        + code(text.charAt(i)) + " at position " + (i + 1) + "; control characters (U+0000–U+001F, "
                        + "U+007F–U+009F) are not allowed");
            }
        }
    }

    /** The text with each control character written out as {@code \\u000A}, for text the caller did not type. */
    static String escapeControls(String text) {
        if (text == null || text.chars().noneMatch(c -> Character.isISOControl(c))) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> escaped.append(Character.isISOControl(c) ? "\\u" + code((char) c).substring(2)
                : String.valueOf((char) c)));
        return escaped.toString();
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }
}

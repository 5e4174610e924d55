package org.vigie.platform;

/**
 * The rule for text people type that goes to the audit trail or a plan: printable, on one line, and
 * exactly what was sent — no C0, DEL or C1 character, no invisible format character (bidi overrides,
 * zero-width, byte order mark), no line or paragraph separator, no lone surrogate, no U+FFFD standing
 * for bytes that were not UTF-8.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** The index of the first character that breaks the rule, or -1 when the text keeps it. */
    public static int firstUnprintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (unprintable(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unprintable(char c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFD' || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}

package org.vigie.platform;

/**
 * The rule for text people type that goes to the audit trail or a plan: printable, on one line, and
 * exactly what was sent — no C0, DEL or C1 character, no invisible format character (bidi overrides,
 * zero-width, byte order mark, tag characters), no line or paragraph separator, no lone surrogate, no U+FFFD
 * standing for bytes that were not UTF-8, no private-use, unassigned or noncharacter code point, and none of
 * the characters that draw nothing (Hangul fillers, the combining grapheme joiner).
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** The index of the first character that breaks the rule, or -1 when the text keeps it. */
    public static int firstUnprintable(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (unprintable(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** True when the text is empty or only spaces, the non-breaking ones included. */
    public static boolean blank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static boolean unprintable(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.SURROGATE || c == '\uFFFD' || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || DRAW_NOTHING.indexOf(c) >= 0;
    }

    private static final String DRAW_NOTHING = "\u115F\u1160\u3164\uFFA0\u034F";
}

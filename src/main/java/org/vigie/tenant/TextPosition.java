package org.vigie.tenant;

import tools.jackson.core.TokenStreamLocation;

/** A place in a tenant file as problems name it: line and column, both counted from 1. */
record TextPosition(int line, int column) {

    static TextPosition of(TokenStreamLocation location) {
        return new TextPosition(location.getLineNr(), location.getColumnNr());
    }

    /** The position of {@code text}'s character at {@code index}. */
    static TextPosition of(CharSequence text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, index - lineStart + 1);
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}

package org.vigie.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

/**
 * A length limit that refuses rather than cuts: the browser's {@code maxlength} silently truncates a
 * pasted text, so the field takes everything and says, in place, how much too long it is.
 */
public final class TextLimit {

    private TextLimit() {
    }

    public static <F extends Component & HasValue<?, String> & HasValidation> void of(F field, int max) {
        field.getElement().setProperty("vigieMaxLength", max);
        field.addValueChangeListener(e -> check(field));
    }

    /** Marks the field when its text is over its limit; true when it is. */
    public static <F extends Component & HasValue<?, String> & HasValidation> boolean check(F field) {
        int max = field.getElement().getProperty("vigieMaxLength", Integer.MAX_VALUE);
        String value = field.getValue() == null ? "" : field.getValue();
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            field.setErrorMessage(Messages.inPage("field.tooLong", max, length));
            field.setInvalid(true);
            return true;
        }
        field.setInvalid(false);
        return false;
    }
}

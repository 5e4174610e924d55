package org.vigie.security.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a refusal next to the field it names: the services say {@code field 'username' = '…': why};
 * that field turns invalid with the sentence, the others are cleared, and the form's message repeats it.
 */
final class FieldProblems {

    private static final Pattern FIELD = Pattern.compile("^field '([a-zA-Z]+)'");

    private final Map<String, ? extends HasValidation> fields;
    private final HasText message;

    FieldProblems(Map<String, ? extends HasValidation> fields, HasText message) {
        this.fields = fields;
        this.message = message;
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    void show(IllegalArgumentException refusal) {
        clear();
        String text = refusal.getMessage();
        Matcher field = FIELD.matcher(text);
        if (field.find() && fields.containsKey(field.group(1))) {
            HasValidation target = fields.get(field.group(1));
            target.setErrorMessage(text);
            target.setInvalid(true);
        }
        message.setText(text);
    }
}

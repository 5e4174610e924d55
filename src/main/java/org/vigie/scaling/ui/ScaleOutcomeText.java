package org.vigie.scaling.ui;

import org.vigie.platform.Messages;
import org.vigie.scaling.ScaleResult;

/** A refusal as a person reads it: what kind of refusal in their language, then the precise detail. */
final class ScaleOutcomeText {

    private ScaleOutcomeText() {
    }

    static String refusal(ScaleResult result) {
        return Messages.inPage("scale.refusal", Messages.inPage("scale.refused." + result.kind().name()), of(result));
    }

    /** The result's sentence in the page's language when it was worded, else as the API says it. */
    static String of(ScaleResult result) {
        return result.message(Messages.pageLocale());
    }
}

package org.vigie.security.display;

/** A display token just created, with the secret for its board URL. */
public record IssuedDisplayToken(DisplayToken token, String secret) {

    public String boardPath() {
        return "board?display=" + secret;
    }
}

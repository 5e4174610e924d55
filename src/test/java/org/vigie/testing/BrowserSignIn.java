package org.vigie.testing;

import com.microsoft.playwright.Page;

/** Signs in through the console's login form, as a person would. */
public final class BrowserSignIn {

    private BrowserSignIn() {
    }

    public static void signIn(Page page, int port, String username, String password) {
        attempt(page, port, username, password);
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Submits the login form without expecting success. */
    public static void attempt(Page page, int port, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        submit(page, username, password);
    }

    /**
     * Tries again from the login page shown after a failure, as a person would, without loading it
     * afresh; returns once the answer's page has loaded.
     */
    public static void retry(Page page, String username, String password) {
        page.waitForNavigation(() -> submit(page, username, password));
    }

    private static void submit(Page page, String username, String password) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
    }
}

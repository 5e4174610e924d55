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
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
    }
}

package org.vigie.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The page a browser gets when a page cannot even be opened without PostgreSQL (a wall display's
 * link is checked there): 503, what is happening, and a reload every few seconds so that a wall
 * display comes back by itself.
 */
public final class DatabaseDownPage {

    static final int RELOAD_SECONDS = 15;

    private DatabaseDownPage() {
    }

    public static void write(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RELOAD_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="utf-8">
                <meta http-equiv="refresh" content="%d">
                <title>Vigie — base de données indisponible</title></head>
                <body style="background:#0b0d10;color:#f1f3f4;font-family:sans-serif;text-align:center;padding:10vh 5vw">
                <h1 id="database-down">Base de données indisponible</h1>
                <p>Vigie ne peut pas vérifier le lien de cet écran tant que PostgreSQL ne répond pas.
                Cette page se recharge toute seule toutes les %d secondes.</p>
                <p lang="en">Database unavailable: Vigie cannot check this display's link while PostgreSQL does not
                answer. This page reloads itself every %d seconds.</p>
                </body></html>
                """.formatted(RELOAD_SECONDS, RELOAD_SECONDS, RELOAD_SECONDS));
    }
}

package org.vigie.runbook;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to put in a page, in two layers: commonmark escapes raw HTML and
 * drops unsafe link schemes, then jsoup keeps only an allow-list of tags, attributes and protocols.
 */
public final class RunbookHtml {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = Safelist.relaxed().removeTags("img")
            .addAttributes("a", "rel").addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .removeProtocols("a", "href", "ftp", "mailto").addProtocols("a", "href", "#");

    private RunbookHtml() {
    }

    public static String render(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, ALLOWED);
    }
}

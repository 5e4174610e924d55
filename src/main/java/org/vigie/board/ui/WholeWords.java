package org.vigie.board.ui;

import com.vaadin.flow.component.Component;

/**
 * Text on the board that must fit its box without being cut mid-word. The server gives the whole
 * text ({@code data-text}); the browser shows as many whole words as fit (a compound such as
 * "Alpes-de-Haute-Provence" may end at one of its hyphens), followed by "…" when
 * some are left out, and fits again when the text, the layout or the window changes.
 */
final class WholeWords {

    static final String ATTRIBUTE = "data-text";

    /** Runs once per board; {@code this} is the board element. */
    static final String SCRIPT = """
            const board = this;
            const fits = el => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1;
            const fit = el => {
                const text = el.getAttribute('data-text') || '';
                el.textContent = text;
                if (el.offsetParent === null || fits(el)) {
                    return;
                }
                const words = text.split(/(?<=[ -])/);
                const shown = n => words.slice(0, n).join('').replace(/[\\s,;:.—–-]+$/, '') + '…';
                let lo = 0, hi = words.length - 1;
                while (lo < hi) {
                    const mid = (lo + hi + 1) >> 1;
                    el.textContent = shown(mid);
                    if (fits(el)) { lo = mid; } else { hi = mid - 1; }
                }
                el.textContent = lo > 0 ? shown(lo) : '';
            };
            const fitAll = () => board.querySelectorAll('[data-text]').forEach(fit);
            new MutationObserver(records => {
                if (records.some(r => r.type === 'attributes' && r.attributeName !== 'data-text')) {
                    fitAll();
                    return;
                }
                const changed = new Set();
                records.forEach(r => {
                    if (r.type === 'attributes') {
                        changed.add(r.target);
                    } else if ([...r.addedNodes].some(n => n.nodeType === 1)) {
                        r.target.querySelectorAll('[data-text]').forEach(el => changed.add(el));
                    }
                });
                changed.forEach(fit);
            }).observe(board, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-text', 'style']});
            let classes = board.className;
            new MutationObserver(() => {
                if (board.className !== classes) { classes = board.className; fitAll(); }
            }).observe(board, {attributes: true, attributeFilter: ['class']});
            window.addEventListener('resize', fitAll);
            document.fonts.ready.then(fitAll);
            fitAll();
            """;

    private WholeWords() {
    }

    static void show(Component span, String text) {
        span.getElement().setAttribute(ATTRIBUTE, text);
    }
}

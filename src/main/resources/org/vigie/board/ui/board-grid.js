/*
 * <vigie-board-grid>: the cells of one wall-board page, drawn from one JSON property, "page", that the server
 * sets when the page's content changes: {columns, rows, clickable, cells: [{tenant | region, name, status,
 * words, unknown, reason, code}]}. Only the cells and texts that changed are touched, written as text (never as
 * HTML). Names and reasons show as many whole words as fit their box (a compound such as
 * "Alpes-de-Haute-Provence" may end at one of its hyphens), followed by "…" when some are left out; they are
 * fitted again when their text, the window or the board's state (grey when stale) changes. Decision 0036.
 */
(() => {
    if (customElements.get('vigie-board-grid')) {
        return;
    }
    const fits = el => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1;
    const fit = el => {
        const text = el.getAttribute('data-text') || '';
        el.textContent = text;
        if (el.offsetParent === null || fits(el)) {
            return;
        }
        const words = text.split(/(?<=[ -])/);
        const shown = n => words.slice(0, n).join('').replace(/[\s,;:.—–-]+$/, '') + '…';
        let lo = 0;
        let hi = words.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            el.textContent = shown(mid);
            if (fits(el)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        el.textContent = lo > 0 ? shown(lo) : '';
    };
    const span = (cell, cssClass) => {
        const element = document.createElement('span');
        element.className = cssClass;
        cell.append(element);
        return element;
    };
    const setText = (element, text) => {
        if (element.textContent !== text) {
            element.textContent = text;
        }
    };
    const setAttribute = (element, name, value) => {
        if (value === null || value === undefined) {
            element.removeAttribute(name);
        } else if (element.getAttribute(name) !== value) {
            element.setAttribute(name, value);
        }
    };

    class BoardGrid extends HTMLElement {

        connectedCallback() {
            if (this.fitAll) {
                window.addEventListener('resize', this.fitAll);
                return;
            }
            this.fitAll = () => this.querySelectorAll('[data-text]').forEach(fit);
            this.textObserver = new MutationObserver(records => records.forEach(r => fit(r.target)));
            this.textObserver.observe(this, {subtree: true, attributes: true, attributeFilter: ['data-text']});
            const board = this.closest('.board') || this;
            let boardClasses = board.className;
            new MutationObserver(() => {
                if (board.className !== boardClasses) {
                    boardClasses = board.className;
                    this.fitAll();
                }
            }).observe(board, {attributes: true, attributeFilter: ['class']});
            window.addEventListener('resize', this.fitAll);
            document.fonts.ready.then(this.fitAll);
            this.addEventListener('click', event => {
                const tile = event.target.closest('.board-tile');
                if (tile && this.clickable) {
                    this.dispatchEvent(new CustomEvent('board-tile-click', {detail: {tenant: tile.dataset.tenant}}));
                }
            });
            if (Object.prototype.hasOwnProperty.call(this, 'page')) {
                const setBeforeThisScriptRan = this.page;
                delete this.page;
                this.json = setBeforeThisScriptRan;
            }
            this.page = this.json;
        }

        disconnectedCallback() {
            window.removeEventListener('resize', this.fitAll);
        }

        set page(json) {
            this.json = json;
            if (this.fitAll && json) {
                this.render(JSON.parse(json));
            }
        }

        get page() {
            return this.json;
        }

        render(page) {
            this.style.setProperty('--board-columns', page.columns);
            this.style.setProperty('--board-rows', page.rows);
            this.clickable = page.clickable;
            const keys = page.cells.map(cell => (cell.tenant ? 't:' + cell.tenant : 'r:' + cell.region)).join('\n');
            const changed = new Set();
            if (keys !== this.keys) {
                this.replaceChildren(...page.cells.map(cell => this.create(cell)));
                this.keys = keys;
            }
            page.cells.forEach((cell, i) => this.update(this.children[i], cell, changed));
            this.textObserver.takeRecords();
            changed.forEach(fit);
        }

        create(cell) {
            const element = document.createElement('div');
            if (cell.tenant) {
                element.className = 'board-tile';
                element.dataset.tenant = cell.tenant;
                element.nameText = span(element, 'board-tile-name');
                element.words = span(element, 'board-tile-status');
                element.unknown = span(element, 'board-tile-unknown');
                element.reason = span(element, 'board-tile-reason');
            } else {
                element.className = 'board-region';
                element.dataset.region = cell.region;
                element.nameText = span(element, 'board-region-name');
                element.words = span(element, 'board-region-status');
            }
            return element;
        }

        update(element, cell, changed) {
            const statusClass = 'status-' + cell.status.toLowerCase();
            if (element.statusClass !== statusClass) {
                if (element.statusClass) {
                    element.classList.remove(element.statusClass);
                }
                element.classList.add(statusClass);
                element.statusClass = statusClass;
                element.dataset.status = cell.status;
            }
            if (element.nameText.getAttribute('data-text') !== cell.name) {
                element.nameText.setAttribute('data-text', cell.name);
                changed.add(element.nameText);
            }
            setText(element.words, cell.words);
            if (element.reason) {
                setText(element.unknown, cell.unknown);
                setAttribute(element.reason, 'data-code', cell.code);
                setAttribute(element.reason, 'title', cell.code);
                if (element.reason.getAttribute('data-text') !== cell.reason) {
                    element.reason.setAttribute('data-text', cell.reason);
                    changed.add(element.reason);
                }
            }
        }
    }

    customElements.define('vigie-board-grid', BoardGrid);
})();

// Live counts for the composer. Without this file the form still works: "Update counts" posts it and the
// server renders the same preview. With it, the form's fields go to /api/compose/preview as the user types
// (debounced), the counts come from the server's Rapport.Text so they are exact, and a passage selected in
// a fetched article becomes the quote. Every text is set with textContent, never as markup.
"use strict";
(function () {
    const form = document.querySelector("form[data-compose-form]");
    if (!form) {
        return;
    }

    const preview = document.querySelector("[data-compose-preview]");
    const status = document.querySelector("[data-preview-status]");
    const token = form.querySelector("input[name=__RequestVerificationToken]");
    const quote = form.querySelector("[data-quote-field]");
    const fromArticle = form.querySelector("[data-from-article]");
    let timer = 0;
    let latest = 0;

    function fields() {
        const data = new FormData(form);
        return {
            comment: data.get("comment") || "",
            quote: data.get("quote") || "",
            url: data.get("url") || "",
            credits: data.get("credits") || "",
            hashtags: data.get("hashtags") || "",
            networks: data.getAll("networks"),
            fromArticle: data.get("fromArticle") === "true"
        };
    }

    function element(name, className, text) {
        const node = document.createElement(name);
        if (className) {
            node.className = className;
        }

        if (text !== undefined) {
            node.textContent = text;
        }

        return node;
    }

    function countLine(post) {
        let text = post.length + " of " + post.limit;
        if (post.utf8Bytes !== null && post.byteLimit !== null) {
            text += " · " + post.utf8Bytes + " of " + post.byteLimit + " bytes";
        }

        text += post.fits ? " · " + post.remaining + " left" : " · " + post.problems.join(", ");
        return element("p", "count", text);
    }

    function render(result) {
        const versions = result.versions.map(function (version) {
            const card = element("article", "version " + (version.fits ? "fits" : "too-long"));
            card.dataset.network = version.network;
            const heading = element("h3", null, version.label + " ");
            heading.appendChild(element("span", "verdict", version.fits ? "fits" : "too long"));
            card.appendChild(heading);
            version.posts.forEach(function (post) {
                card.appendChild(element("pre", "post-text", post.text));
                card.appendChild(countLine(post));
            });
            if (version.quoteDropped) {
                card.appendChild(element("p", "hint", "The quote was left out to fit."));
            } else if (version.quoteTrimmed) {
                card.appendChild(element("p", "hint", "The quote was trimmed to fit."));
            }

            if (version.commentTrimmed) {
                card.appendChild(element("p", "hint", "The comment was trimmed to fit."));
            }

            return card;
        });
        preview.replaceChildren.apply(preview, versions);
    }

    async function refresh() {
        const mine = ++latest;
        let response;
        try {
            response = await fetch("/api/compose/preview", {
                method: "POST",
                credentials: "same-origin",
                headers: {
                    "Content-Type": "application/json",
                    "Accept": "application/json",
                    "RequestVerificationToken": token ? token.value : ""
                },
                body: JSON.stringify(fields())
            });
        } catch (error) {
            status.textContent = "Counts could not be updated: " + error.message;
            return;
        }

        if (mine !== latest) {
            return;
        }

        const body = await response.json();
        if (!response.ok) {
            const messages = body.errors ? Object.values(body.errors).flat() : [body.detail || body.title];
            status.textContent = messages.join(" ");
            return;
        }

        status.textContent = body.versions.every(function (v) { return v.fits; }) ? "Fits every network chosen." : "Too long for some networks.";
        render(body);
    }

    function schedule() {
        window.clearTimeout(timer);
        timer = window.setTimeout(refresh, 250);
    }

    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);

    const article = document.querySelector("[data-article-text]");
    if (article && quote) {
        const capture = function () {
            const selection = window.getSelection();
            if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
                return;
            }

            const range = selection.getRangeAt(0);
            if (!article.contains(range.commonAncestorContainer)) {
                return;
            }

            const passage = selection.toString().replace(/\s+/g, " ").trim();
            if (passage.length === 0) {
                return;
            }

            quote.value = passage;
            if (fromArticle) {
                fromArticle.checked = true;
            }

            schedule();
        };
        article.addEventListener("mouseup", capture);
        article.addEventListener("keyup", capture);
        article.addEventListener("touchend", capture);
    }
}());

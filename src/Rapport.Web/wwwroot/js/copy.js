// Copy buttons: a button with data-copy="ID" copies the text of the element with that id. The buttons stay
// hidden where the clipboard cannot be written, so the page never offers what it cannot do.
"use strict";

(() => {
    if (!navigator.clipboard) {
        return;
    }

    for (const button of document.querySelectorAll("button[data-copy]")) {
        const source = document.getElementById(button.dataset.copy);
        if (!source) {
            continue;
        }

        button.hidden = false;
        button.addEventListener("click", async () => {
            try {
                await navigator.clipboard.writeText(source.textContent.trim());
                button.textContent = "Copied";
            } catch {
                button.textContent = "Select the text to copy it";
            }
        });
    }
})();

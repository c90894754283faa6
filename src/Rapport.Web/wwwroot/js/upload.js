// Sends the archive form with a progress bar. Without this script the form posts normally and the server
// redirects when the import is done; with it, the same request goes out through XMLHttpRequest, whose upload
// events say how many bytes have left.
"use strict";
(function () {
    const form = document.querySelector("form[data-upload-form]");
    if (!form) {
        return;
    }

    const box = form.querySelector("[data-upload-progress]");
    const bar = box.querySelector("progress");
    const label = box.querySelector("[role=status]");
    const button = form.querySelector("button[type=submit]");

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        const data = new FormData(form);
        const token = form.querySelector("input[name=__RequestVerificationToken]");
        const request = new XMLHttpRequest();
        request.open("POST", form.action);
        request.setRequestHeader("Accept", "application/json");
        if (token) {
            request.setRequestHeader("RequestVerificationToken", token.value);
        }

        box.hidden = false;
        button.disabled = true;
        label.textContent = "Uploading…";
        request.upload.addEventListener("progress", function (progress) {
            if (progress.lengthComputable) {
                const percent = Math.round((progress.loaded / progress.total) * 100);
                bar.value = percent;
                label.textContent = "Uploading: " + percent + "%";
            }
        });
        request.upload.addEventListener("load", function () {
            bar.removeAttribute("value");
            label.textContent = "Uploaded; importing (a large archive takes a few minutes)…";
        });
        request.addEventListener("load", function () {
            let answer = null;
            try {
                answer = JSON.parse(request.responseText);
            } catch (ignored) {
                answer = null;
            }

            if (request.status >= 200 && request.status < 300 && answer && answer.next) {
                label.textContent = answer.message;
                window.location.assign(answer.next);
                return;
            }

            button.disabled = false;
            bar.value = 0;
            label.textContent = (answer && (answer.detail || answer.title)) || ("The upload failed (status " + request.status + ").");
        });
        request.addEventListener("error", function () {
            button.disabled = false;
            label.textContent = "The upload failed: the connection was lost.";
        });
        request.send(data);
    });
})();

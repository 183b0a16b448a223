const replacements = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
};
/** Makes text safe to place in HTML content or a quoted attribute: `<script>` from a file shows as text. */
export function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (character) => replacements[character]);
}

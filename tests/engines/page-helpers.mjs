// Helpers that run inside the page, the same in every engine: find things by the text a user sees, then
// click, type (through the native value setter, so React sees it) and read. Sent as source with every call.
export const HELPERS = String.raw`(() => {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const byText = (selector, text, root = document) =>
    [...root.querySelectorAll(selector)].find((el) => visible(el) && (norm(el.textContent) === text || el.getAttribute('aria-label') === text));
  const label = (input) => norm(input.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? '');
  const field = (text) => [...document.querySelectorAll('input, textarea, select')].find((el) => label(el) === text || label(el).startsWith(text));
  const h = {
    norm,
    hasText: (text) => norm(document.body.innerText).includes(text),
    click(selector, text, root) {
      const el = byText(selector, text, root);
      if (!el) throw new Error('not found: ' + selector + ' "' + text + '"');
      el.scrollIntoView({ block: 'center' });
      el.click();
      return true;
    },
    fill(text, value) {
      const el = field(text);
      if (!el) throw new Error('no field "' + text + '"');
      const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    },
    value: (text) => field(text)?.value ?? null,
    /** The radio named "option" in the index-th dimension card (article), in its baseline or ideal group if given. */
    radio(index, option, group) {
      const card = document.querySelectorAll('article')[index];
      if (!card) return null;
      const scope = group ? [...card.querySelectorAll('fieldset')].find((f) => norm(f.querySelector('legend')?.textContent).startsWith(group)) : card;
      return [...(scope ?? card).querySelectorAll('input[type=radio]')].find((r) => label(r) === option) ?? null;
    },
    /** Catches the files the app saves (every download goes through a blob URL). */
    catchDownloads() {
      if (window.__saved) return;
      window.__saved = [];
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob) => {
        window.__saved.push(blob);
        return create(blob);
      };
    },
    async lastDownload() {
      const blob = window.__saved?.[window.__saved.length - 1];
      return blob ? blob.text() : null;
    },
    /** Gives a file input a file, as choosing it in the file dialog does. */
    chooseFile(labelText, name, text) {
      const input = field(labelText);
      if (!input) throw new Error('no file input "' + labelText + '"');
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    pageWidth: () => document.documentElement.scrollWidth,
  };
  return h;
})()`;

/**
 * Source reader: a modal dialog with the source document of a relationship's evidence, the quoted
 * span marked (a <mark> made with createElement around a text node) and scrolled into view. The text
 * is never parsed as HTML.
 */
import "./source-reader.css";
import { api } from "../api/client.ts";
import type { Evidence } from "../../contract/records.ts";
import { el } from "../lib/dom.ts";
import { locateQuote, splitAt } from "./utils.ts";

export interface SourceReader {
  open: (evidence: Evidence, caption: string) => Promise<void>;
  close: () => void;
  isOpen: () => boolean;
}

/** Wires the reader to its <dialog>; `onClose` runs whenever the dialog closes (Esc, button, backdrop). */
export function createSourceReader(dialog: HTMLDialogElement, onClose: () => void): SourceReader {
  const title = el("h2", { attrs: { id: "source-title" } });
  const meta = el("p", { className: "source-meta" });
  const caption = el("p", { className: "source-caption" });
  const text = el("div", {
    className: "source-text",
    attrs: { lang: "de", tabindex: "0", "aria-label": "Source text" },
  });
  const closeButton = el("button", {
    className: "icon-button",
    text: "✕",
    attrs: { type: "button", "aria-label": "Close source" },
    on: { click: () => dialog.close() },
  });
  dialog.setAttribute("aria-labelledby", "source-title");
  dialog.replaceChildren(
    el("header", { className: "source-header" }, [el("div", {}, [title, meta]), closeButton]),
    caption,
    text,
  );
  dialog.addEventListener("close", onClose);
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });
  let token = 0;
  return {
    async open(evidence, captionText) {
      const mine = ++token;
      title.textContent = "Loading source…";
      meta.textContent = "";
      caption.textContent = captionText;
      text.replaceChildren();
      if (!dialog.open) dialog.showModal();
      try {
        const source = await api.source(evidence.source);
        if (mine !== token) return;
        title.textContent = source.title;
        meta.textContent = [source.publisher, source.date, source.language.toUpperCase()]
          .filter(Boolean)
          .join(" · ");
        const span = locateQuote(source.text, evidence.quote, evidence.start, evidence.end);
        if (!span) {
          text.replaceChildren(document.createTextNode(source.text));
          caption.textContent = `${captionText} (quote not found in the source text)`;
          return;
        }
        const [before, quoted, after] = splitAt(source.text, span);
        const mark = document.createElement("mark");
        mark.className = "evidence-mark";
        mark.append(document.createTextNode(quoted));
        text.replaceChildren(document.createTextNode(before), mark, document.createTextNode(after));
        mark.scrollIntoView({ block: "center" });
      } catch (error) {
        if (mine !== token) return;
        title.textContent = "Source unavailable";
        text.replaceChildren(el("p", { className: "error", text: (error as Error).message }));
      }
    },
    close() {
      if (dialog.open) dialog.close();
    },
    isOpen: () => dialog.open,
  };
}

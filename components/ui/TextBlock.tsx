import { Fragment } from 'react';

export type TextPart = { kind: 'lines'; lines: string[] } | { kind: 'list'; items: string[] };

/** "– item", "- item" or "• item": the dataset writes list items as lines starting with a dash. */
const LIST_ITEM = /^\s*[–—•-]\s+/;

/**
 * Splits stored multi-line text into paragraphs (blank line between), and each paragraph into runs of
 * plain lines and runs of list items.
 */
export function parseTextBlock(text: string): TextPart[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const parts: TextPart[] = [];
      for (const raw of paragraph.split('\n')) {
        const line = raw.trim();
        if (!line) continue;
        const isItem = LIST_ITEM.test(line);
        const last = parts.at(-1);
        if (isItem) {
          const item = line.replace(LIST_ITEM, '');
          if (last?.kind === 'list') last.items.push(item);
          else parts.push({ kind: 'list', items: [item] });
        } else if (last?.kind === 'lines') last.lines.push(line);
        else parts.push({ kind: 'lines', lines: [line] });
      }
      return parts;
    })
    .filter((parts) => parts.length > 0);
}

/** Stored text with its paragraphs, line breaks and dash lists kept. Entry data is Latvian in every locale. */
export function TextBlock({ text, className }: { text: string; className?: string }) {
  const paragraphs = parseTextBlock(text);
  return (
    <div lang="lv" className={`space-y-2 ${className ?? ''}`}>
      {paragraphs.flatMap((parts, p) =>
        parts.map((part, i) =>
          part.kind === 'list' ? (
            <ul key={`${p}-${i}`} className="list-disc space-y-1 pl-5">
              {part.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ul>
          ) : (
            <p key={`${p}-${i}`}>
              {part.lines.map((line, j) => (
                <Fragment key={j}>
                  {j > 0 ? <br /> : null}
                  {line}
                </Fragment>
              ))}
            </p>
          ),
        ),
      )}
    </div>
  );
}

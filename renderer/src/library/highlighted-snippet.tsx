import { highlightSegments } from './highlight-segments';

/** A search snippet with the matched ranges in <mark>. */
export function HighlightedSnippet({ snippet, highlights }: { snippet: string; highlights: ReadonlyArray<readonly [number, number]> }) {
  return (
    <span className="snippet">
      {highlightSegments(snippet, highlights).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </span>
  );
}

import type { CSSProperties } from 'react';
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import type { MarkWidget } from '../slate-types';
import { useI18n } from '../../i18n/i18n-context';
import { PhotoElement } from './photo-element';

/** Body blocks as the desk reads them: indented paragraphs, centred subheads, ruled pull quotes. */
export function renderElement(props: RenderElementProps) {
  const { attributes, children, element } = props;
  switch (element.type) {
    case 'subhead':
      return (
        <h3 {...attributes} className="body-subhead">
          {children}
        </h3>
      );
    case 'pull-quote':
      return (
        <blockquote {...attributes} className="body-pull-quote">
          {children}
        </blockquote>
      );
    case 'photo':
      return <PhotoElement {...props} element={element} />;
    case 'paragraph':
    default:
      return (
        <p {...attributes} className="body-paragraph">
          {children}
        </p>
      );
  }
}

export function renderLeaf(props: RenderLeafProps) {
  return <StoryLeaf {...props} />;
}

function StoryLeaf({ attributes, children, leaf }: RenderLeafProps) {
  const { t } = useI18n();
  let content = children;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.bold) content = <strong>{content}</strong>;
  // 着重号: the browser's own emphasis dots, under the characters as on the page.
  if (leaf.emphasis) content = <span className="mark-emphasis">{content}</span>;
  const classes: string[] = [];
  const titles: string[] = [];
  if (leaf.flag) {
    classes.push('punct-flag');
    titles.push(t.editor.punctuation[leaf.flag](leaf.text, leaf.suggestion ?? ''));
  }
  const notes = leaf.notes ?? [];
  for (const note of notes) {
    classes.push(`mark mark-${note.kind}`);
    if (note.selected) classes.push('is-selected');
    titles.push(note.title);
  }
  const widgets = leaf.widgets ?? [];
  const lead = notes.find((note) => note.selected) ?? notes[0];
  return (
    <span
      {...attributes}
      className={classes.length ? [...new Set(classes)].join(' ') : undefined}
      title={titles.length ? titles.join('\n') : undefined}
      data-flag={leaf.flag}
      data-mark-ids={notes.length ? notes.map((note) => note.id).join(' ') : undefined}
      style={lead ? ({ '--mark-color': lead.color } as CSSProperties) : undefined}
    >
      {widgets.filter((w) => w.position === 'before').map(renderWidget)}
      {content}
      {widgets.filter((w) => w.position === 'after').map(renderWidget)}
    </span>
  );
}

/**
 * What a mark would add, drawn beside the text and outside it: not editable, and invisible to
 * Slate's offsets (slate-dom skips contenteditable=false when it maps the DOM to the value).
 */
function renderWidget(widget: MarkWidget) {
  return (
    <span
      key={widget.id}
      contentEditable={false}
      className={`mark-widget mark-widget-${widget.kind}${widget.selected ? ' is-selected' : ''}`}
      data-mark-id={widget.id}
      title={widget.title}
      style={{ '--mark-color': widget.color } as CSSProperties}
    >
      {widget.text}
    </span>
  );
}

import type { RenderElementProps, RenderLeafProps } from 'slate-react';
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
  if (leaf.flag) {
    return (
      <span {...attributes} className="punct-flag" data-flag={leaf.flag} title={t.editor.punctuation[leaf.flag](leaf.text, leaf.suggestion ?? '')}>
        {content}
      </span>
    );
  }
  return <span {...attributes}>{content}</span>;
}

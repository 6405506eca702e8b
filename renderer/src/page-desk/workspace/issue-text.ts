import type { PreflightIssue } from '../../../../shared/compose/compose-types';
import type { PageDeskMessages } from '../../i18n/messages-page-desk-en';

/**
 * A preflight problem in the window's language. Composition names stories by id; on the desk a
 * story is its headline where the desk knows it, and never its id.
 */
export function issueText(t: PageDeskMessages['preflight'], issue: PreflightIssue, headline: (storyId: string) => string | undefined): string {
  return t.detail(issue, (id) => {
    const title = headline(id);
    return title ? `「${title}」` : t.unnamedStory;
  });
}

/** The frames a problem concerns, to select on a click: both elements of a collision, else its frame. */
export function issueFrames(issue: PreflightIssue): string[] {
  if (issue.code === 'collision') return [...new Set([issue.params.a.frameId, issue.params.b.frameId])];
  return issue.frameId ? [issue.frameId] : [];
}

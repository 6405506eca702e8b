/**
 * Composition names stories by id in its messages (`story "83b3…": 9 grid line(s) overset`);
 * on the desk the story is its headline.
 */
export function readableIssue(message: string, headline: (storyId: string) => string | undefined): string {
  return message.replace(/story "([^"]+)"/gu, (whole, id: string) => {
    const title = headline(id);
    return title ? `「${title}」` : whole;
  });
}
